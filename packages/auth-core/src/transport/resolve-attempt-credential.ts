import type { Credential } from "../credentials/credential-source.js";
import { requireCredential, requireCredentialSync } from "../credentials/resolve-credential.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { raceAbort } from "../utils/abortable.js";
import type { PreparedTransport } from "./prepared-transport.js";

/**
 * The credential of one attempt, resolved within the attempt's time limit and checked as a header
 * value. A source that answers synchronously (a value, an environment variable) skips a promise per
 * request.
 *
 * Own code: ky's timer starts only after its `beforeRequest` hooks, where the credential is resolved,
 * so a credential function that never settles would hang the call without this deadline.
 */
export function resolveAttemptCredential(
  prepared: PreparedTransport,
  operation: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Credential | Promise<Credential> {
  const source = prepared.credential!;
  const known = requireCredentialSync(source, prepared.missingCredential);
  if (known) return checkHeaderValue(known);
  return withDeadline(requireCredential(source, prepared.missingCredential, { signal }), timeoutMs, signal, operation).then(checkHeaderValue);
}

async function withDeadline<T>(promise: Promise<T>, timeoutMs: number, signal: AbortSignal | undefined, operation: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new TimeoutError(
            `${operation}: resolving the credential took longer than ${timeoutMs} ms, so nothing was sent. ` +
              `Check the credential function (a token service that does not answer?) or raise the timeout option.`,
            { timeoutMs, operation },
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await raceAbort(Promise.race([promise, deadline]), signal, operation, operation);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A key that is not a string, or holds a character a header value cannot carry (CR, LF, NUL, anything
 * beyond Latin-1), would make fetch throw a TypeError that quotes it, or split the header. Refused
 * here, naming where it came from and never the value.
 */
function checkHeaderValue(credential: Credential): Credential {
  const value: unknown = credential.secret.reveal();
  let problem: string | undefined;
  if (typeof value !== "string") problem = `is not a string (got ${value === null ? "null" : typeof value})`;
  // eslint-disable-next-line no-control-regex
  else if (/[\r\n\0]/.test(value)) problem = "contains a line break or NUL character";
  // eslint-disable-next-line no-control-regex
  else if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) problem = "contains a character that cannot be sent in an HTTP header (control or non-Latin-1)";
  if (problem) {
    throw new ConfigurationError(
      `The credential from ${credential.source} ${problem}. Check that value (a stray newline from a file or a copy-paste is common); it was not sent.`,
      { option: credential.source },
    );
  }
  return credential;
}
