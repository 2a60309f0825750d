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
  id: v.string(),
  created_time: DateTimeString,
  updated_time: DateTimeString,
  name: v.string(),
  description: v.string(),
  family: v.string(),
  version: v.string(),
  architecture: ImageArchitecture,
  region: Region,
});
/** See {@link Image}. */
export type Image = v.InferOutput<typeof Image>;

/** `GET /images`: `{"data": Image[]}`. */
export const ListImagesResponseBody = dataEnvelope(v.array(Image));
/** See {@link ListImagesResponseBody}. */
export type ListImagesResponseBody = v.InferOutput<typeof ListImagesResponseBody>;
