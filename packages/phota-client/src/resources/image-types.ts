import type { EditRequestInput } from "../schemas/edit";
import type { EnhanceRequestInput } from "../schemas/enhance";
import type { GenerateRequestInput } from "../schemas/generate";
import type { KnownSubjects } from "../schemas/image-result";
import type { JobHandle } from "../schemas/job";
import type { NumOutputImages, OutputFormat, ResponseMode } from "../schemas/output-options";
import type { RemixRequestInput } from "../schemas/remix";
import type * as v from "valibot";

/** The fields that decide the kind of answer; each call shape below types them together. */
type ModeField = "response_mode" | "async" | "callback_url";

/** `client.edit` fields besides the answer mode (see {@link BytesMode}, {@link UrlsMode}, {@link AsyncMode}). */
export type EditParams = Omit<EditRequestInput, ModeField>;
/** `client.generate` fields besides the answer mode. No `images`, no `profile_ids`: use `[[profile_id]]` in the prompt. */
export type GenerateParams = Omit<GenerateRequestInput, ModeField>;
/** `client.enhance` fields besides the answer mode. */
export type EnhanceParams = Omit<EnhanceRequestInput, ModeField>;
/** `client.remix` fields besides the answer mode; `output_format` and `num_output_images` get defaults here. */
export type RemixParams = Omit<RemixRequestInput, ModeField | "output_format" | "num_output_images"> & {
  /** Default `"png"`. */
  output_format?: OutputFormat | undefined;
  /** 1–4; default 1. */
  num_output_images?: v.InferInput<typeof NumOutputImages> | undefined;
};

/** A synchronous call answering base64 images in `images` (the default). */
export interface BytesMode {
  response_mode?: "bytes" | undefined;
  async?: false | undefined;
}

/** A synchronous call answering signed download URLs (valid 24 h) in `download_urls`. */
export interface UrlsMode {
  response_mode: "urls";
  async?: false | undefined;
}

/** An async submit: answers a job handle at once; `response_mode` is `"urls"` (the default here). */
export interface AsyncMode {
  async: true;
  response_mode?: "urls" | undefined;
  /** HTTPS URL Phota POSTs to when the job ends (best effort; polling is authoritative). */
  callback_url?: string | undefined;
}

/**
 * Any mode, when it is only known at run time; the answer is then the union. (`callback_url`
 * belongs to {@link AsyncMode}: it is only valid with `async: true`.)
 */
export interface AnyMode {
  response_mode?: ResponseMode | undefined;
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
  images: string[];
  /** Empty in this mode. */
  download_urls: [];
}

/** Result of a `response_mode: "urls"` call, or of a finished async job: signed URLs, valid 24 h. */
export interface UrlsImageResult extends ImageResultBase {
  /** Empty in this mode. */
  images: [];
  download_urls: string[];
}

/** What an image call answers when its mode is only known at run time. */
export type ImageCallResult = BytesImageResult | UrlsImageResult | JobHandle;
