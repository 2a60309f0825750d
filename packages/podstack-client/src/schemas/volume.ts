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
  /** The volume's id, e.g. `vol-123456` [doc]. */
  id: v.string(),
  /** The volume's name [doc]. */
  name: v.string(),
  /** The volume's size limit in GB [doc]; it can only grow [doc]. */
  quota_gb: v.optional(v.number()),
  /** How much of the volume is used, in GB [doc]. */
  used_gb: v.optional(v.number()),
  /** The path the NFS server exports the volume at, e.g. `/exports/vol-123456` [doc]. */
  nfs_path: v.nullish(v.string()),
  /** The host of the NFS server that serves the volume, e.g. `nfs.podstack.ai` [doc]. */
  nfs_server: v.nullish(v.string()),
  /** The id of the project the volume belongs to, echoing the create parameter [assumed]. */
  project_id: v.nullish(v.string()),
  /** When the volume was created [assumed]. */
  created_at: v.optional(v.string()),
});

/** A volume; see {@link Volume}. */
export type Volume = { [K in keyof v.InferOutput<typeof Volume>]: v.InferOutput<typeof Volume>[K] };

/** The response of `volumes.list`: a bare JSON array. [assumed] */
export const VolumeList = v.array(Volume);

/** A list of volumes; see {@link VolumeList}. */
export type VolumeList = Volume[];
