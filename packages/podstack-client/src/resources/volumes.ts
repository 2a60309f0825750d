import { RequestValidationError, type RequestOptions, validateInput } from "@cloud-sdk/auth-core";
import {
  type Volume,
  VolumeCreateParams,
  VolumeDeleteParams,
  type VolumeList,
  VolumeResizeParams,
} from "../schemas";
import { forceQuery, Resource } from "./resource";

/** `client.volumes`: NFS volumes. Project-scoped: every call carries the client's project. */
export class Volumes extends Resource {
  /**
   * Creates a volume of `quota_gb` whole GB, in the client's project or `project_id`. The answer
   * holds `nfs_server` and `nfs_path` for mounting. **Not retried** after a timeout or a 5xx.
   *
   * @example
   * ```ts
   * const volume = await client.volumes.create({ name: "datasets", quota_gb: 100 });
   * console.log(`mount -t nfs ${volume.nfs_server}:${volume.nfs_path} /mnt/data`);
   * ```
   */
  async create(params: VolumeCreateParams, options?: RequestOptions): Promise<Volume> {
    const json = validateInput(VolumeCreateParams, params, "volumes.create");
    return this.send("volumes.create", { json, projectId: json.project_id }, options);
  }

  /**
   * The volumes of the client's project, with `quota_gb` and `used_gb`.
   *
   * @example
   * ```ts
   * for (const volume of await client.volumes.list()) console.log(volume.name, volume.used_gb, volume.quota_gb);
   * ```
   */
  list(options?: RequestOptions): Promise<VolumeList> {
    return this.send("volumes.list", {}, options);
  }

  /**
   * One volume.
   *
   * @example
   * ```ts
   * const volume = await client.volumes.get("vol-123456");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<Volume> {
    return this.send("volumes.get", { id }, options);
  }

  /**
   * Grows a volume to `quota_gb` GB. Volumes can only grow [doc], so this first reads the volume
   * (**one extra GET**) and refuses a size that is not larger with a `RequestValidationError`,
   * before sending anything that changes it. If the volume does not report its size, the check is
   * left to the server. Safe to retry: the size is absolute.
   *
   * @example
   * ```ts
   * const volume = await client.volumes.resize("vol-123456", { quota_gb: 200 });
   * ```
   */
  async resize(id: string, params: VolumeResizeParams, options?: RequestOptions): Promise<Volume> {
    const json = validateInput(VolumeResizeParams, params, "volumes.resize");
    const current = await this.send("volumes.get", { id, projectId: json.project_id }, options);
    if (current.quota_gb !== undefined && json.quota_gb <= current.quota_gb) {
      const message =
        `volumes.resize: volume ${id} has ${current.quota_gb} GB and volumes can only grow; ` +
        `quota_gb must be greater than ${current.quota_gb} (got ${json.quota_gb}). To use less space, create a smaller volume and copy the data.`;
      throw new RequestValidationError(message, {
        operation: "volumes.resize",
        issues: [
          {
            path: "quota_gb",
            expected: `a number greater than ${current.quota_gb}`,
            received: String(json.quota_gb),
            message: "volumes can only grow",
          },
        ],
      });
    }
    return this.send("volumes.resize", { id, json, projectId: json.project_id }, options);
  }

  /**
   * Deletes a volume. A volume that holds data needs `force: true`, which removes it [doc].
   *
   * @example
   * ```ts
   * await client.volumes.delete("vol-123456", { force: true });
   * ```
   */
  async delete(
    id: string,
    params: VolumeDeleteParams = {},
    options?: RequestOptions,
  ): Promise<void> {
    const { force } = validateInput(VolumeDeleteParams, params, "volumes.delete");
    return this.send("volumes.delete", { id, query: forceQuery(force) }, options);
  }
}
