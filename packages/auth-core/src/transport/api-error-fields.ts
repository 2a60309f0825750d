import type { ApiErrorInit } from "../errors/api-error.js";
import type { ApiErrorContext } from "./api-error-context.js";

/** The fields of an {@link ApiErrorInit} that come straight from the response. */
export type ApiErrorFields = Pick<ApiErrorInit, "status" | "requestId" | "body" | "headers" | "method" | "url" | "operation">;

/**
 * What every provider error copies from the response: status, request id, parsed body, headers
 * (credentials removed), method, URL and operation. A provider adds its message and code.
 *
 * @example
 * ```ts
 * createApiError: (context) => new NotFoundError({ ...apiErrorFields(context), message: describeApiError(context) }),
 * ```
 */
export function apiErrorFields(context: ApiErrorContext): ApiErrorFields {
  return {
    status: context.status,
    requestId: context.requestId,
    body: context.body.value,
    headers: context.headers,
    method: context.method,
    url: context.url,
    operation: context.operation,
  };
}
