import { type RequestOptions, ResponseValidationError } from "@cloud-sdk/auth-core";
import { createParser, type EventSourceMessage } from "eventsource-parser";
import type { ClientCore } from "../client-context";
import { sendStream } from "./send";
import { withHeaders } from "./with-headers";

const OPERATION = "watchCvmState";
/** The largest single event accepted; a state is a few hundred bytes. */
export const MAX_EVENT_BYTES = 1024 * 1024;
/** Added to the server's own limits before a silent stream counts as dead. */
const STREAM_GRACE_MS = 30_000;

/** The query of one state stream (the official SDK's). */
export interface StateStreamQuery {
  /** The status to wait for. */
  readonly target: string;
  /** Seconds between the server's state checks. */
  readonly interval: number;
  /** Seconds the server keeps one stream open before it sends `timeout`. */
  readonly timeout: number;
}

/**
 * The default per-call `timeout` of a stream. The transport applies it to the wait for the
 * answer's headers and then to the wait for each chunk. The official SDK sets no client-side limit
 * at all: the server ends each stream itself, with `timeout` after `query.timeout` seconds, and it
 * checks the state every `query.interval` seconds. Whether it sends an event at every check or only
 * when the state changes is not documented (assumed: possibly only on a change), so the longest
 * silence a live stream may keep is the whole server `timeout` plus one check; with a grace for the
 * network on top, a stream quieter than that is dead, and is closed and reconnected. A caller's
 * per-call `timeout` replaces this (it must then exceed the silences the server keeps).
 */
export function defaultStreamTimeout(query: StateStreamQuery): number {
  return (query.timeout + query.interval) * 1000 + STREAM_GRACE_MS;
}

/**
 * Opens one state stream through the transport (credential, headers, redirect policy, error
 * mapping, the one refresh after a 401) and yields its server-sent events. No retry inside: the
 * watch reconnects on its own terms. Stopping the iteration early cancels the body, which closes
 * the connection.
 */
export async function* stateEvents(
  client: ClientCore,
  cvmId: string,
  query: StateStreamQuery,
  options: RequestOptions | undefined,
): AsyncGenerator<EventSourceMessage> {
  // The caller's maxRetries does not apply: reconnects are counted by the watch's own maxRetries.
  const { maxRetries: _reconnectsAreTheWatchs, ...callOptions } = options ?? {};
  const response = await sendStream(
    client,
    {
      operation: OPERATION,
      method: "GET",
      path: "/cvms/{cvmId}/state",
      pathParams: { cvmId },
      query: { target: query.target, interval: query.interval, timeout: query.timeout },
      // What makes this request a stream comes after the caller's headers, as an operation's own fields do.
      headers: withHeaders(options?.headers, { accept: "text/event-stream", "cache-control": "no-cache" }),
      idempotent: true,
      maxRetries: 0,
      timeout: defaultStreamTimeout(query),
    },
    callOptions,
  );
  yield* readEvents(response.data, response.status);
}

/** Splits the bytes into server-sent events with `eventsource-parser`, each at most {@link MAX_EVENT_BYTES}. */
async function* readEvents(body: ReadableStream<Uint8Array>, status: number): AsyncGenerator<EventSourceMessage> {
  const queue: EventSourceMessage[] = [];
  let oversized = false;
  const parser = createParser({
    maxBufferSize: MAX_EVENT_BYTES,
    onEvent: (event) => queue.push(event),
    onError: (error) => {
      if (error.type === "max-buffer-size-exceeded") oversized = true;
    },
  });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
      if (oversized) {
        throw new ResponseValidationError(
          `${OPERATION}: the state stream sent an event larger than ${MAX_EVENT_BYTES} bytes; it was dropped and the watch stopped.`,
          { operation: OPERATION, status },
        );
      }
      while (queue.length > 0) yield queue.shift() as EventSourceMessage;
    }
  } finally {
    // Not awaited: a body whose source ignores cancellation must not hold the watch.
    void reader.cancel().catch(() => undefined);
  }
}
