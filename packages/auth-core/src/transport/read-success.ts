import * as v from "valibot";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { findRequestId } from "./error-body-fields.js";
import type { Exchange } from "./exchange.js";
import { headersToObject } from "./headers.js";
import { describeBody, parseBody } from "./parse-body.js";
import type { PreparedTransport } from "./prepared-transport.js";
import type { TransportRequest, TransportResponse } from "./transport-options.js";
import { firstDriftWarning } from "./response-validation.js";
import { IDEMPOTENT_METHODS } from "./retry-policy.js";
import { summarizeIssues, toValidationIssues } from "./validate.js";
import type { ValidationIssue } from "../errors/validation-issue.js";

/**
 * Turns a 2xx response into the operation's result: the body read as asked, then validated against
 * the operation's schema as `responseValidation` says. In "strict" mode a body of the wrong shape is a
 * {@link ResponseValidationError} that names the operation, the field, what was expected, the request
 * id and the way through; in "warn" mode it is returned as sent with one warning; "off" skips the schema.
 */
export function readSuccess<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  result: Exchange,
  withMeta: boolean,
): TransportResponse<TOutput> {
  const { response } = result;
  // Headers and request id are read only when they are wanted (requestWithResponse, or an error
  // message): on the common path of `request()` they would be work thrown away.
  const meta = (body: unknown) => metaOf(prepared, response, body);
  const responseType = request.responseType ?? "json";
  const mode = request.responseValidation ?? prepared.responseValidation;
  let data: unknown;
  if (responseType === "bytes") data = result.bytes ?? new Uint8Array();
  else if (responseType === "text") data = result.text;
  else if (responseType === "json") {
    const body = parseBody(result.text, response.headers.get("content-type"));
    if (body.kind !== "json" && body.kind !== "empty") {
      const what = `${prepared.provider} API answered ${request.operation} with ${describeBody(body)} where JSON was expected (status ${response.status})`;
      if (mode === "strict") {
        const { requestId } = meta(body.value);
        // A secret-bearing answer is never quoted, not even as the text of a non-JSON body.
        const shown = request.sensitiveResponse
          ? `${prepared.provider} API answered ${request.operation} with a body that is not JSON (status ${response.status}); it is not shown, as this operation's answer carries a secret`
          : what;
        throw new ResponseValidationError(
          `${shown}. A proxy or captive portal may be in the way; check the ${prepared.baseURLOption} option.${createdNote(request)}${idSuffix(requestId)}`,
          { operation: request.operation, body: request.sensitiveResponse ? undefined : body.value, status: response.status, requestId },
        );
      }
      if (mode === "warn" && firstDriftWarning(prepared.provider, request.operation)) {
        prepared.log.warn(`${what}; returning the text as sent (responseValidation: "warn").`);
      }
    }
    data = body.value;
  }
  if (request.schema && mode !== "off") {
    const parsed = v.safeParse(request.schema, data);
    if (parsed.success) data = parsed.output;
    else {
      const issues = toValidationIssues(parsed.issues);
      if (mode === "strict") throw driftError(prepared, request, issues, data, response.status, meta(data).requestId);
      // "warn": the body as the server sent it. One line per operation and process, naming the paths.
      if (firstDriftWarning(prepared.provider, request.operation)) {
        prepared.log.warn(
          `${prepared.provider} API response to ${request.operation} differs from the SDK's schema at ${describePaths(issues)}; ` +
            `returning the body as sent (responseValidation: "warn"). Please report it to the SDK maintainers.`,
          { operation: request.operation, paths: issues.map((issue) => issue.path || "(root)") },
        );
      }
    }
  }
  if (!withMeta) return { data: data as TOutput, status: response.status, headers: {}, requestId: undefined };
  return { data: data as TOutput, status: response.status, ...meta(data) };
}

function driftError<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  issues: ValidationIssue[],
  data: unknown,
  status: number,
  requestId: string | undefined,
): ResponseValidationError {
  // A secret-bearing answer (a generated private key, a webhook secret) keeps nothing of the body on
  // the error: not the body, not the values the issues received.
  const sensitive = request.sensitiveResponse === true;
  const kept = sensitive ? issues.map((issue) => ({ ...issue, received: "[redacted]", message: "[redacted]" })) : issues;
  const created = sensitive ? createdNote(request) : "";
  return new ResponseValidationError(
    `${prepared.provider} API response to ${request.operation} does not have the expected shape: ${summarizeIssues(kept)}. ` +
      `The API may have changed; please report it to the SDK maintainers.${created}${idSuffix(requestId)} ` +
      `To receive the body as sent instead, set responseValidation: "warn" (or "off") on the client or on this call.`,
    { operation: request.operation, issues: kept, body: sensitive ? undefined : data, status, requestId },
  );
}

/** For a secret-bearing answer of an operation that creates: it may exist although the call failed. */
function createdNote<TOutput>(request: TransportRequest<TOutput>): string {
  if (!request.sensitiveResponse) return "";
  const idempotent = request.idempotent ?? IDEMPOTENT_METHODS.has(request.method);
  return idempotent ? "" : " The resource may have been created anyway: check before you try again.";
}

/** The differing paths for a warning: at most five, then a count. */
function describePaths(issues: readonly ValidationIssue[]): string {
  const paths = [...new Set(issues.map((issue) => issue.path || "(root)"))];
  const shown = paths.slice(0, 5).join(", ");
  return paths.length > 5 ? `${shown} (and ${paths.length - 5} more)` : shown;
}

function metaOf(prepared: PreparedTransport, response: Response, body: unknown) {
  const headers = headersToObject(response.headers, prepared.hiddenHeaders);
  return { headers, requestId: findRequestId(headers, body) };
}

function idSuffix(requestId: string | undefined): string {
  return requestId ? ` Request id: ${requestId}.` : "";
}
