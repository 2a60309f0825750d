import { KNOWN_BASE_MODELS } from "../schemas/model-options";

/** Resolutions each base model supports, as documented. */
const MODEL_RESOLUTIONS: Record<string, readonly string[]> = {
  nb2: ["1K", "2K", "4K"],
  "gpt-image-2": ["1K", "2K", "4K"],
  "qwen-image-2": ["1K", "2K"],
  "flux-2": ["1K", "2K"],
  reve: ["1K"],
};

const ASPECT_RATIOS = ["auto", "1:1", "3:4", "4:3", "9:16", "16:9"];
const QUALITIES = ["auto", "low", "medium", "high"];

/** The model-related fields of edit/generate. */
export interface ModelFields {
  base_model?: string | undefined;
  resolution?: string | undefined;
  quality?: string | undefined;
  aspect_ratio?: string | undefined;
}

/**
 * The 400s Phota documents for model options, as a detail message, or `undefined` if the
 * combination is fine. An unknown `base_model` is a 400 here: the current field description
 * says 400, the v0.3.0 release notes said 422.
 */
export function modelOptionsProblem(fields: ModelFields): string | undefined {
  const model = fields.base_model ?? "nb2";
  const supported = MODEL_RESOLUTIONS[model];
  if (!supported) {
    return `Unknown base_model '${model}'. Supported: ${KNOWN_BASE_MODELS.join(", ")} (see /models).`;
  }
  if (fields.quality !== undefined && model !== "gpt-image-2") {
    return "The 'quality' parameter is only supported with base_model 'gpt-image-2'.";
  }
  if (fields.quality !== undefined && !QUALITIES.includes(fields.quality)) {
    return `Unsupported quality '${fields.quality}'. Supported: ${QUALITIES.join(", ")}.`;
  }
  const resolution = fields.resolution ?? "1K";
  if (!supported.includes(resolution)) {
    return `Resolution '${resolution}' is not supported by base_model '${model}'. Supported: ${supported.join(", ")}.`;
  }
  if (fields.aspect_ratio !== undefined && !ASPECT_RATIOS.includes(fields.aspect_ratio)) {
    return `Unsupported aspect_ratio '${fields.aspect_ratio}'. Supported: ${ASPECT_RATIOS.join(", ")}.`;
  }
  return undefined;
}

const BASE64 = /^[A-Za-z0-9+/\s]+={0,2}$/;

/**
 * Whether an image input is something Phota could read: an http(s) URL or base64. `data:` URIs
 * are let through (whether Phota accepts them is not documented). Nothing is fetched.
 */
export function isReadableImage(input: string): boolean {
  return /^https?:\/\//i.test(input) || /^data:image\//i.test(input) || BASE64.test(input);
}

/** Profile ids referenced inline as `[[profile_id]]`. */
export function inlineProfileIds(prompt: string | undefined): string[] {
  return [...(prompt ?? "").matchAll(/\[\[([^\]\s]+)\]\]/g)].map((match) => match[1] ?? "");
}
