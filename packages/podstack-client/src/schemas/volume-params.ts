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
  /** The volume's name [doc]. */
  name: v.pipe(v.string(), v.nonEmpty("name must not be empty")),
  /** The volume's size limit in GB [doc], a whole number [assumed]. */
  quota_gb: quota,
  /** The project to create the volume in, instead of the client's [doc]. */
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Parameters of `volumes.create`; see {@link VolumeCreateParams}. */
export type VolumeCreateParams = {
  [K in keyof v.InferInput<typeof VolumeCreateParams>]: v.InferInput<typeof VolumeCreateParams>[K];
};

/**
 * The body of `volumes.resize`: the new absolute quota. [doc: `resize(id, quota_gb=200)`, "can
 * only increase"] The client checks the increase before sending; the server is the final judge.
 * `project_id` is allowed because the project context rides in this body [assumed].
 */
export const VolumeResizeParams = v.strictObject({
  /**
   * The new size limit in GB, a whole number [assumed]; it must be larger than the current one
   * [doc].
   */
  quota_gb: quota,
  /** The project of the volume, instead of the client's; it travels in this body [assumed]. */
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Parameters of `volumes.resize`; see {@link VolumeResizeParams}. */
export type VolumeResizeParams = {
  [K in keyof v.InferInput<typeof VolumeResizeParams>]: v.InferInput<typeof VolumeResizeParams>[K];
};

/**
 * Options of `volumes.delete`. [doc: `force=True` "removes all data"] Sent as the query parameter
 * `force=true` [assumed].
 */
export const VolumeDeleteParams = v.strictObject({
  /** `true` deletes a volume that holds data, removing all of it [doc]. */
  force: v.optional(v.boolean()),
});

/** Options of `volumes.delete`; see {@link VolumeDeleteParams}. */
export type VolumeDeleteParams = {
  [K in keyof v.InferInput<typeof VolumeDeleteParams>]: v.InferInput<typeof VolumeDeleteParams>[K];
};
