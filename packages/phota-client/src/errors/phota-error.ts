import { ApiError, type ApiErrorInit } from "@cloud-sdk/auth-core";
import type { ValidationIssue } from "../schemas/error";

/** What a {@link PhotaError} is built from: an auth-core error plus Phota's `detail`. */
export interface PhotaErrorInit extends ApiErrorInit {
  /** The body's `detail`: a sentence for most errors, FastAPI's issue list for a 422. */
  detail?: string | readonly ValidationIssue[] | undefined;
}

/**
 * Phota answered with an error status. Every HTTP error of this client is one of its subclasses;
 * catch this class for all of them. Carries `status`, `detail`, `code`, `requestId` (from the body's
 * `request_id` or the `X-Request-Id` header: quote it to Phota's support), and auth-core's `body`,
 * `headers`, `method`, `url`, `operation`.
 *
 * @example
 * ```ts
 * try {
 *   await client.generate({ prompt: "a lighthouse at dawn" });
 * } catch (error) {
 *   if (error instanceof PhotaError) console.error(error.status, error.detail, error.requestId);
 * }
 * ```
 */
export class PhotaError extends ApiError {
  static override readonly errorType: string = "phota.PhotaError";

  /** The body's `detail`: a string, or FastAPI's `[{ loc, msg, type }]` for a 422. */
  readonly detail: string | readonly ValidationIssue[] | undefined;

  constructor(init: PhotaErrorInit) {
    super(init);
    this.detail = init.detail;
  }
}

/** 401, or 403 for a missing key: the `X-API-Key` was absent, wrong or revoked. */
export class AuthenticationError extends PhotaError {
  static override readonly errorType: string = "phota.AuthenticationError";
}

/** 403 for another reason than a missing key: the key may not do this. */
export class PermissionDeniedError extends PhotaError {
  static override readonly errorType: string = "phota.PermissionDeniedError";
}

/** 402: the prepaid credit does not cover the call. */
export class InsufficientCreditError extends PhotaError {
  static override readonly errorType: string = "phota.InsufficientCreditError";
}

/** 400 (other than moderation): a value the server refuses, e.g. `quality` with a model other than gpt-image-2. */
export class BadRequestError extends PhotaError {
  static override readonly errorType: string = "phota.BadRequestError";
}

/** 400 with `CONTENT_MODERATION`: the prompt or an image was refused by moderation. Nothing is charged. */
export class ContentModerationError extends BadRequestError {
  static override readonly errorType: string = "phota.ContentModerationError";
}

/** 404: no such profile or job (or it was deleted). */
export class NotFoundError extends PhotaError {
  static override readonly errorType: string = "phota.NotFoundError";
}

/** 422: FastAPI rejected the request; `issues` lists each `{ loc, msg, type }`. */
export class ValidationError extends PhotaError {
  static override readonly errorType: string = "phota.ValidationError";

  /** FastAPI's issues, e.g. `{ loc: ["body", "images", 3], msg: "...", type: "..." }`. */
  readonly issues: readonly ValidationIssue[];

  constructor(init: PhotaErrorInit & { issues: readonly ValidationIssue[] }) {
    super(init);
    this.issues = init.issues;
  }
}

/** 429: too many requests. Retried automatically (up to `maxRetries`), for every operation. */
export class RateLimitError extends PhotaError {
  static override readonly errorType: string = "phota.RateLimitError";

  /** How long the server asked to wait (`Retry-After`), in ms, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(init: PhotaErrorInit & { retryAfterMs?: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * 5xx: Phota had a problem. Reads and async submits (with their `client_request_id`) are retried;
 * synchronous image calls and training are not, since the server may have done (and billed) the work.
 */
export class ServerError extends PhotaError {
  static override readonly errorType: string = "phota.ServerError";
}

/**
 * 504: a synchronous call ran past Phota's 600 s limit. Phota refunds the reserved cost. Retry, or
 * submit long work with `async: true` and `client.jobs.wait`.
 */
export class GatewayTimeoutError extends ServerError {
  static override readonly errorType: string = "phota.GatewayTimeoutError";
}
