import { scrubText, scrubValue } from "../secrets/redact.js";
import type { ApiErrorContext } from "./api-error-context.js";
import { findRequestId } from "./error-body-fields.js";
import type { Exchange } from "./exchange.js";
import { headersToObject } from "./headers.js";
import { parseBody } from "./parse-body.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { parseRetryAfter } from "./retry-after.js";

/**
 * The context of an error response, safe to keep on an error object: credential headers dropped and
 * the secret that was sent scrubbed from the body and headers, in case the server echoes it.
 */
export function errorContext(
  prepared: PreparedTransport,
  operation: string,
  method: string,
  idempotent: boolean,
  result: Exchange,
  secret: string | undefined,
): ApiErrorContext {
  const secrets = secret ? prepared.auth.revealingForms(secret) : [];
  const rawHeaders = headersToObject(result.response.headers, prepared.hiddenHeaders);
  const headers = secrets.length === 0 ? rawHeaders : (scrubValue(rawHeaders, secrets) as Record<string, string>);
  const parsed = parseBody(result.text, result.response.headers.get("content-type"));
  const body = secrets.length === 0 ? parsed : { ...parsed, text: scrubText(parsed.text, secrets), value: scrubValue(parsed.value, secrets) };
  return {
    provider: prepared.provider,
    operation,
    method,
    idempotent,
    url: result.url,
    status: result.response.status,
    // The reason phrase is the server's text too: a hostile server may echo the key there.
    statusText: secrets.length === 0 ? result.response.statusText : scrubText(result.response.statusText, secrets),
    headers,
    body,
    requestId: findRequestId(headers, body.value),
    retryAfterMs: parseRetryAfter(headers),
  };
}
