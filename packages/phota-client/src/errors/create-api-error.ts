import { type ApiErrorContext, apiErrorFields, describeApiError, findErrorCode } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { CONTENT_MODERATION, ValidationIssue, isContentModeration } from "../schemas/error";
import {
  AuthenticationError,
  BadRequestError,
  ContentModerationError,
  GatewayTimeoutError,
  InsufficientCreditError,
  NotFoundError,
  PermissionDeniedError,
  PhotaError,
  type PhotaErrorInit,
  RateLimitError,
  ServerError,
  ValidationError,
} from "./phota-error";

const PORTAL = "https://platform.photalabs.com";
const ValidationIssues = v.array(ValidationIssue);

// Provider-specific advice, replacing auth-core's generic hint for the same status.
const HINTS = {
  invalidKey: `Check the key passed as apiKey or set in PHOTA_API_KEY; keys are created and revoked at ${PORTAL}.`,
  missingKey:
    "Phota received no X-API-Key header: check that a proxy or a custom fetch does not drop it, and that apiKey or PHOTA_API_KEY holds the key.",
  credit: `The prepaid credit does not cover this call: top it up at ${PORTAL}, then retry.`,
  moderation: "Phota's moderation refused the prompt or an input image: change them (retrying the same request will not help).",
  badRequest:
    "Check the request against Phota's documentation (e.g. `quality` works only with gpt-image-2, and each base_model supports its own resolutions).",
  gatewayTimeout:
    "Phota stops a synchronous call at 600 s, and the reserved cost has been refunded: retry, or submit with async: true and wait with client.jobs.wait().",
};

/** `detail` as Phota sends it: a sentence, or FastAPI's list of issues (a 422). */
function readDetail(body: unknown): string | ValidationIssue[] | undefined {
  const detail = typeof body === "object" && body !== null ? (body as Record<string, unknown>)["detail"] : undefined;
  if (typeof detail === "string") return detail;
  const issues = v.safeParse(ValidationIssues, detail);
  return issues.success ? issues.output : undefined;
}

/** FastAPI issues in one line: `images[3]: Input should be a valid string; prompt: Field required`. */
function summarizeFastApiIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const loc = issue.loc[0] === "body" || issue.loc[0] === "query" ? issue.loc.slice(1) : issue.loc;
    const where = loc.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
    return `${where || "the request"}: ${issue.msg}`;
  });
  return shown.join("; ") + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : "");
}

/** auth-core's message (status, the server's words, operation, request id) with Phota's own words and advice where they are better. */
function describe(context: ApiErrorContext, what: string | undefined, hint: string | undefined): string {
  return describeApiError(context, { message: what, hint });
}

/**
 * Phota's status → error class mapping, handed to auth-core's transport as `createApiError`.
 *
 * | Status | Class |
 * |---|---|
 * | 401, 403 "missing key" | AuthenticationError |
 * | other 403 | PermissionDeniedError |
 * | 402 | InsufficientCreditError |
 * | 400 with CONTENT_MODERATION | ContentModerationError |
 * | other 400 | BadRequestError |
 * | 404 | NotFoundError |
 * | 422 | ValidationError |
 * | 429 | RateLimitError |
 * | 504 | GatewayTimeoutError |
 * | other 5xx | ServerError |
 */
export function createPhotaApiError(context: ApiErrorContext): PhotaError {
  const { status } = context;
  const body = context.body.kind === "json" ? context.body.value : undefined;
  const detail = readDetail(body);
  const moderation = status === 400 && isContentModeration(body);
  const init = (what?: string, hint?: string): PhotaErrorInit => ({
    ...apiErrorFields(context),
    message: describe(context, what, hint),
    code: findErrorCode(body) ?? (moderation ? CONTENT_MODERATION : undefined),
    detail,
  });

  if (status === 401) return new AuthenticationError(init(undefined, HINTS.invalidKey));
  if (status === 403) {
    const missingKey = typeof detail === "string" && /api[-_ ]?key/i.test(detail);
    return missingKey ? new AuthenticationError(init(undefined, HINTS.missingKey)) : new PermissionDeniedError(init());
  }
  if (status === 402) return new InsufficientCreditError(init(undefined, HINTS.credit));
  if (moderation) return new ContentModerationError(init(undefined, HINTS.moderation));
  if (status === 400) return new BadRequestError(init(undefined, HINTS.badRequest));
  if (status === 404) return new NotFoundError(init());
  if (status === 422) {
    const issues = Array.isArray(detail) ? detail : [];
    return new ValidationError({ ...init(issues.length > 0 ? summarizeFastApiIssues(issues) : undefined), issues });
  }
  if (status === 429) return new RateLimitError({ ...init(), retryAfterMs: context.retryAfterMs });
  if (status === 504) return new GatewayTimeoutError(init(undefined, HINTS.gatewayTimeout));
  if (status >= 500) return new ServerError(init());
  return new PhotaError(init());
}
