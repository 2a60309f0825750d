import { type RequestOptions, type Transport, pickRequestOptions, validateInput } from "@cloud-sdk/auth-core";
import type * as v from "valibot";
import { newClientRequestId } from "../client-request-id";
import { EditRequest } from "../schemas/edit";
import { EnhanceRequest } from "../schemas/enhance";
import { GenerateRequest } from "../schemas/generate";
import { ImageResult } from "../schemas/image-result";
import { JobHandle } from "../schemas/job";
import { RemixRequest } from "../schemas/remix";
import type { ImageCallResult } from "./image-types";

/** One image endpoint: its operation name, path and request schema. */
export interface ImageEndpoint {
  readonly operation: "edit" | "generate" | "enhance" | "remix";
  readonly path: string;
  readonly schema: v.GenericSchema<unknown, { async?: boolean | undefined }>;
  /** Remix requires `num_output_images`; the others leave it to the server (1). */
  readonly defaultCount: number | undefined;
}

export const EDIT: ImageEndpoint = { operation: "edit", path: "/edit", schema: EditRequest, defaultCount: undefined };
export const GENERATE: ImageEndpoint = { operation: "generate", path: "/generate", schema: GenerateRequest, defaultCount: undefined };
export const ENHANCE: ImageEndpoint = { operation: "enhance", path: "/enhance", schema: EnhanceRequest, defaultCount: undefined };
export const REMIX: ImageEndpoint = { operation: "remix", path: "/remix", schema: RemixRequest, defaultCount: 1 };

/**
 * The body actually sent: the caller's fields plus the ones this client always sends.
 * - `output_format`: `"png"` unless given, because Phota's own default moved to `jpg`.
 * - `response_mode`: `"bytes"`, or `"urls"` for an async submit (which requires it), so the
 *   result's type never depends on a server default.
 * - `client_request_id`: the caller's, or a new one. Built once per call, so every retry of the
 *   call carries the same key: for an async submit Phota then answers the original job instead of
 *   charging again. A synchronous call sends it too (harmless, and useful should Phota de-duplicate
 *   those one day), but is not retried on the strength of it.
 */
function withDefaults(endpoint: ImageEndpoint, params: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { ...params };
  body["output_format"] ??= "png";
  body["response_mode"] ??= params["async"] === true ? "urls" : "bytes";
  body["client_request_id"] ??= newClientRequestId();
  if (endpoint.defaultCount !== undefined) body["num_output_images"] ??= endpoint.defaultCount;
  return body;
}

/**
 * Validates an image call's known fields against its endpoint's schema (fields this SDK does not
 * know are sent as given, so a field Phota adds later is usable at once), then sends it.
 *
 * Retry safety follows what Phota documents: "a retried submit with the same value returns the
 * original job and is not charged twice" is promised for async submits only. So an async submit is
 * idempotent (retried after a timeout, a reset or a 5xx, with the same `client_request_id`), while
 * a synchronous call, which bills each time it reaches the server, is retried only when the server
 * surely did nothing: a 429 or a connection that never opened.
 */
export async function sendImageRequest(
  transport: Transport,
  endpoint: ImageEndpoint,
  params: unknown,
  options: RequestOptions | undefined,
): Promise<ImageCallResult> {
  const input = typeof params === "object" && params !== null ? withDefaults(endpoint, params as Record<string, unknown>) : params;
  const body = validateInput(endpoint.schema, input, endpoint.operation);
  const isAsync = body.async === true;
  return transport.request<ImageCallResult>({
    ...pickRequestOptions(options),
    operation: endpoint.operation,
    method: "POST",
    path: endpoint.path,
    json: body,
    // The two result types are declared per mode in image-types.ts; both schemas parse to them.
    schema: (isAsync ? JobHandle : ImageResult) as v.GenericSchema<unknown, ImageCallResult>,
    idempotent: isAsync,
  });
}
