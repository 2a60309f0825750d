import { PodstackError, type PodstackErrorInit } from "./podstack-error";

/**
 * The token is missing (no `statusCode`: nothing was sent) or the server rejected it (401: wrong,
 * expired or revoked, or a missing `Bearer` prefix). Also thrown at construction when a `profile`
 * names a credentials file or profile that does not exist.
 */
export class AuthenticationError extends PodstackError {
  static override readonly errorType: string = "podstack.AuthenticationError";
}

/**
 * 403: the token is valid but may not do this: it lacks a permission, the resource is in another
 * project, or the account has a problem.
 */
export class PermissionError extends PodstackError {
  static override readonly errorType: string = "podstack.PermissionError";
}

/** 404: the pod or volume does not exist (or not in the project the request named). */
export class ResourceNotFoundError extends PodstackError {
  static override readonly errorType: string = "podstack.ResourceNotFoundError";

  /** `"pod"` or `"volume"`, when the call names one. */
  readonly resourceType: string | undefined;
  /** The id the call asked for. */
  readonly resourceId: string | undefined;

  constructor(init: PodstackErrorInit & { resourceType?: string; resourceId?: string }) {
    super(init);
    this.resourceType = init.resourceType;
    this.resourceId = init.resourceId;
  }
}

/** 400 or 422: the server rejected the parameters. `fieldErrors` says which, when it says. */
export class ValidationError extends PodstackError {
  static override readonly errorType: string = "podstack.ValidationError";

  /** Messages per field, `{ name: ["must not be empty"] }`; empty when the server named none. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;

  constructor(init: PodstackErrorInit & { fieldErrors?: Record<string, string[]> | undefined }) {
    super(init);
    this.fieldErrors = init.fieldErrors ?? {};
  }
}

/** 402: the wallet cannot pay for this. Amounts are set when the server sends them. */
export class InsufficientBalanceError extends PodstackError {
  static override readonly errorType: string = "podstack.InsufficientBalanceError";

  /** What the operation needs (the body's `required_amount`). */
  readonly requiredAmount: number | undefined;
  /** What the wallet holds (the body's `available_amount`). */
  readonly availableAmount: number | undefined;

  constructor(init: PodstackErrorInit & { requiredAmount?: number; availableAmount?: number }) {
    super(init);
    this.requiredAmount = init.requiredAmount;
    this.availableAmount = init.availableAmount;
  }
}

/**
 * A quota is reached (pods, GPUs, storage). Podstack documents the class but no status, so any
 * 400/403/409/422 whose error code or message mentions a quota becomes this [assumed].
 */
export class QuotaExceededError extends PodstackError {
  static override readonly errorType: string = "podstack.QuotaExceededError";

  /** What the quota counts (the body's `resource_type`). */
  readonly resourceType: string | undefined;
  /** The quota (the body's `limit`). */
  readonly limit: number | undefined;
  /** Current use (the body's `current`). */
  readonly current: number | undefined;

  constructor(
    init: PodstackErrorInit & { resourceType?: string; limit?: number; current?: number },
  ) {
    super(init);
    this.resourceType = init.resourceType;
    this.limit = init.limit;
    this.current = init.current;
  }
}

/** 429: too many requests. The client already retried it `maxRetries` times. */
export class RateLimitError extends PodstackError {
  static override readonly errorType: string = "podstack.RateLimitError";

  /** Seconds the server asked to wait (`Retry-After`), when it did. */
  readonly retryAfter: number | undefined;

  constructor(init: PodstackErrorInit & { retryAfter?: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}

/** 5xx: Podstack had a problem. Quote `requestId` to support. Retried first when safe. */
export class ServerError extends PodstackError {
  static override readonly errorType: string = "podstack.ServerError";
}
