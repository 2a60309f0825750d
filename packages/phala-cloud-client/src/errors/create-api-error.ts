import { type ApiErrorContext, apiErrorFields, describeApiError } from "@cloud-sdk/auth-core";
import { type FastApiValidationItem, findStructuredError, type StructuredError } from "../schemas";
import { type ErrorHints, phalaHint, sentence } from "./error-message";
import {
  AuthError,
  BusinessError,
  ConflictError,
  ResourceError,
  ServerError,
  ValidationError,
  type ValidationErrorItem,
} from "./http-errors";
import { PhalaCloudError, type PhalaCloudErrorInit, type PhalaErrorDetail } from "./phala-cloud-error";

const LOCATIONS = new Set(["body", "query", "path", "header"]);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * FastAPI's 422 items as `{field, message, type, context}`, `field` being `loc` without its
 * location, joined by dots (`["body", "compose_file", "name"]` → `compose_file.name`), as
 * `@phala/cloud` words them.
 */
export function toValidationErrors(items: readonly FastApiValidationItem[]): ValidationErrorItem[] {
  return items.map((item) => {
    const path = (item.loc ?? []).filter((part) => typeof part !== "string" || !LOCATIONS.has(part));
    const type = item.type ?? "";
    const field = path.length > 0 ? path.join(".") : type === "missing" ? "required field" : type || "unknown";
    return item.ctx ? { field, message: item.msg, type, context: item.ctx } : { field, message: item.msg, type };
  });
}

/** `detail` of the body; the whole body when it has none; the text of a body that is not JSON. */
function detailOf(context: ApiErrorContext): PhalaErrorDetail | undefined {
  const { kind, value, text } = context.body;
  if (kind === "empty") return undefined;
  if (kind !== "json") return text.trim();
  if (isObject(value)) return "detail" in value ? (value.detail as PhalaErrorDetail) : value;
  return typeof value === "string" ? value : undefined;
}

function resourceError(context: ApiErrorContext, init: PhalaCloudErrorInit, error: StructuredError, hints: ErrorHints) {
  const advice = error.suggestions?.length ? error.suggestions.map(sentence).join(" ") : phalaHint(context, hints);
  return new ResourceError({
    ...init,
    message: describeApiError(context, { message: `${error.error_code}: ${error.message}`, hint: advice }),
    requestId: init.requestId ?? error.request_id ?? undefined,
    errorCode: error.error_code,
    structuredDetails: error.details,
    suggestions: error.suggestions,
    links: error.links,
  });
}

function validationError(context: ApiErrorContext, init: PhalaCloudErrorInit, items: readonly FastApiValidationItem[]) {
  const validationErrors = toValidationErrors(items);
  const listed = validationErrors.slice(0, 5).map((item) => `${item.field}: ${item.message}`);
  if (validationErrors.length > 5) listed.push(`and ${validationErrors.length - 5} more`);
  const what = `validation failed: ${listed.join("; ") || "no field named"}`;
  return new ValidationError({ ...init, message: describeApiError(context, { message: what }), validationErrors });
}

function classFor(status: number): typeof PhalaCloudError {
  if (status === 401 || status === 403) return AuthError;
  if (status === 409) return ConflictError;
  if (status >= 400 && status < 500) return BusinessError;
  if (status >= 500) return ServerError;
  return PhalaCloudError;
}

/**
 * Builds the error for a Phala Cloud error response (the transport's `createApiError`), in
 * `@phala/cloud`'s order:
 * 1. a structured body (`error_code`, top level or in `detail`) → {@link ResourceError}, whatever the status;
 * 2. 422 with a list `detail` → {@link ValidationError};
 * 3. 401, 403 → {@link AuthError};
 * 4. 409 (without `error_code`) → {@link ConflictError};
 * 5. any other 4xx, including 465–468 → {@link BusinessError};
 * 6. 5xx → {@link ServerError}; anything else → {@link PhalaCloudError}.
 */
export function createPhalaCloudError(context: ApiErrorContext, hints: ErrorHints): PhalaCloudError {
  const { status } = context;
  const body = context.body.kind === "json" ? context.body.value : undefined;
  const detail = detailOf(context);
  const init: PhalaCloudErrorInit = { ...apiErrorFields(context), status, statusText: context.statusText, message: "", detail };
  const structured = findStructuredError(body);
  if (structured) return resourceError(context, init, structured, hints);
  if (status === 422 && Array.isArray(detail)) return validationError(context, init, detail as FastApiValidationItem[]);
  const Class = classFor(status);
  return new Class({ ...init, message: describeApiError(context, { hint: phalaHint(context, hints) }) });
}
