import * as v from "valibot";

/**
 * Which known profiles appear in the output, and how often (summed over the variations). This
 * drives billing: a recognised identity is charged at the higher "with identity" rate.
 */
export const KnownSubjects = v.looseObject({
  /** How many times each known profile appears, by profile id, summed over the variations. */
  counts: v.record(v.string(), v.number()),
});
/** The `known_subjects` block of an image result. */
export type KnownSubjects = {
  [K in keyof v.InferOutput<typeof KnownSubjects>]: v.InferOutput<typeof KnownSubjects>[K];
};

/** What a `null` or absent `known_subjects` is read as: no profile recognised. */
function noKnownSubjects(): KnownSubjects {
  return { counts: {} };
}

/**
 * Result of `edit`, `generate`, `enhance` and `remix` (Phota's `EditResponse`). Only the list of
 * the requested `response_mode` is filled; the server sends the other one empty, and a missing or
 * `null` list is read as empty so callers can always iterate. `known_subjects` may be `null` or
 * absent too (the fixtures of `@ai-sdk/phota`, vercel/ai `packages/phota`, answer
 * `known_subjects: null` when no profile is recognised): it is then read as `{ counts: {} }`.
 *
 * @example
 * ```ts
 * const result = v.parse(ImageResult, await response.json());
 * for (const url of result.download_urls) console.log(url); // response_mode "urls"
 * ```
 */
export const ImageResult = v.looseObject({
  /**
   * Which known profiles appear in the output, and how often; drives the "with identity" price.
   * `{ counts: {} }` when Phota sends `null` or nothing (no profile recognised).
   */
  known_subjects: v.nullish(KnownSubjects, noKnownSubjects),
  /** Base64-encoded images (`response_mode: "bytes"`), in the requested `output_format`. */
  images: v.nullish(v.array(v.string()), () => []),
  /** Signed download URLs, valid 24 h (`response_mode: "urls"`). */
  download_urls: v.nullish(v.array(v.string()), () => []),
});
/** A parsed image result. */
export type ImageResult = { [K in keyof v.InferOutput<typeof ImageResult>]: v.InferOutput<typeof ImageResult>[K] };
