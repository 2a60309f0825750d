import * as v from "valibot";

const name = v.pipe(v.string(), v.nonEmpty("name must not be empty"));
const projectId = v.optional(v.pipe(v.string(), v.nonEmpty()));

/**
 * The body of `pods.saveTemplate` [doc: `pods.save_template(pod_id, name, description)`]; JSON
 * names [assumed].
 *
 * @example
 * ```ts
 * v.parse(SaveTemplateParams, { name: "pytorch-a100", description: "PyTorch with A100" });
 * ```
 */
export const SaveTemplateParams = v.strictObject({
  /** The template's name [doc]. */
  name,
  /** What the template is for [doc]. */
  description: v.optional(v.string()),
  /** The pod's project, instead of the client's [assumed]. */
  project_id: projectId,
});

/** Parameters of `pods.saveTemplate`; see {@link SaveTemplateParams}. */
export type SaveTemplateParams = {
  [K in keyof v.InferInput<typeof SaveTemplateParams>]: v.InferInput<typeof SaveTemplateParams>[K];
};

/**
 * The body of `pods.createFromTemplate` [doc: `pods.create_from_template(template_id, name)`];
 * the template id travels in the path [assumed].
 *
 * @example
 * ```ts
 * v.parse(CreateFromTemplateParams, { name: "new-pod" });
 * ```
 */
export const CreateFromTemplateParams = v.strictObject({
  /** The new pod's name [doc]. */
  name,
  /** The project to create the pod in, instead of the client's [assumed]. */
  project_id: projectId,
});

/** Parameters of `pods.createFromTemplate`; see {@link CreateFromTemplateParams}. */
export type CreateFromTemplateParams = {
  [K in keyof v.InferInput<typeof CreateFromTemplateParams>]: v.InferInput<
    typeof CreateFromTemplateParams
  >[K];
};

/**
 * A pod template, as `pods.saveTemplate` answers it. Only that it has an id (`template_id`) is
 * implied by the docs; the fields are [assumed] after the save parameters.
 *
 * @example
 * ```ts
 * const template = v.parse(PodTemplate, body);
 * await client.pods.createFromTemplate(template.id, { name: "copy" });
 * ```
 */
export const PodTemplate = v.looseObject({
  /** The template's id [assumed name]. */
  id: v.string(),
  /** The template's name [doc]. */
  name: v.string(),
  /** The template's description [doc]. */
  description: v.nullish(v.string()),
  /** The pod it was saved from [assumed]. */
  pod_id: v.nullish(v.string()),
  /** The image it runs [assumed]. */
  image: v.nullish(v.string()),
  /** When it was saved [assumed]. */
  created_at: v.nullish(v.string()),
});

/** A pod template; see {@link PodTemplate}. */
export type PodTemplate = {
  [K in keyof v.InferOutput<typeof PodTemplate>]: v.InferOutput<typeof PodTemplate>[K];
};
