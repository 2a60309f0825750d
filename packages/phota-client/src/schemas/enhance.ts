import * as v from "valibot";
import { withAsyncRules } from "./async-rules";
import { ImageInput, ProfileIds } from "./inputs";
import { asyncOptionEntries, outputOptionEntries } from "./output-options";

/**
 * Body of `POST /v1/phota/enhance`: improve one photo. The model is pinned (Nano Banana 2 at 2K),
 * so `base_model`, `aspect_ratio` and `resolution` are rejected.
 *
 * @example
 * ```ts
 * v.parse(EnhanceRequest, { image: base64Jpeg, profile_ids: ["prof_1"], output_format: "jpg" });
 * ```
 */
export const EnhanceRequest = withAsyncRules(
  v.strictObject({
    /** The single image to enhance: raw base64 or a public URL. */
    image: ImageInput,
    /** The profiles whose identity to preserve; identity applies only to the profiles a request names. */
    profile_ids: v.optional(ProfileIds),
    /** Optional text that steers the enhancement (since v0.2.1). */
    prompt: v.optional(v.string()),
    ...outputOptionEntries,
    ...asyncOptionEntries,
  }),
);
/** A valid `enhance` body (after parsing). */
export type EnhanceRequest = {
  [K in keyof v.InferOutput<typeof EnhanceRequest>]: v.InferOutput<typeof EnhanceRequest>[K];
};
/** What a caller may pass for an `enhance` body. */
export type EnhanceRequestInput = {
  [K in keyof v.InferInput<typeof EnhanceRequest>]: v.InferInput<typeof EnhanceRequest>[K];
};
