import * as v from "valibot";
import { HttpsUrl } from "./inputs";

/**
 * Encoding of the returned images. Always send it: the server default moved from `png` to `jpg`
 * (announced with `X-Phota-Deprecation-Date: 2026-05-08`).
 */
export const OutputFormat = v.picklist(["png", "jpg"]);
/** `"png"` or `"jpg"`. */
export type OutputFormat = v.InferOutput<typeof OutputFormat>;

/** `bytes`: base64 strings in `images`; `urls`: signed URLs (24 h) in `download_urls`. */
export const ResponseMode = v.picklist(["bytes", "urls"]);
/** `"bytes"` or `"urls"`. */
export type ResponseMode = v.InferOutput<typeof ResponseMode>;

/** How many variations to return: an integer from 1 to 4. */
export const NumOutputImages = v.pipe(
  v.number(),
  v.integer("num_output_images must be an integer."),
  v.minValue(1, "num_output_images must be at least 1."),
  v.maxValue(4, "num_output_images must be at most 4."),
);

/** The caller's idempotency key: a retried async submit with the same value is not charged twice (documented for async submits only). */
export const ClientRequestId = v.pipe(v.string(), v.nonEmpty("client_request_id must not be empty."));

/** Output fields shared by every image endpoint (optional on edit/generate/enhance). */
export const outputOptionEntries = {
  /** Encoding of the returned images, `"png"` or `"jpg"`; send it: the server default moved from `png` to `jpg`. */
  output_format: v.optional(OutputFormat),
  /** `"bytes"` (the default): base64 images in `images`; `"urls"`: signed URLs (valid 24 h) in `download_urls`. */
  response_mode: v.optional(ResponseMode),
  /** How many variations to return, 1 to 4; the server default is 1. */
  num_output_images: v.optional(NumOutputImages),
};

/** Async fields accepted by every image endpoint since v0.7.0. */
export const asyncOptionEntries = {
  /** `true` answers 202 with a job handle at once instead of the images; needs `response_mode: "urls"`. */
  async: v.optional(v.boolean()),
  /** An HTTPS URL Phota POSTs to when the job ends (best effort; polling is authoritative); only with `async: true`. */
  callback_url: v.optional(HttpsUrl),
  /** Idempotency key: a retried async submit with the same value returns the original job and is not charged twice. */
  client_request_id: v.optional(ClientRequestId),
};
