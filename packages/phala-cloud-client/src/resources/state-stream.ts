import {
  AbortError,
  type ApiErrorContext,
  type BodyKind,
  CloudSdkError,
  ConnectionError,
  findRequestId,
  type HeadersInput,
  parseRetryAfter,
  RedirectError,
  requireCredential,
  ResponseValidationError,
  scrubText,
  TimeoutError,
} from "@cloud-sdk/auth-core";
import { createParser, type EventSourceMessage } from "eventsource-parser";
import { API_VERSION_HEADER } from "../api-version";
import type { ClientContext } from "../client-context";
import { createPhalaCloudError, wrapTransportError } from "../errors";

// auth-core's transport reads every body whole, so the state stream is opened here, with the
// headers the transport would send. Everything below exists only for that; an auth-core request
// that answers the open `Response` (`responseType: "stream"`) would replace this file.

const OPERATION = "watchCvmState";
/** The largest single event accepted; a state is a few hundred bytes. */
export const MAX_EVENT_BYTES = 1024 * 1024;
/** The most of an error body read for the error's message. */
const MAX_ERROR_BODY_CHARS = 64 * 1024;

/** One stream request: where, with which per-call headers, and how long it may take. */
export interface StreamRequest {
  /** Path under the base URL with its query, already encoded. */
  readonly path: string;
  /** The caller's per-call headers. */
  readonly headers: HeadersInput | undefined;
  /** The caller's signal. */
  readonly signal: AbortSignal | undefined;
  /** Milliseconds to wait for the response's headers. */
  readonly connectTimeout: number;
  /** Milliseconds the whole stream may last before it is cut (the server should end it sooner). */
  readonly lifetime: number;
}

/** An open stream: its events, and `close()` to let go of the connection. */
export interface OpenStream {
  /** The server-sent events, as they come. */
  readonly events: AsyncIterable<EventSourceMessage>;
  /** Cancels the body and the request; safe to call twice. */
  close(): void;
}

function applyHeaders(target: Record<string, string>, input: HeadersInput | undefined): void {
  if (!input) return;
  const entries: Iterable<readonly [string, string | null | undefined]> =
    (typeof Headers !== "undefined" && input instanceof Headers) || Array.isArray(input)
      ? (input as Iterable<readonly [string, string]>)
      : Object.entries(input as Record<string, string | null | undefined>);
  for (const [name, value] of entries) {
    if (value === null || value === undefined) delete target[name.toLowerCase()];
    else target[name.toLowerCase()] = String(value);
  }
}

/** Headers in the transport's order: defaults, the client's, the call's, then the credential. */
async function requestHeaders(context: ClientContext, request: StreamRequest): Promise<{ headers: Record<string, string>; secret?: string }> {
  const headers: Record<string, string> = { "user-agent": context.stream.userAgent };
  applyHeaders(headers, context.headers);
  applyHeaders(headers, request.headers);
  // What makes this request a stream comes after the caller's headers, as the operation's own fields do.
  headers.accept = "text/event-stream";
  headers["cache-control"] = "no-cache";
  headers[API_VERSION_HEADER.toLowerCase()] = context.version;
  const source = context.stream.credential;
  if (!source) return { headers };
  const credential = await requireCredential(source, context.stream.missingCredential, { signal: request.signal });
  const secret = credential.secret.reveal();
  headers["x-api-key"] = secret;
  return { headers, secret };
}

function bodyKind(text: string, value: unknown): BodyKind {
  if (text.trim() === "") return "empty";
  return value === undefined ? "text" : "json";
}

/** The package's error for an error response, as the transport would build it. */
async function errorFor(context: ClientContext, response: Response, url: string, secret: string | undefined): Promise<Error> {
  const raw = (await response.text().catch(() => "")).slice(0, MAX_ERROR_BODY_CHARS);
  const text = secret ? scrubText(raw, [secret]) : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((headerValue, name) => {
    if (name !== "x-api-key" && name !== "set-cookie") headers[name] = headerValue;
  });
  const apiContext: ApiErrorContext = {
    provider: "Phala Cloud",
    operation: OPERATION,
    method: "GET",
    idempotent: true,
    url,
    status: response.status,
    statusText: response.statusText,
    headers,
    body: { kind: bodyKind(text, value), value: value ?? (text || undefined), text },
    requestId: findRequestId(headers, value),
    retryAfterMs: parseRetryAfter(headers),
  };
  return createPhalaCloudError(apiContext, { keySource: context.stream.credential?.description });
}

/**
 * Splits a byte stream into server-sent events with `eventsource-parser`, bounded in size. An
 * abort of `signal` cancels the reader, so a pending read ends even if the body ignores the abort.
 */
