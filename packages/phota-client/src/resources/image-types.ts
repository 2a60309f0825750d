import type { EditRequestInput } from "../schemas/edit";
import type { EnhanceRequestInput } from "../schemas/enhance";
import type { GenerateRequestInput } from "../schemas/generate";
import type { KnownSubjects } from "../schemas/image-result";
import type { JobHandle } from "../schemas/job";
import type { NumOutputImages, OutputFormat, ResponseMode } from "../schemas/output-options";
import type { RemixRequestInput } from "../schemas/remix";
import type * as v from "valibot";

/** `client.edit` fields besides the answer mode (see {@link BytesMode}, {@link UrlsMode}, {@link AsyncMode}). */
export type EditParams = Omit<EditRequestInput, "response_mode" | "async" | "callback_url">;
/** `client.generate` fields besides the answer mode. No `images`, no `profile_ids`: use `[[profile_id]]` in the prompt. */
export type GenerateParams = Omit<GenerateRequestInput, "response_mode" | "async" | "callback_url">;
/** `client.enhance` fields besides the answer mode. */
export type EnhanceParams = Omit<EnhanceRequestInput, "response_mode" | "async" | "callback_url">;
/** `client.remix` fields besides the answer mode; `output_format` and `num_output_images` get defaults here. */
export type RemixParams = Omit<
  RemixRequestInput,
  "response_mode" | "async" | "callback_url" | "output_format" | "num_output_images"
> & {
  /** Default `"png"`. */
  output_format?: OutputFormat | undefined;
  /** 1–4; default 1. */
  num_output_images?: v.InferInput<typeof NumOutputImages> | undefined;
};

/** A synchronous call answering base64 images in `images` (the default). */
export interface BytesMode {
  /** `"bytes"`, or left out: the client then sends `"bytes"`. */
  response_mode?: "bytes" | undefined;
  /** `false`, or left out: the call waits for the images. */
  async?: false | undefined;
}

/** A synchronous call answering signed download URLs (valid 24 h) in `download_urls`. */
export interface UrlsMode {
  /** `"urls"`: the images come back as signed download URLs. */
  response_mode: "urls";
  /** `false`, or left out: the call waits for the images. */
  async?: false | undefined;
}

/** An async submit: answers a job handle at once; `response_mode` is `"urls"` (the default here). */
export interface AsyncMode {
  /** `true`: submit a job and answer its handle at once. */
  async: true;
  /** `"urls"`, or left out: the client then sends `"urls"`, which an async submit requires. */
  response_mode?: "urls" | undefined;
  /** HTTPS URL Phota POSTs to when the job ends (best effort; polling is authoritative). */
  callback_url?: string | undefined;
}

/**
 * Any mode, when it is only known at run time; the answer is then the union. (`callback_url`
 * belongs to {@link AsyncMode}: it is only valid with `async: true`.)
 */
export interface AnyMode {
  /** `"bytes"` or `"urls"`; left out, the client sends `"urls"` for an async submit and `"bytes"` otherwise. */
  response_mode?: ResponseMode | undefined;
  /** `true` for an async submit, which answers a job handle. */
  async?: boolean | undefined;
}

/** Fields common to both result shapes (Phota's `EditResponse`); fields Phota adds pass through. */
interface ImageResultBase {
  /** profile_id → appearances, summed over the variations; drives the "with identity" price. */
  known_subjects: KnownSubjects;
  [field: string]: unknown;
}

/** Result of a `response_mode: "bytes"` call: base64 images (decode with `decodeImages`). */
export interface BytesImageResult extends ImageResultBase {
  /** The images, base64-encoded in the requested `output_format`. */
  images: string[];
  /** Empty in this mode. */
  download_urls: [];
}

/** Result of a `response_mode: "urls"` call, or of a finished async job: signed URLs, valid 24 h. */
export interface UrlsImageResult extends ImageResultBase {
  /** Empty in this mode. */
  images: [];
  /** Signed download URLs of the images, valid 24 h. */
  download_urls: string[];
}

/** What an image call answers when its mode is only known at run time. */
export type ImageCallResult = BytesImageResult | UrlsImageResult | JobHandle;
