import type { RequestSigner } from "../auth/auth-scheme.js";
import type { Credential } from "../credentials/credential-source.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import type { CallParts } from "./call-parts.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { resolveAttemptCredential } from "./resolve-attempt-credential.js";
import type { TransportRequest } from "./transport-options.js";

/**
 * ky's `beforeRequest` hook, run before every attempt: the rate limiters, then the credential,
 * resolved within the attempt's time limit and set last, so it wins over any caller header of the
 * same name. Headers are set on ky's request in place: no second Request per attempt.
 */
export function beforeRequest<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  parts: CallParts,
  kyRequest: Request,
  timeoutMs: number,
): Promise<void> | void {
  if (prepared.rateLimiter || request.rateLimiters?.length) return limitThenSign(prepared, request, parts, kyRequest, timeoutMs);
  return sign(prepared, request, parts, kyRequest, timeoutMs);
}

async function limitThenSign<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  parts: CallParts,
  kyRequest: Request,
  timeoutMs: number,
): Promise<void> {
  if (prepared.rateLimiter) await prepared.rateLimiter.acquire(request.signal);
  for (const limiter of request.rateLimiters ?? []) await limiter.acquire(request.signal);
  await sign(prepared, request, parts, kyRequest, timeoutMs);
}

/** Sets the credential header; synchronous when the credential is (a value, an environment variable). */
function sign<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  parts: CallParts,
  kyRequest: Request,
  timeoutMs: number,
): Promise<void> | void {
  if (prepared.auth.sign) return signWhole(prepared, request, parts, kyRequest, prepared.auth.sign);
  if (!(prepared.auth.needsSecret && prepared.auth.headerName)) {
    if (prepared.debug) logRequest(prepared, request.operation, kyRequest, undefined);
    return;
  }
  const set = (credential: Credential) => {
    const secret = credential.secret.reveal();
    parts.sent.secret = secret;
    parts.sent.refreshable = credential.refreshable === true;
    kyRequest.headers.set(prepared.auth.headerName!, prepared.auth.headerValue(secret));
    if (prepared.debug) logRequest(prepared, request.operation, kyRequest, secret);
  };
  const credential = resolveAttemptCredential(prepared, request.operation, timeoutMs, request.signal);
  if ("then" in credential) return credential.then(set);
  set(credential);
}

/** A whole-request signature (SigV4 and the like), computed afresh for every attempt. */
async function signWhole<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  parts: CallParts,
  kyRequest: Request,
  sign: RequestSigner,
): Promise<void> {
  const headers: Record<string, string> = {};
  kyRequest.headers.forEach((value, name) => {
    headers[name] = value;
  });
  let signed: Record<string, string>;
  try {
    signed = await sign({ method: kyRequest.method, url: kyRequest.url, headers, body: parts.body });
  } catch (error) {
    throw new ConfigurationError(
      `${request.operation}: signing the request failed (${(error as { message?: unknown } | null)?.message ?? String(error)}); nothing was sent. Check the signing credentials.`,
      { option: "auth" },
    );
  }
  for (const [name, value] of Object.entries(signed)) kyRequest.headers.set(name, value);
  if (prepared.debug) logRequest(prepared, request.operation, kyRequest, undefined);
}

function logRequest(prepared: PreparedTransport, operation: string, request: Request, secret: string | undefined): void {
  const shown: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    if (!prepared.hiddenHeaders.has(name)) shown[name] = value;
    // The credential header shows which key was used (`Bearer phak_…3f9a`), never the key itself.
    else shown[name] = name === prepared.auth.headerName && secret ? prepared.auth.redactedHeaderValue(secret) : "***";
  });
  prepared.log.debug(`${operation}: → ${request.method} ${request.url}`, { headers: shown });
}
