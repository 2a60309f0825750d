import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";

/** The base models Phota documents today (v0.7.0); `nb2` is the server default. */
export const KNOWN_BASE_MODELS = ["nb2", "gpt-image-2", "qwen-image-2", "flux-2", "reve"] as const;

/**
 * Model behind `edit` and `generate`. Open: Phota adds models between releases, so an id this
 * version does not know is sent as is and the server decides.
 *
 * @example
 * ```ts
 * v.parse(BaseModel, "gpt-image-2"); // known
 * v.parse(BaseModel, "nb3");         // accepted too
 * ```
 */
export const BaseModel = openEnum(KNOWN_BASE_MODELS);
/** A base model id: the known ones, or any string. */
export type BaseModel = v.InferOutput<typeof BaseModel>;

/** Output aspect ratio; `auto` (the default) follows the input. */
export const AspectRatio = openEnum(["auto", "1:1", "3:4", "4:3", "9:16", "16:9"] as const);
/** An aspect ratio: the known ones, or any string. */
export type AspectRatio = v.InferOutput<typeof AspectRatio>;

/** Output resolution. Support varies by model (e.g. `reve` is 1K only); the server answers 400. */
export const Resolution = openEnum(["1K", "2K", "4K"] as const);
/** A resolution: the known ones, or any string. */
export type Resolution = v.InferOutput<typeof Resolution>;

/** Rendering quality. Only `gpt-image-2` accepts it; with another model the server answers 400. */
export const Quality = openEnum(["auto", "low", "medium", "high"] as const);
/** A quality level: the known ones, or any string. */
export type Quality = v.InferOutput<typeof Quality>;

/** The model and size fields of `edit` and `generate` (enhance and remix pin their model and size). */
export const modelOptionEntries = {
  /** Output aspect ratio; `auto` (the server default) follows the input. */
  aspect_ratio: v.optional(AspectRatio),
  /** Output resolution, `1K` by default; support varies by model, and the server answers 400 for one it lacks. */
  resolution: v.optional(Resolution),
  /** The model to use; `nb2` (Nano Banana 2) is the server default. */
  base_model: v.optional(BaseModel),
  /** Rendering quality, `auto` by default; only `gpt-image-2` accepts it, other models answer 400. */
  quality: v.optional(Quality),
};
