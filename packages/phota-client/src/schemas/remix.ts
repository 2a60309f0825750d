import * as v from "valibot";
import { withAsyncRules } from "./async-rules";
import { ImageInput, ProfileIds } from "./inputs";
import { NumOutputImages, OutputFormat, ResponseMode, asyncOptionEntries } from "./output-options";

/**
 * Body of `POST /v1/phota/remix` (v0.6.0): redraw `input_image` in the style of `reference_image`.
 * Output is fixed at 2K in the input's aspect ratio, so model and size fields are rejected. The
 * remix guide marks the three output fields as required, unlike on the other endpoints.
 *
 * @example
 * ```ts
 * v.parse(RemixRequest, {
 *   input_image: "https://example.com/portrait.jpg",
 *   reference_image: "https://example.com/watercolor.jpg",
 *   num_output_images: 1, output_format: "png", response_mode: "bytes",
 * });
 * ```
 */
export const RemixRequest = withAsyncRules(
  v.strictObject({
    /** The image whose content to keep: raw base64 or a public URL. */
    input_image: ImageInput,
    /** The image whose style to apply: raw base64 or a public URL. */
    reference_image: ImageInput,
    /** The profiles whose identity to preserve; identity applies only to the profiles a request names. */
    profile_ids: v.optional(ProfileIds),
    /** Optional text that steers the remix. */
    prompt: v.optional(v.string()),
    /** Encoding of the returned images, `"png"` or `"jpg"`; required here. */
    output_format: OutputFormat,
    /** `"bytes"`: base64 images in `images`; `"urls"`: signed URLs (valid 24 h) in `download_urls`. Required here. */
    response_mode: ResponseMode,
    /** How many variations to return, 1 to 4; required here. */
    num_output_images: NumOutputImages,
    ...asyncOptionEntries,
  }),
);
/** A valid `remix` body (after parsing). */
export type RemixRequest = { [K in keyof v.InferOutput<typeof RemixRequest>]: v.InferOutput<typeof RemixRequest>[K] };
/** What a caller may pass for a `remix` body. */
export type RemixRequestInput = {
  [K in keyof v.InferInput<typeof RemixRequest>]: v.InferInput<typeof RemixRequest>[K];
};
