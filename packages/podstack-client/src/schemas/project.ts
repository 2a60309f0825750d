import * as v from "valibot";

/**
 * A project. [doc: `projects.list()` → `p.name`, `p.id`; ids look like UUIDs in the CLI docs]
 * `description` is [assumed] from the CLI's `project create --desc`.
 *
 * @example
 * ```ts
 * const projects = v.parse(ProjectList, body);
 * const prod = projects.find((p) => p.name === "prod-env");
 * ```
 */
export const Project = v.looseObject({
  /** The project's id, which looks like a UUID in the CLI docs [doc]. */
  id: v.string(),
  /** The project's name [doc]. */
  name: v.string(),
  /** The project's description, as set by the CLI's `project create --desc` [assumed]. */
  description: v.nullish(v.string()),
});

/** A project; see {@link Project}. */
export type Project = {
  [K in keyof v.InferOutput<typeof Project>]: v.InferOutput<typeof Project>[K];
};

/** The response of `projects.list`: a bare JSON array. [assumed] */
export const ProjectList = v.array(Project);

/** A list of projects; see {@link ProjectList}. */
export type ProjectList = Project[];
