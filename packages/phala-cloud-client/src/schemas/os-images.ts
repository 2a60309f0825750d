import * as v from "valibot";
import { pagePaginated } from "./pagination";

/** An OS image of `GET /os-images`. `version` is a dotted string or `[major, minor, patch]`. */
export const OsImage = v.looseObject({
  /** The image's name. */
  name: v.string(),
  /** The image's slug. */
  slug: v.string(),
  /** The image's version: a dotted string or `[major, minor, patch]`. */
  version: v.union([v.string(), v.array(v.number())]),
  /** The hash that identifies the image, or `null`. */
  os_image_hash: v.nullable(v.string()),
  /** Whether it is a development image rather than a production one. */
  is_dev: v.boolean(),
  /** Whether the image is for GPU instances. */
  requires_gpu: v.boolean(),
});
/** See {@link OsImage}. */
export type OsImage = { [K in keyof v.InferOutput<typeof OsImage>]: v.InferOutput<typeof OsImage>[K] };

/** Query of `getOsImages`: `GET /os-images`. */
export const GetOsImagesRequest = v.strictObject({
  /** The page to return, counted from 1. */
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** How many images per page. */
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Only development images (`true`), or only production ones (`false`). */
  is_dev: v.optional(v.boolean()),
});
/** See {@link GetOsImagesRequest}. */
export type GetOsImagesRequest = {
  [K in keyof v.InferInput<typeof GetOsImagesRequest>]: v.InferInput<typeof GetOsImagesRequest>[K];
};

/** `GET /os-images`: the page-based envelope of {@link OsImage}. */
export const OsImageList = pagePaginated(OsImage);
/** See {@link OsImageList}. */
export type OsImageList = { [K in keyof v.InferOutput<typeof OsImageList>]: v.InferOutput<typeof OsImageList>[K] };
