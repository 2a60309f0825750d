import * as v from "valibot";
import { withAsyncRules } from "./async-rules";
import { modelOptionEntries } from "./model-options";
import { asyncOptionEntries, outputOptionEntries } from "./output-options";

/**
 * Body of `POST /v1/phota/generate`: text to image. It takes no `images` and no `profile_ids`
 * (older clients still send them); reference people with `[[profile_id]]` in the prompt.
 *
 * `prompt` is required here: the docs do not say so outright, but generation has no other input.
 *
 * @example
 * ```ts
 * v.parse(GenerateRequest, { prompt: "[[prof_1]] as an astronaut", base_model: "nb2", output_format: "png" });
 * ```
 */
export const GenerateRequest = withAsyncRules(
  v.strictObject({
    /** What to generate; reference people with `[[profile_id]]`. Required here, since generation has no other input. */
    prompt: v.string(),
    ...modelOptionEntries,
    ...outputOptionEntries,
    ...asyncOptionEntries,
  }),
);
/** A valid `generate` body (after parsing). */
export type GenerateRequest = {
  [K in keyof v.InferOutput<typeof GenerateRequest>]: v.InferOutput<typeof GenerateRequest>[K];
};
/** What a caller may pass for a `generate` body. */
export type GenerateRequestInput = {
  [K in keyof v.InferInput<typeof GenerateRequest>]: v.InferInput<typeof GenerateRequest>[K];
};
