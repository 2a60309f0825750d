import { LambdaCloudError, type LambdaCloudErrorInit } from "./lambda-cloud-error.js";

/**
 * 400: the request was invalid (`global/invalid-parameters`) or refused by a business rule
 * (`global/duplicate`, `filesystems/filesystem-in-use`, `firewall-rulesets/firewall-ruleset-in-use`,
 * `instance-operations/launch/file-system-in-wrong-region`, …). Not retried: the same request fails again.
 */
export class BadRequestError extends LambdaCloudError {
  static override readonly errorType: string = "lambda-cloud.BadRequestError";
}

/**
 * `instance-operations/launch/insufficient-capacity`: no capacity for this instance type in this
 * region right now. Nothing was created, so launching again later (or elsewhere) is safe.
 */
export class InsufficientCapacityError extends BadRequestError {
  static override readonly errorType: string = "lambda-cloud.InsufficientCapacityError";
}

/** `global/quota-exceeded`: the account's quota is used up; ask Lambda support to raise it. */
export class QuotaExceededError extends BadRequestError {
  static override readonly errorType: string = "lambda-cloud.QuotaExceededError";
}

/** 401 `global/invalid-api-key`: the API key is invalid, expired or deleted. */
export class AuthenticationError extends LambdaCloudError {
  static override readonly errorType: string = "lambda-cloud.AuthenticationError";
}

/**
 * 403: the key is valid but the account may not do this: `global/account-inactive`,
 * `global/invalid-address` (billing address) or `global/forbidden`.
 */
export class PermissionDeniedError extends LambdaCloudError {
  static override readonly errorType: string = "lambda-cloud.PermissionDeniedError";
}

/**
 * 404 `global/object-does-not-exist` or `global/not-found`. After a retried delete or terminate it
 * means "already gone".
 */
export class NotFoundError extends LambdaCloudError {
  static override readonly errorType: string = "lambda-cloud.NotFoundError";
}

/**
 * 409: `global/conflict` (the instance is busy, e.g. `vm-action-in-progress`), or
 * `global/internal-error`, which Lambda sends with 409 on firewall-ruleset writes.
 */
export class ConflictError extends LambdaCloudError {
  static override readonly errorType: string = "lambda-cloud.ConflictError";
}

/**
 * 429: rate limited (about 1 request/s, launch 1 per 12 s). The body is often not JSON (an edge
 * page), so `code` may be undefined. The request was not processed: retrying later is safe.
 */
export class RateLimitError extends LambdaCloudError {
  static override readonly errorType: string = "lambda-cloud.RateLimitError";

  /** How long the server asked to wait (`Retry-After`), in ms, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(init: LambdaCloudErrorInit & { retryAfterMs?: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 5xx: a server or upstream failure (`provider/*` codes), possibly an HTML page from the edge. */
export class ServerError extends LambdaCloudError {
  static override readonly errorType: string = "lambda-cloud.ServerError";
}
