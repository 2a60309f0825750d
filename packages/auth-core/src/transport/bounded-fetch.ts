import { ResponseTooLargeError } from "../errors/response-too-large-error.js";
import { callFor, type CallContext } from "./call-parts.js";
import { parseRetryAfter } from "./retry-after.js";

/** A fetch-compatible function: global fetch, undici's fetch with a dispatcher, a test double. */
export type FetchFunction = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** What the response body is read as; "stream" hands it over unread (see `Transport.requestStream`). */
export type ResponseType = "json" | "text" | "bytes" | "none" | "stream";

/** Statuses the redirect policy acts on (with a Location header); other 3xx are answers like any other. */
export const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** A response body, read in full, and the call it answers. */
export interface ReadBody {
  readonly text: string;
  readonly bytes: Uint8Array | undefined;
  readonly call?: CallContext | undefined;
}

/** The connection failed after the status line arrived: the server may have acted on the request. */
export class BodyReadFailure extends Error {
  readonly status: number;
  readonly call: CallContext | undefined;
  constructor(status: number, cause: unknown, call: CallContext | undefined) {
    super("the connection was closed while reading the response", { cause });
    this.status = status;
    this.call = call;
  }
}

/** fetch itself failed (no response at all); `cause` is what it threw. Carries the call for the retry decision. */
export class FetchFailure extends Error {
  readonly call: CallContext | undefined;
  constructor(cause: unknown, call: CallContext | undefined) {
    super("fetch failed", { cause });
    this.call = call;
  }
}

// Bodies read by the fetch below, found again by the response ky hands back (or puts on an HTTPError).
const bodies = new WeakMap<Response, ReadBody>();

/** The body read for a response that went through {@link boundedFetch}. */
export function bodyOf(response: Response): ReadBody {
  return bodies.get(response) ?? { text: "", bytes: undefined };
}

/** What the fetch needs to know of the transport; the rest comes from each attempt's call. */
export interface BoundedFetchOptions {
  readonly fetch: FetchFunction;
  /** True for the runtime's own fetch, which honours abort; a caller's fetch is read chunk by chunk. */
  readonly runtimeFetch: boolean;
  /** Used for a Request that is not tied to a call (none is, today). */
  readonly maxResponseBytes: number;
}

/** What reading one body needs. */
interface ReadOptions {
  readonly operation: string;
  readonly maxResponseBytes: number;
  /** Success bodies of `bytes` calls are kept as bytes; everything else is decoded as text. */
  readonly responseType: ResponseType;
  readonly runtimeFetch: boolean;
}

/**
 * The `fetch` handed to ky: it sends the request, then reads the whole body before answering.
 *
 * Own code, because ky cannot express two rules: its `timeout` stops counting when the headers
 * arrive, and it has no size limit. Read here, inside ky's fetch, the body is covered by ky's timeout
 * (which aborts the request, closing the connection), a failed body read goes through ky's retry
 * decision like any other failure, and a body over `maxResponseBytes` ends with a
 * ResponseTooLargeError without being read further.
 */
export function boundedFetch(options: BoundedFetchOptions): (input: Request | string | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const call = input instanceof Request ? callFor(input) : undefined;
    const read: ReadOptions = {
      operation: call?.request.operation ?? "request",
      maxResponseBytes: call?.maxResponseBytes ?? options.maxResponseBytes,
      responseType: call?.request.responseType ?? "json",
      runtimeFetch: options.runtimeFetch,
    };
    // Called as a plain function: `options.fetch(...)` would hand the options object as `this`, and
    // the runtimes' own fetch (workerd, browsers) throws "Illegal invocation" for any `this` but the
    // global one.
    const fetch = options.fetch;
    let response: Response;
    try {
      response = await fetch(input, init);
    } catch (error) {
      throw new FetchFailure(error, call);
    }
    if (REDIRECTS.has(response.status) && response.headers.has("location")) {
      // Redirects are decided by the transport; their bodies are never needed.
      void response.body?.cancel().catch(() => undefined);
      bodies.set(response, { text: "", bytes: undefined, call });
      return response;
    }
    // ky always hands a Request; its signal is the attempt's (ky's timeout and the caller's).
    const signal = input instanceof Request ? input.signal : init?.signal;
    // A success body the caller streams is handed over unread; error bodies are read as usual.
    if (read.responseType === "stream" && response.ok) return response;
    const body = { ...(await readBounded(response, signal, read, call)), call };
    const retryAfter = response.headers.get("retry-after");
    if (!response.ok && retryAfter !== null && parseRetryAfter({ "retry-after": retryAfter }) === undefined) {
      // ky reads Retry-After itself and obeys `-5` (retry at once) or `5, 10` (a date in 2001). A
      // value that is neither delta-seconds nor an HTTP-date is dropped, so backoff applies.
      const headers = new Headers(response.headers);
      headers.delete("retry-after");
      const cleaned = new Response(null, { status: response.status, statusText: response.statusText, headers });
      bodies.set(cleaned, body);
      return cleaned;
    }
    bodies.set(response, body);
    return response;
  };
}

async function readBounded(response: Response, signal: AbortSignal | null | undefined, options: ReadOptions, call: CallContext | undefined): Promise<ReadBody> {
  const { maxResponseBytes } = options;
  const keepBytes = options.responseType === "bytes" && response.ok;
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxResponseBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(response, options);
  }
  const stream = response.body;
  if (!stream) return { text: "", bytes: keepBytes ? new Uint8Array() : undefined };
  if (options.runtimeFetch && declared >= 0 && !response.headers.has("content-encoding")) {
    // The size is announced and the runtime's fetch holds the body to it (a body longer than its
    // Content-Length is a protocol error) and stops it on abort: its own reader is the quicker path.
    return keepBytes
      ? { text: "", bytes: new Uint8Array(await readWhole(response, "arrayBuffer", call)) }
      : { text: await readWhole(response, "text", call), bytes: undefined };
  }
  const reader = stream.getReader();
  // A fetch that ignores its signal (a custom one) still stops being read when the attempt ends.
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener("abort", onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new BodyReadFailure(response.status, error, call);
      }
      // A cancel on abort ends the read as if the body were complete: it is not.
      if (signal?.aborted) throw signal.reason;
      if (read.done) break;
      size += read.value.byteLength;
      if (size > maxResponseBytes) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(response, options);
      }
      chunks.push(read.value);
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  const bytes = chunks.length === 1 ? chunks[0]! : concat(chunks, size);
  if (keepBytes) return { text: "", bytes };
  return { text: decoder.decode(bytes), bytes: undefined };
}

const decoder = new TextDecoder();

async function readWhole<TKind extends "text" | "arrayBuffer">(
  response: Response,
  kind: TKind,
  call: CallContext | undefined,
): Promise<Awaited<ReturnType<Response[TKind]>>> {
  try {
    return (await response[kind]()) as Awaited<ReturnType<Response[TKind]>>;
  } catch (error) {
    // An abort (ky's timeout, the caller) is reported by the caller of fetch; anything else broke
    // the connection after the status line.
    if ((error as { name?: unknown } | null)?.name === "AbortError") throw error;
    throw new BodyReadFailure(response.status, error, call);
  }
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function tooLarge(response: Response, options: ReadOptions): ResponseTooLargeError {
  const limit = options.maxResponseBytes;
  return new ResponseTooLargeError(
    `${options.operation}: the response (status ${response.status}) is larger than maxResponseBytes (${limit} bytes); ` +
      `reading stopped and the connection was closed. Raise maxResponseBytes on the client or this call if such a large answer is expected.`,
    { operation: options.operation, maxResponseBytes: limit, status: response.status },
  );
}
