import type { RequestOptions, Transport } from "@cloud-sdk/auth-core";
import type { Region } from "../schemas/region.js";
import { defineOperation, send } from "./operation.js";

const LIST = defineOperation("regions.list", "listRegions");

/** Lambda's regions. */
export class Regions {
  readonly #transport: Transport;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Every region: its code and a description. `GET /regions`.
   *
   * @example
   * ```ts
   * const regions = await client.regions.list(); // [{ name: "us-west-1", description: "California, USA" }, ...]
   * ```
   */
  async list(options?: RequestOptions): Promise<Region[]> {
    return (await send(this.#transport, LIST, undefined, options)).data;
  }
}
