import * as v from "valibot";
import { EditRequest } from "../schemas/edit";
import { EnhanceRequest } from "../schemas/enhance";
import { GenerateRequest } from "../schemas/generate";
import { RemixRequest } from "../schemas/remix";
import { type ModelFields, inlineProfileIds } from "./studio-rules";

/** The fields every image endpoint shares, as the fake reads them. */
export interface StudioBody {
  prompt?: string | undefined;
  output_format?: "png" | "jpg" | undefined;
  response_mode?: "bytes" | "urls" | undefined;
  num_output_images?: number | undefined;
  async?: boolean | undefined;
  callback_url?: string | undefined;
  client_request_id?: string | undefined;
}

/** A validated image call, reduced to what the fake needs. */
export interface StudioCall {
  body: StudioBody;
  /** Image inputs to sanity-check. */
  images: string[];
  /** Profiles referenced by `profile_ids` or inline `[[id]]`. */
  profileRefs: string[];
  /** Model options, for the endpoints that take them. */
  model?: ModelFields;
}

/** One image endpoint: its path below the base URL and how to validate its body. */
export interface StudioEndpoint {
  path: "/edit" | "/generate" | "/enhance" | "/remix";
  validate(body: unknown): { ok: true; call: StudioCall } | { ok: false; issues: v.BaseIssue<unknown>[] };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function endpoint<TOutput extends StudioBody>(
  path: StudioEndpoint["path"],
  schema: v.GenericSchema<unknown, TOutput>,
  toCall: (body: TOutput) => Omit<StudioCall, "body">,
): StudioEndpoint {
  return {
    path,
    validate(body) {
      const parsed = v.safeParse(schema, body);
      if (!parsed.success) return { ok: false, issues: parsed.issues };
      return { ok: true, call: { body: parsed.output, ...toCall(parsed.output) } };
    },
  };
}

/**
 * The four image endpoints, each validated with its own strict request schema: Phota rejects the
 * fields of other endpoints (documented for generate, enhance and remix), so the fake answers an
 * unknown field with FastAPI's 422 `extra_forbidden` (assumed to hold for any unknown field).
 */
export const STUDIO_ENDPOINTS: readonly StudioEndpoint[] = [
  endpoint("/edit", EditRequest, (body) => ({
    images: body.images ?? [],
    profileRefs: unique([...(body.profile_ids ?? []), ...inlineProfileIds(body.prompt)]),
    model: body,
  })),
  endpoint("/generate", GenerateRequest, (body) => ({
    images: [],
    profileRefs: unique(inlineProfileIds(body.prompt)),
    model: body,
  })),
  endpoint("/enhance", EnhanceRequest, (body) => ({
    images: [body.image],
    profileRefs: unique([...(body.profile_ids ?? []), ...inlineProfileIds(body.prompt)]),
  })),
  endpoint("/remix", RemixRequest, (body) => ({
    images: [body.input_image, body.reference_image],
    profileRefs: unique([...(body.profile_ids ?? []), ...inlineProfileIds(body.prompt)]),
  })),
];
