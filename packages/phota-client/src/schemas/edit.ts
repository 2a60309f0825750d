import * as v from "valibot";
import { withAsyncRules } from "./async-rules";
import { ImageInput, ProfileIds } from "./inputs";
import { modelOptionEntries } from "./model-options";
import { asyncOptionEntries, outputOptionEntries } from "./output-options";

/**
 * Body of `POST /v1/phota/edit`: edit up to 10 images, keeping the identity of the given profiles.
 * Strict, as the server is (it rejects fields of other endpoints); the client checks only the fields
 * it knows with it and sends any other field as given, for the server to judge.
 *
 * @example
 * ```ts
 * const body = v.parse(EditRequest, {
 *   prompt: "Put [[prof_1]] on a beach at sunset",
 *   images: ["https://example.com/me.jpg"],
 *   output_format: "png",
 *   response_mode: "urls",
 * });
 * ```
 */
export const EditRequest = withAsyncRules(
  v.strictObject({
    /** Instruction; the server default is `""`. `[[profile_id]]` references a profile inline. */
    prompt: v.optional(v.string()),
    /** Input images, raw base64 or public URLs, at most 10. */
    images: v.optional(v.pipe(v.array(ImageInput), v.maxLength(10, "At most 10 images."))),
    /** The profiles whose identity to preserve; identity applies only to the profiles a request names. */
    profile_ids: v.optional(ProfileIds),
    ...modelOptionEntries,
    ...outputOptionEntries,
    ...asyncOptionEntries,
  }),
);
/** A valid `edit` body (after parsing). */
export type EditRequest = { [K in keyof v.InferOutput<typeof EditRequest>]: v.InferOutput<typeof EditRequest>[K] };
/** What a caller may pass for an `edit` body. */
export type EditRequestInput = { [K in keyof v.InferInput<typeof EditRequest>]: v.InferInput<typeof EditRequest>[K] };
