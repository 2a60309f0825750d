import { AbortError } from "../errors/abort-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { abortErrorFor } from "../utils/abortable.js";
import { loadKy } from "./load-ky.js";

/** Statuses the redirect policy acts on (with a Location header); other 3xx are answers like any other. */
export const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** A fetch-compatible function: global fetch, undici's fetch with a dispatcher, a test double. */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** What the response body is read as. */
export type ResponseType = "json" | "text" | "bytes" | "none";

/** One HTTP exchange to send. */
export interface Attempt {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: BodyInit | undefined;
  readonly credentials: RequestCredentials | undefined;
  readonly fetch: FetchFunction | undefined;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly operation: string;
  /** Success bodies of `bytes` requests are read as bytes; everything else as text. */
  readonly responseType: ResponseType;
  /** What users call the base URL option, for messages: "baseURL", "apiEndpoint". */
  readonly baseURLOption: string;
}

/** A response whose body has been read in full (within the attempt's time limit). */
export interface AttemptResult {
  readonly response: Response;
  readonly text: string;
  readonly bytes: Uint8Array | undefined;
}

/**
 * Sends one attempt through ky and reads the whole body, all under one timer: a server that sends
 * headers and then stalls the body still times out. ky's own retry, timeout and error throwing are
 * off (the transport decides those with its own policy), and redirects come back unfollowed
 * (`redirect: "manual"`) so the transport can refuse a cross-origin one before the key leaks.
 */
export async function sendAttempt(attempt: Attempt): Promise<AttemptResult> {
  const { signal: callerSignal, timeoutMs, operation } = attempt;
  if (callerSignal?.aborted) throw abortErrorFor(callerSignal, operation, operation);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  // The deadline covers the whole attempt, body included, and a custom fetch that ignores its signal:
  // whatever happens, the attempt settles within timeoutMs. A timed-out exchange is abandoned rather
  // than aborted: aborting would need a signal on every request, and undici charges each Request
  // that carries one (see bench/RESULTS.md); the connection is released when the server answers.
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Error("deadline"));
    }, timeoutMs);
  });
  // A caller's signal is linked to a signal of this attempt only: handing a long-lived signal to
  // fetch itself would leave one listener on it per request until garbage collection.
  let controller: AbortController | undefined;
  let onAbort: (() => void) | undefined;
  let aborted: Promise<never> | undefined;
  if (callerSignal) {
    const own = new AbortController();
    controller = own;
    aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => {
        own.abort(callerSignal.reason);
        reject(callerSignal.reason);
      };
      callerSignal.addEventListener("abort", onAbort, { once: true });
    });
  }
  try {
    const exchanged = exchange(attempt, controller?.signal);
    return await Promise.race(aborted ? [exchanged, deadline, aborted] : [exchanged, deadline]);
  } catch (error) {
    throw toAttemptError(error, attempt, timedOut || isKyTimeout(error));
  } finally {
    clearTimeout(timer);
    if (onAbort) callerSignal?.removeEventListener("abort", onAbort);
  }
}

async function exchange(attempt: Attempt, signal: AbortSignal | undefined): Promise<AttemptResult> {
  // Only the options that matter on this path: ky merges every option it is given, per call.
  const loaded = loadKy();
  const ky = typeof loaded === "function" ? loaded : await loaded;
  const response = await ky(attempt.url, {
    method: attempt.method,
    headers: attempt.headers,
    retry: 0,
    throwHttpErrors: false,
    hooks: { beforeRequest: [(request) => send(request, attempt, signal)] },
  });
  if (REDIRECTS.has(response.status) && response.headers.has("location")) {
    // Redirects are decided by the caller; their bodies are never needed.
    void response.body?.cancel().catch(() => undefined);
    return { response, text: "", bytes: undefined };
  }
  if (attempt.responseType === "bytes" && response.ok) {
    return { response, text: "", bytes: new Uint8Array(await response.arrayBuffer()) };
  }
  return { response, text: await response.text(), bytes: undefined };
}

/**
 * ky's `beforeRequest` hook answering with the response: ky has built and normalised the request
 * (URL, method, headers); one fetch sends it. This skips what ky does only for its own retries and
 * timeout (cloning the request, a second Request inside fetch, a timer): the transport has its own.
 */
function send(request: Request, attempt: Attempt, signal: AbortSignal | undefined): Promise<Response> {
  const fetch = attempt.fetch ?? globalThis.fetch;
  return fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: attempt.body ?? null,
    redirect: "manual",
    credentials: attempt.credentials,
    signal: signal ?? null,
  });
}

function isKyTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === "TimeoutError" && !(error instanceof TimeoutError);
}

function toAttemptError(error: unknown, attempt: Attempt, timedOut: boolean): Error {
  const { operation, url, method } = attempt;
  const target = `${method} ${new URL(url).host}${new URL(url).pathname}`;
  if (timedOut) {
    return new TimeoutError(
      `${operation} (${target}) timed out after ${attempt.timeoutMs} ms without a complete response. ` +
        `The server may be slow or unreachable; raise the timeout option if this call is expected to take longer.`,
      { timeoutMs: attempt.timeoutMs, operation, cause: error },
    );
  }
  if (attempt.signal?.aborted) return abortErrorFor(attempt.signal, operation, operation);
  if (error instanceof AbortError) return error;
  const reason = describeNetworkFailure(error);
  return new ConnectionError(
    `${operation} could not reach ${new URL(url).origin} (${target}): ${reason}. ` +
      `Check the network connection, any proxy, and the ${attempt.baseURLOption} option.`,
    { cause: error, url, operation },
  );
}

/** The most specific text of a fetch failure: undici hides "ECONNREFUSED …" in `cause`. */
function describeNetworkFailure(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current && parts.length < 4; current = (current as { cause?: unknown }).cause) {
    const message = current instanceof Error ? current.message : typeof current === "string" ? current : undefined;
    const code = (current as { code?: unknown }).code;
    if (message && !parts.includes(message)) parts.push(typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message);
    if (current === (current as { cause?: unknown }).cause) break;
  }
  return parts.length > 0 ? parts.join(": ") : "unknown network error";
}
