import * as v from "valibot";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { findRequestId } from "./error-body-fields.js";
import type { FinalResult } from "./follow-redirects.js";
import { headersToObject } from "./headers.js";
import { describeBody, parseBody } from "./parse-body.js";
import type { PreparedTransport } from "./prepared-transport.js";
import type { TransportRequest, TransportResponse } from "./transport-options.js";
import { summarizeIssues, toValidationIssues } from "./validate.js";

/**
 * Turns a 2xx response into the operation's result: the body read as asked, then validated against
 * the operation's schema. A body of the wrong shape is a {@link ResponseValidationError} that names
 * the operation, the field, what was expected and the request id.
 */
export function readSuccess<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  result: FinalResult,
  withMeta: boolean,
): TransportResponse<TOutput> {
  const { response } = result;
  // Headers and request id are read only when they are wanted (requestWithResponse, or an error
  // message): on the common path of `request()` they would be work thrown away.
  const meta = (body: unknown) => {
    const headers = headersToObject(response.headers, prepared.hiddenHeaders);
    return { headers, requestId: findRequestId(headers, body) };
  };
  const responseType = request.responseType ?? "json";
  let data: unknown;
  if (responseType === "bytes") data = result.bytes ?? new Uint8Array();
  else if (responseType === "text") data = result.text;
  else if (responseType === "json") {
    const body = parseBody(result.text, response.headers.get("content-type"));
    if (body.kind !== "json" && body.kind !== "empty") {
      const { requestId } = meta(body.value);
      throw new ResponseValidationError(
        `${prepared.provider} API answered ${request.operation} with ${describeBody(body)} where JSON was expected ` +
          `(status ${response.status}). A proxy or captive portal may be in the way; check the ${prepared.baseURLOption} option.${idSuffix(requestId)}`,
        { operation: request.operation, body: body.value, status: response.status, requestId },
      );
    }
    data = body.value;
  }
  if (request.schema) {
    const parsed = v.safeParse(request.schema, data);
    if (!parsed.success) {
      const { requestId } = meta(data);
      const issues = toValidationIssues(parsed.issues);
      throw new ResponseValidationError(
        `${prepared.provider} API response to ${request.operation} does not have the expected shape: ${summarizeIssues(issues)}. ` +
          `The API may have changed; please report it to the SDK maintainers.${idSuffix(requestId)}`,
        { operation: request.operation, issues, body: data, status: response.status, requestId },
      );
    }
    data = parsed.output;
  }
  if (!withMeta) return { data: data as TOutput, status: response.status, headers: {}, requestId: undefined };
  return { data: data as TOutput, status: response.status, ...meta(data) };
}

function idSuffix(requestId: string | undefined): string {
  return requestId ? ` Request id: ${requestId}.` : "";
}
