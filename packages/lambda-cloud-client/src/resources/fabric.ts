import { validateInput, type RequestOptions, type Transport } from "@cloud-sdk/auth-core";
import { CreateFabricPartitionRequest, UpdateFabricPartitionRequest, type FabricPartition } from "../schemas/fabric.js";
import { defineOperation, send } from "./operation.js";

// May create a duplicate partition if repeated after a lost answer.
const CREATE = defineOperation("fabric.create", "createFabricPartition", { idempotent: false });
// A rename: last write wins.
const UPDATE = defineOperation("fabric.update", "updateFabricPartition", { idempotent: true });
const DELETE = defineOperation("fabric.delete", "deleteFabricPartition");

/** Fabric partitions (new in API 1.10.0). The API has no list endpoint for them. */
export class Fabric {
  readonly #transport: Transport;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Creates a partition in a region. Not retried automatically. `POST /fabric`.
   *
   * @example
   * ```ts
   * const partition = await client.fabric.create({ name: "training-one", region: "us-east-1" });
   * ```
   */
  async create(params: CreateFabricPartitionRequest, options?: RequestOptions): Promise<FabricPartition> {
    const json = validateInput(CreateFabricPartitionRequest, params, CREATE.operation);
    return (await send(this.#transport, CREATE, { json }, options)).data;
  }

  /**
   * Renames a partition. `POST /fabric/{id}`.
   *
   * @example
   * ```ts
   * await client.fabric.update("43336648-096d-4cba-9aa2-f9bb7727639d", { name: "training-two" });
   * ```
   */
  async update(id: string, params: UpdateFabricPartitionRequest, options?: RequestOptions): Promise<FabricPartition> {
    const json = validateInput(UpdateFabricPartitionRequest, params, UPDATE.operation);
    return (await send(this.#transport, UPDATE, { pathParams: { id }, json }, options)).data;
  }

  /**
   * Deletes a partition; it fails with a 400 while instances are assigned to it.
   * `DELETE /fabric/{id}`.
   *
   * @example
   * ```ts
   * await client.fabric.delete("43336648-096d-4cba-9aa2-f9bb7727639d");
   * ```
   */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await send(this.#transport, DELETE, { pathParams: { id } }, options);
  }
}
