import { ApiError, type ApiErrorInit } from "@cloud-sdk/auth-core";

/** What a {@link PodstackError} is built from. */
export interface PodstackErrorInit extends Omit<ApiErrorInit, "status"> {
  /** HTTP status; absent when no response was received (a network failure, a missing token). */
  status?: number | undefined;
  /** The server's error body when it is JSON (Python's `details`). */
  details?: unknown;
}

/**
 * Base of every Podstack error, as in Podstack's Python SDK (`except PodstackError` catches them
 * all). It extends auth-core's `ApiError`, so code written for every cloud-sdk client keeps working:
 * `status`, `code`, `requestId`, `body`, `headers`, `method`, `url` and `operation` are there.
 *
 * Not every Podstack error is an HTTP answer: {@link NetworkError} (no response) and the
 * `AuthenticationError` thrown when no token is configured have `statusCode` `undefined` and
 * `status` `0` (fetch's convention for "no response"). Test `statusCode !== undefined` to know
 * whether the server answered.
 *
 * @example
 * ```ts
 * try {
 *   await client.pods.get("pod-123");
 * } catch (error) {
 *   if (error instanceof PodstackError) console.error(error.statusCode, error.code, error.requestId, error.message);
 * }
 * ```
 */
export class PodstackError extends ApiError {
  static override readonly errorType: string = "podstack.PodstackError";

  /** HTTP status of the answer, or `undefined` when there was none (Python's `status_code`). */
  readonly statusCode: number | undefined;
  /** The server's JSON error body, whatever its shape (Podstack does not document one). */
  readonly details: unknown;

  constructor(init: PodstackErrorInit) {
    super({ ...init, status: init.status ?? 0 });
    this.statusCode = init.status;
    this.details = init.details;
  }
}
