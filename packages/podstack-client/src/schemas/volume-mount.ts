import * as v from "valibot";

/**
 * A volume mounted into a pod, as `pods.create(volumes=[{"volume_id", "mount_path"}])` documents
 * it. [doc: field names] The same shape is assumed when a pod echoes its mounts back.
 *
 * @example
 * ```ts
 * const mount: PodVolumeMount = { volume_id: "vol-123", mount_path: "/data" };
 * ```
 */
export const PodVolumeMount = v.strictObject({
  volume_id: v.pipe(v.string(), v.nonEmpty("volume_id must not be empty")),
  mount_path: v.pipe(v.string(), v.startsWith("/", "mount_path must be an absolute path")),
});

/** A volume mount in a create request. */
export type PodVolumeMount = v.InferOutput<typeof PodVolumeMount>;

/** A volume mount as a pod reports it (extra fields pass through). [assumed] */
export const PodVolumeMountInfo = v.looseObject({
  volume_id: v.string(),
  mount_path: v.string(),
});

/** A volume mount as a pod reports it. */
export type PodVolumeMountInfo = v.InferOutput<typeof PodVolumeMountInfo>;
