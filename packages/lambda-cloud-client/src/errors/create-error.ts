import { apiErrorFields, describeApiError, findErrorCode, statusHint, type ApiErrorContext } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { ApiErrorResponseBody, type ApiErrorObject } from "../schemas/error.js";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InsufficientCapacityError,
  NotFoundError,
  PermissionDeniedError,
  QuotaExceededError,
  RateLimitError,
  ServerError,
} from "./error-classes.js";
import { LambdaCloudError } from "./lambda-cloud-error.js";

const RATE_LIMIT_HINT =
  "Lambda allows about 1 request per second, and 1 launch per 12 s; the client option `rateLimit: true` keeps to these limits.";

/** The class of an error response: by code where a code has its own class, else by status. */
function classFor(status: number, code: string | undefined): typeof LambdaCloudError {
  if (code === "instance-operations/launch/insufficient-capacity") return InsufficientCapacityError;
  if (code === "global/quota-exceeded") return QuotaExceededError;
  if (status === 400) return BadRequestError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionDeniedError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ServerError;
  return LambdaCloudError;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * `code: message suggestion`, as Lambda words it (`global/invalid-api-key: API key was invalid,
 * expired, or deleted. Check your API key or create a new one, then try again.`); without a
 * suggestion, what to do for the status.
 */
function lambdaMessage(error: ApiErrorObject, context: ApiErrorContext): string {
  const advice = error.suggestion?.trim() ? error.suggestion : statusHint(context.status, context.retryAfterMs);
  return `${error.code}: ${sentence(error.message)} ${sentence(advice)}`;
}

/** What the client knows that helps with an error: where its key came from. */
export interface ErrorHints {
  /** Where the API key was found, e.g. "the LAMBDA_API_KEY environment variable". */
  readonly keySource: string | undefined;
}

/** Lambda-specific advice added to the message, if any. */
function extraAdvice(status: number, hints: ErrorHints): string | undefined {
  if (status === 429) return RATE_LIMIT_HINT;
  if (status === 401 && hints.keySource) return `The key in use came from ${hints.keySource}.`;
  return undefined;
}

/**
 * Builds the error for a Lambda Cloud error response (the transport's `createApiError`). A body
 * in Lambda's `{"error": {code, message, suggestion?}}` shape gives its code, message and
 * suggestion; anything else (an HTML page from the edge, a plain-text 429, an empty body) gets
 * auth-core's description of the body and what to do about the status. The request id goes last.
 */
export function createLambdaCloudError(context: ApiErrorContext, hints: ErrorHints): LambdaCloudError {
  const parsed = context.body.kind === "json" ? v.safeParse(ApiErrorResponseBody, context.body.value) : undefined;
  const error = parsed?.success ? parsed.output.error : undefined;
  const code = error ? error.code : findErrorCode(context.body.value);
  const requestId = context.requestId ?? error?.request_id;
  const extra = extraAdvice(context.status, hints);
  const message = error
    ? `${lambdaMessage(error, context)}${extra ? ` ${extra}` : ""}${requestId ? ` Request id: ${requestId}.` : ""}`
    : describeApiError(context, { hint: extra && `${statusHint(context.status, context.retryAfterMs)} ${extra}` });
  const Class = classFor(context.status, code);
  const init = { ...apiErrorFields(context), code, message, suggestion: error?.suggestion, requestId };
  return Class === RateLimitError ? new RateLimitError({ ...init, retryAfterMs: context.retryAfterMs }) : new Class(init);
}

/**
 * The transport's `shouldRetry`: Lambda answers firewall-ruleset writes with 409
 * `global/internal-error` ("Try again later"), which the default policy would not retry. It is
 * retried for idempotent writes (update, delete, updateGlobal), never for a create.
 */
export function shouldRetryLambdaError(error: Error, context: ApiErrorContext): boolean | undefined {
  if (context.status !== 409 || !context.idempotent) return undefined;
  return error instanceof LambdaCloudError && error.code === "global/internal-error" ? true : undefined;
}