async function* readEvents(body: ReadableStream<Uint8Array>, status: number, signal: AbortSignal): AsyncGenerator<EventSourceMessage> {
  const queue: EventSourceMessage[] = [];
  let failure: Error | undefined;
  const parser = createParser({
    maxBufferSize: MAX_EVENT_BYTES,
    onEvent: (event) => queue.push(event),
    onError: (error) => {
      if (error.type === "max-buffer-size-exceeded") {
        failure = new ResponseValidationError(
          `${OPERATION}: the state stream sent an event larger than ${MAX_EVENT_BYTES} bytes; it was dropped and the watch stopped.`,
          { operation: OPERATION, status },
        );
      }
    },
  });
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener("abort", cancel, { once: true });
  const decoder = new TextDecoder();
  try {
    while (!signal.aborted) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      if (failure) throw failure;
      while (queue.length > 0) yield queue.shift() as EventSourceMessage;
    }
  } finally {
    signal.removeEventListener("abort", cancel);
    // Not awaited: a body whose source ignores cancellation must not hold the watch.
    if (!signal.aborted) cancel();
    reader.releaseLock();
  }
}

/**
 * Opens `GET <path>` as an event stream. Rejects with the package's typed errors: an API error
 * for an error status, `RequestError` for a network failure or a connect timeout, `AbortError`
 * when the caller's signal aborts, `RedirectError` for any redirect (never followed, so the key is
 * never sent elsewhere).
 */
export async function openStateStream(context: ClientContext, request: StreamRequest): Promise<OpenStream> {
  const url = `${context.transport.baseURL}${request.path}`;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  request.signal?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  let expired = false;
  const connectTimer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.connectTimeout);
  const lifetimeTimer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, request.lifetime);
  const close = () => {
    clearTimeout(connectTimer);
    clearTimeout(lifetimeTimer);
    request.signal?.removeEventListener("abort", onAbort);
    controller.abort();
  };
  const failure = (cause: unknown): Error => {
    if (request.signal?.aborted) return new AbortError(`${OPERATION} was aborted.`, { operation: OPERATION, cause });
    if (timedOut) {
      return wrapTransportError(
        new TimeoutError(`${OPERATION}: the state stream did not answer within ${request.connectTimeout} ms.`, {
          timeoutMs: request.connectTimeout,
          operation: OPERATION,
          cause,
        }),
      );
    }
    if (expired) {
      return wrapTransportError(
        new TimeoutError(`${OPERATION}: the state stream stayed open past ${request.lifetime} ms without ending.`, {
          timeoutMs: request.lifetime,
          operation: OPERATION,
          cause,
        }),
      );
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    return wrapTransportError(new ConnectionError(`${OPERATION}: the connection to ${url} failed: ${reason}`, { cause, url, operation: OPERATION }));
  };

  let response: Response;
  let secret: string | undefined;
  try {
    const prepared = await requestHeaders(context, request);
    secret = prepared.secret;
    const fetchFunction = context.stream.fetch ?? globalThis.fetch;
    response = await fetchFunction(url, {
      method: "GET",
      headers: prepared.headers,
      signal: controller.signal,
      redirect: "manual",
      ...(context.stream.credential ? {} : { credentials: "include" as const }),
    });
  } catch (error) {
    close();
    // The credential source's own failures (a key function that threw …) are already typed.
    if (error instanceof CloudSdkError) throw error;
    throw failure(error);
  }
  clearTimeout(connectTimer);
  if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
    close();
    const location = response.headers.get("location") ?? undefined;
    throw new RedirectError(
      `${OPERATION}: the API answered with a redirect (${response.status}${location ? ` to ${location}` : ""}); it was not followed, ` +
        "so the key was not sent there. Check the baseURL option.",
      { status: response.status, location },
    );
  }
  if (!response.ok) {
    const error = await errorFor(context, response, url, secret).finally(close);
    throw error;
  }
  if (!response.body) {
    close();
    throw new ResponseValidationError(`${OPERATION}: the state stream answered ${response.status} without a body.`, {
      operation: OPERATION,
      status: response.status,
    });
  }
  const body = response.body;
  async function* events(): AsyncGenerator<EventSourceMessage> {
    try {
      yield* readEvents(body, response.status, controller.signal);
      // The read ended because the stream was cut: say why, as a read failure would.
      if (controller.signal.aborted && (expired || request.signal?.aborted)) throw new Error("the stream was cut");
    } catch (error) {
      if (error instanceof ResponseValidationError) throw error;
      throw failure(error);
    } finally {
      close();
    }
  }
  return { events: events(), close };
}
