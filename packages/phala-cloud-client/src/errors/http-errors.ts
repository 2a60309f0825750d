import type { ErrorCode, ErrorLink, StructuredErrorDetail } from "../schemas";
import { PhalaCloudError, type PhalaCloudErrorInit } from "./phala-cloud-error";

/** 401 or 403: the key is missing, wrong or revoked, or may not do this. The message quotes `detail`. */
export class AuthError extends PhalaCloudError {
  static override readonly errorType: string = "phala-cloud.AuthError";
  /** Discriminator kept from `@phala/cloud`. */
  readonly isAuthError = true as const;
}

/** One field the server rejected in a 422. */
export interface ValidationErrorItem {
  /** The field's path without its location (`body`, `query`, `path`, `header`): `compose_file.name`. */
  readonly field: string;
  /** The server's sentence: `String should have at least 5 characters`. */
  readonly message: string;
  /** Pydantic's error type: `string_too_short`, `missing` … */
  readonly type: string;
  /** Pydantic's context, e.g. `{ min_length: 5 }`. */
  readonly context?: Readonly<Record<string, unknown>> | undefined;
}

/** 422: the server rejected fields of the request (FastAPI validation). */
export class ValidationError extends PhalaCloudError {
  static override readonly errorType: string = "phala-cloud.ValidationError";
  /** Discriminator kept from `@phala/cloud`. */
  readonly isValidationError = true as const;
  /** Every rejected field. */
  readonly validationErrors: readonly ValidationErrorItem[];

  constructor(init: PhalaCloudErrorInit & { validationErrors: readonly ValidationErrorItem[] }) {
    super(init);
    this.validationErrors = init.validationErrors;
  }
}

/**
 * Any other 4xx: 400, 404, 429, and Phala's own 465 (compose hash must be registered on-chain),
 * 466 (hash invalid or expired), 467 (transaction not verified) and 468 (hash not allowed).
 */
export class BusinessError extends PhalaCloudError {
  static override readonly errorType: string = "phala-cloud.BusinessError";
  /** Discriminator kept from `@phala/cloud`. */
  readonly isBusinessError = true as const;
}

/**
 * 409 without an `error_code`: another operation is still running on the resource. Transient:
 * the client retries it (within `maxRetries`) even for calls it otherwise never repeats, because
 * the server did not act on the request.
 */
export class ConflictError extends BusinessError {
  static override readonly errorType: string = "phala-cloud.ConflictError";
  /** Discriminator, as in the Python SDK. */
  readonly isConflictError = true as const;
}

/**
 * A structured error: the body carries `error_code` (`ERR-03-007`), at the top level or nested in
 * `detail`, whatever the status. The code also starts the message.
 */
export class ResourceError extends BusinessError {
  static override readonly errorType: string = "phala-cloud.ResourceError";
  /** Discriminator kept from `@phala/cloud`. */
  readonly isResourceError = true as const;
  /** `ERR-MM-NNN`; compare with the `ErrorCodes` map. */
  readonly errorCode: ErrorCode;
  /** The body's `details`: the fields and values concerned. */
  readonly structuredDetails: readonly StructuredErrorDetail[];
  /** What the server suggests doing. */
  readonly suggestions: readonly string[];
  /** Documentation links. */
  readonly links: readonly ErrorLink[];

  constructor(
    init: PhalaCloudErrorInit & {
      errorCode: ErrorCode;
      structuredDetails?: readonly StructuredErrorDetail[] | null | undefined;
      suggestions?: readonly string[] | null | undefined;
      links?: readonly ErrorLink[] | null | undefined;
    },
  ) {
    super({ ...init, code: init.errorCode });
    this.errorCode = init.errorCode;
    this.structuredDetails = init.structuredDetails ?? [];
    this.suggestions = init.suggestions ?? [];
    this.links = init.links ?? [];
  }
}

/** 5xx: the server failed. Idempotent calls were already retried. */
export class ServerError extends PhalaCloudError {
  static override readonly errorType: string = "phala-cloud.ServerError";
  /** Discriminator kept from `@phala/cloud`. */
  readonly isServerError = true as const;
}
