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
    /** The content to keep. */
    input_image: ImageInput,
    /** The style to apply. */
    reference_image: ImageInput,
    profile_ids: v.optional(ProfileIds),
    /** Optional steering. */
    prompt: v.optional(v.string()),
    output_format: OutputFormat,
    response_mode: ResponseMode,
    num_output_images: NumOutputImages,
    ...asyncOptionEntries,
  }),
);
/** A valid `remix` body (after parsing). */
export type RemixRequest = v.InferOutput<typeof RemixRequest>;
/** What a caller may pass for a `remix` body. */
export type RemixRequestInput = v.InferInput<typeof RemixRequest>;
