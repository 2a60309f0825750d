import type { RequestOptions, Transport } from "@cloud-sdk/auth-core";
import type { InstanceTypes as InstanceTypesMap } from "../schemas/instance-type.js";
import { defineOperation, send } from "./operation.js";

const LIST = defineOperation("instanceTypes.list", "listInstanceTypes");

/** The instance types Lambda offers, with prices and where capacity is available now. */
export class InstanceTypes {
  readonly #transport: Transport;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Every instance type, keyed by its name (an object, not an array).
   * `regions_with_capacity_available` is a hint, not a reservation. `GET /instance-types`.
   *
   * @example
   * ```ts
   * const types = await client.instanceTypes.list();
   * const a10 = types["gpu_1x_a10"];
   * console.log(a10?.instance_type.price_cents_per_hour, a10?.regions_with_capacity_available.map((r) => r.name));
   * ```
   */
  async list(options?: RequestOptions): Promise<InstanceTypesMap> {
    return (await send(this.#transport, LIST, undefined, options)).data;
  }
}
