import * as v from "valibot";
import { pagePaginated } from "./pagination";

/** An OS image of `GET /os-images`. `version` is a dotted string or `[major, minor, patch]`. */
export const OsImage = v.looseObject({
  name: v.string(),
  slug: v.string(),
  version: v.union([v.string(), v.array(v.number())]),
  os_image_hash: v.nullable(v.string()),
  is_dev: v.boolean(),
  requires_gpu: v.boolean(),
});
/** See {@link OsImage}. */
export type OsImage = v.InferOutput<typeof OsImage>;

/** Query of `getOsImages`: `GET /os-images`. */
export const GetOsImagesRequest = v.strictObject({
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  is_dev: v.optional(v.boolean()),
});
/** See {@link GetOsImagesRequest}. */
export type GetOsImagesRequest = v.InferInput<typeof GetOsImagesRequest>;

/** `GET /os-images`: the page-based envelope of {@link OsImage}. */
export const OsImageList = pagePaginated(OsImage);
/** See {@link OsImageList}. */
export type OsImageList = v.InferOutput<typeof OsImageList>;
