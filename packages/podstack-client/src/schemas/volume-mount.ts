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
  /** The id of the volume to mount [doc]. */
  volume_id: v.pipe(v.string(), v.nonEmpty("volume_id must not be empty")),
  /** The absolute path to mount the volume at inside the pod [doc]. */
  mount_path: v.pipe(v.string(), v.startsWith("/", "mount_path must be an absolute path")),
});

/** A volume mount in a create request; see {@link PodVolumeMount}. */
export type PodVolumeMount = {
  [K in keyof v.InferOutput<typeof PodVolumeMount>]: v.InferOutput<typeof PodVolumeMount>[K];
};

/** A volume mount as a pod reports it (extra fields pass through). [assumed] */
export const PodVolumeMountInfo = v.looseObject({
  /** The id of the mounted volume [assumed]. */
  volume_id: v.string(),
  /** The path the volume is mounted at inside the pod [assumed]. */
  mount_path: v.string(),
});

/** A volume mount as a pod reports it; see {@link PodVolumeMountInfo}. */
export type PodVolumeMountInfo = {
  [K in keyof v.InferOutput<typeof PodVolumeMountInfo>]: v.InferOutput<typeof PodVolumeMountInfo>[K];
};
