import * as v from "valibot";
import { openEnum } from "@cloud-sdk/auth-core";
import { dataEnvelope } from "./envelope.js";
import { DateTimeString } from "./primitives.js";
import { Region } from "./region.js";

/** CPU architecture of an image. Open: new architectures must not break listing. */
export const ImageArchitecture = openEnum(["x86_64", "arm64"] as const);
/** See {@link ImageArchitecture}. */
export type ImageArchitecture = v.InferOutput<typeof ImageArchitecture>;

/**
 * A machine image available in one region. Launch with `image: { id }` or `image: { family }`.
 *
 * @example
 * ```json
 * { "id": "43336648-096d-4cba-9aa2-f9bb7727639d", "name": "ubuntu-24.04.01",
 *   "description": "Ubuntu LTS", "family": "ubuntu-lts", "version": "24.04.01",
 *   "architecture": "x86_64", "created_time": "...", "updated_time": "...",
 *   "region": { "name": "us-west-1", "description": "California, USA" } }
 * ```
 */
export const Image = v.looseObject({
  /** The image's unique id; launch with `image: { id }`. */
  id: v.string(),
  /** When the image was created. */
  created_time: DateTimeString,
  /** When the image was last updated. */
  updated_time: DateTimeString,
  /** The image's human-readable identifier, e.g. `ubuntu-24.04.01`. */
  name: v.string(),
  /** More about the image, e.g. `Ubuntu LTS`. */
  description: v.string(),
  /** The family the image belongs to; launch with `image: { family }` for its latest image. */
  family: v.string(),
  /** The image's version within its family. */
  version: v.string(),
  /** The CPU architecture the image runs on. */
  architecture: ImageArchitecture,
  /** The region the image is available in. */
  region: Region,
});
/** See {@link Image}. */
export type Image = { [K in keyof v.InferOutput<typeof Image>]: v.InferOutput<typeof Image>[K] };

/** `GET /images`: `{"data": Image[]}`. */
export const ListImagesResponseBody = dataEnvelope(v.array(Image));
/** See {@link ListImagesResponseBody}. */
export type ListImagesResponseBody = {
  [K in keyof v.InferOutput<typeof ListImagesResponseBody>]: v.InferOutput<typeof ListImagesResponseBody>[K];
};
