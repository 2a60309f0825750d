import { ApiError, type ApiErrorInit } from "@cloud-sdk/auth-core";
import type { FastApiValidationItem } from "../schemas";

/**
 * The `detail` of an error body as FastAPI sends it: a message, the 422 list, or an object (a
 * structured error nested in `detail`, a legacy 465 body …). For a structured error at the top
 * level it is the whole body, and for a body that is not JSON (a proxy's HTML page) its text.
 */
export type PhalaErrorDetail = string | Readonly<Record<string, unknown>> | readonly FastApiValidationItem[];

/** What a {@link PhalaCloudError} is built from. */
export interface PhalaCloudErrorInit extends ApiErrorInit {
  /** HTTP status text (`"Not Found"`); empty when there was no response. */
  statusText?: string | undefined;
  /** The server's `detail` (see {@link PhalaErrorDetail}). */
  detail?: PhalaErrorDetail | undefined;
}

/**
 * Base of every error about a Phala Cloud request: the API answered with an error status, or (as
 * {@link RequestError}, `status` 0) no answer came at all. The class names and the status mapping
 * are `@phala/cloud`'s, so `catch` blocks written for it keep working.
 *
 * It extends auth-core's {@link ApiError}, so code that handles every cloud-sdk client alike
 * (`error instanceof ApiError`, `error.status`, `error.requestId`) handles Phala Cloud too.
 *
 * @example
 * ```ts
 * try {
 *   await client.getCvmInfo({ id: "my-app" });
 * } catch (error) {
 *   if (error instanceof PhalaCloudError) console.error(error.status, error.detail, error.requestId);
 * }
 * ```
 */
export class PhalaCloudError extends ApiError {
  static override readonly errorType: string = "phala-cloud.PhalaCloudError";

  /** HTTP status text; empty when there was no response. */
  readonly statusText: string;
  /** The server's `detail`: a message, the 422 list, or an object. */
  readonly detail: PhalaErrorDetail | undefined;

  constructor(init: PhalaCloudErrorInit) {
    super(init);
    this.statusText = init.statusText ?? "";
    this.detail = init.detail;
  }
}
