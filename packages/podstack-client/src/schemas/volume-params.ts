import * as v from "valibot";

const quota = v.pipe(
  v.number(),
  v.integer("quota_gb must be a whole number of GB"),
  v.gtValue(0, "quota_gb must be greater than 0"),
);

/**
 * The body of `volumes.create`. Parameter names [doc: `volumes.create(name, quota_gb,
 * project_id)`]; the same names in the JSON body [assumed]; whole GB [assumed from the CLI's
 * `--quota 100`].
 *
 * @example
 * ```ts
 * v.parse(VolumeCreateParams, { name: "shared-data", quota_gb: 100 });
 * ```
 */
export const VolumeCreateParams = v.strictObject({
  name: v.pipe(v.string(), v.nonEmpty("name must not be empty")),
  quota_gb: quota,
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Parameters of `volumes.create`. */
export type VolumeCreateParams = v.InferInput<typeof VolumeCreateParams>;

/**
 * The body of `volumes.resize`: the new absolute quota. [doc: `resize(id, quota_gb=200)`, "can
 * only increase"] The client checks the increase before sending; the server is the final judge.
 * `project_id` is allowed because the project context rides in this body [assumed].
 */
export const VolumeResizeParams = v.strictObject({
  quota_gb: quota,
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Parameters of `volumes.resize`. */
export type VolumeResizeParams = v.InferInput<typeof VolumeResizeParams>;

/**
 * Options of `volumes.delete`. [doc: `force=True` "removes all data"] Sent as the query parameter
 * `force=true` [assumed].
 */
export const VolumeDeleteParams = v.strictObject({
  force: v.optional(v.boolean()),
});

/** Options of `volumes.delete`. */
export type VolumeDeleteParams = v.InferInput<typeof VolumeDeleteParams>;
