import type { RequestOptions, Transport } from "@cloud-sdk/auth-core";
import type { Image } from "../schemas/image.js";
import { defineOperation, send } from "./operation.js";

const LIST = defineOperation("images.list", "listImages");

/** Machine images to launch instances from. */
export class Images {
  readonly #transport: Transport;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Every available image, one entry per region. Launch with `image: { id }` or
   * `image: { family }`. `GET /images`.
   *
   * @example
   * ```ts
   * const images = await client.images.list();
   * const ubuntu = images.find((image) => image.family === "ubuntu-lts" && image.region.name === "us-west-1");
   * ```
   */
  async list(options?: RequestOptions): Promise<Image[]> {
    return (await send(this.#transport, LIST, undefined, options)).data;
  }
}
