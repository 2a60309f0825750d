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
  /** [doc] */
  id: v.string(),
  /** [doc] */
  name: v.string(),
  /** [assumed] */
  description: v.nullish(v.string()),
});

/** A project. */
export type Project = v.InferOutput<typeof Project>;

/** The response of `projects.list`: a bare JSON array. [assumed] */
export const ProjectList = v.array(Project);

/** A list of projects. */
export type ProjectList = v.InferOutput<typeof ProjectList>;
