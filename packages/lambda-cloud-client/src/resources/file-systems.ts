import { validateInput, type RequestOptions, type Transport } from "@cloud-sdk/auth-core";
import { CreateFilesystemRequest, type Filesystem, type FilesystemDeleteResponse } from "../schemas/filesystem.js";
import { defineOperation, send } from "./operation.js";

const LIST = defineOperation("fileSystems.list", "listFilesystems");
// A repeat after a lost answer gets 400 global/duplicate: look the name up instead of retrying.
const CREATE = defineOperation("fileSystems.create", "createFilesystem", { idempotent: false });
const DELETE = defineOperation("fileSystems.delete", "filesystemDelete");

/**
 * Persistent file systems. Note the paths: the list is `/file-systems`, create and delete are
 * `/filesystems`; the client takes care of it.
 */
export class FileSystems {
  readonly #transport: Transport;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Every file system of the account. `GET /file-systems`.
   *
   * @example
   * ```ts
   * const free = (await client.fileSystems.list()).filter((fs) => !fs.is_in_use);
   * ```
   */
  async list(options?: RequestOptions): Promise<Filesystem[]> {
    return (await send(this.#transport, LIST, undefined, options)).data;
  }

  /**
   * Creates a file system in a region. Not retried automatically; after an ambiguous failure,
   * look for it by name in `list()`. `POST /filesystems`.
   *
   * @example
   * ```ts
   * const fs = await client.fileSystems.create({ name: "datasets", region: "us-west-1" });
   * ```
   */
  async create(params: CreateFilesystemRequest, options?: RequestOptions): Promise<Filesystem> {
    const json = validateInput(CreateFilesystemRequest, params, CREATE.operation);
    return (await send(this.#transport, CREATE, { json }, options)).data;
  }

  /**
   * Deletes a file system; it must not be mounted on a running instance (400
   * `filesystems/filesystem-in-use`). `DELETE /filesystems/{id}`.
   *
   * @example
   * ```ts
   * const { deleted_ids } = await client.fileSystems.delete("398578a2336b49079e74043f0bd2cfe8");
   * ```
   */
  async delete(id: string, options?: RequestOptions): Promise<FilesystemDeleteResponse> {
    return (await send(this.#transport, DELETE, { pathParams: { id } }, options)).data;
  }
}
