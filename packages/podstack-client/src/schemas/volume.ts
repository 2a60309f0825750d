import * as v from "valibot";

/**
 * An NFS volume. Field names [doc]: `id`, `nfs_path`, `nfs_server` (returned by
 * `volumes.create`), `name`, `used_gb`, `quota_gb` (printed by `volumes.list`/`get`). `id` and
 * `name` are required; since `create`'s documented result shows only `id`, `nfs_path` and
 * `nfs_server`, the sizes and NFS fields are optional. Types are [assumed] (numbers in GB, as the
 * SDK's `{vol.used_gb:.1f}` formatting implies).
 *
 * @example
 * ```ts
 * const volume = v.parse(Volume, body);
 * console.log(`mount -t nfs ${volume.nfs_server}:${volume.nfs_path} /mnt/data`);
 * ```
 */
export const Volume = v.looseObject({
  /** [doc] e.g. `vol-123456`. */
  id: v.string(),
  /** [doc] */
  name: v.string(),
  /** [doc] GB; can only grow. */
  quota_gb: v.optional(v.number()),
  /** [doc] GB. */
  used_gb: v.optional(v.number()),
  /** [doc] e.g. `/exports/vol-123456`. */
  nfs_path: v.nullish(v.string()),
  /** [doc] e.g. `nfs.podstack.ai`. */
  nfs_server: v.nullish(v.string()),
  /** [assumed] echo of the create parameter. */
  project_id: v.nullish(v.string()),
  /** [assumed] */
  created_at: v.optional(v.string()),
});

/** A volume. */
export type Volume = v.InferOutput<typeof Volume>;

/** The response of `volumes.list`: a bare JSON array. [assumed] */
export const VolumeList = v.array(Volume);

/** A list of volumes. */
export type VolumeList = v.InferOutput<typeof VolumeList>;
