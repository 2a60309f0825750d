import { ApiError, type ApiErrorInit } from "@cloud-sdk/auth-core";
import type { LambdaErrorCode } from "../schemas/error.js";

/** What a {@link LambdaCloudError} is built from. */
export interface LambdaCloudErrorInit extends ApiErrorInit {
  /** Lambda's `error.suggestion`, when the body carries one. */
  suggestion?: string | undefined;
}

/**
 * The Lambda Cloud API answered with an error status. Every error class of this package extends
 * it (and auth-core's `ApiError`), so one `instanceof` catches them all.
 *
 * Branch on `code`, not on `message` or `suggestion`: Lambda says their wording may change.
 *
 * @example
 * ```ts
 * try {
 *   await client.instances.get("0920582c7ff041399e34823a0be62549");
 * } catch (error) {
 *   if (error instanceof LambdaCloudError) console.error(error.status, error.code, error.suggestion, error.requestId);
 *   throw error;
 * }
 * ```
 */
export class LambdaCloudError extends ApiError {
  static override readonly errorType: string = "lambda-cloud.LambdaCloudError";

  /** Lambda's machine-readable code, e.g. `global/invalid-api-key`; undefined when the body was not Lambda's JSON. */
  declare readonly code: LambdaErrorCode | undefined;
  /** Lambda's own advice (`error.suggestion`), when it gave one. */
  readonly suggestion: string | undefined;

  constructor(init: LambdaCloudErrorInit) {
    super(init);
    this.suggestion = init.suggestion;
  }
}
