import { ConnectionError } from "../errors/connection-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { abortErrorFor } from "../utils/abortable.js";

/** What a streamed body is watched for. */
export interface WatchOptions {
  readonly operation: string;
  /** Longest wait for the next chunk, in ms: the call's `timeout`. */
  readonly idleTimeoutMs: number;
  /** The caller's signal: its abort ends the stream with an AbortError whose cause is its reason. */
  readonly signal: AbortSignal | undefined;
  /** The call's own signal that follows the caller's (one listener on it, not on the caller's). */
  readonly linkedSignal: AbortSignal | undefined;
  /** Runs once when the stream ends, however it ends (done, error, timeout, cancel). */
  readonly onEnd: () => void;
  /** Turns a failure into the provider's own class, as every other failure of the transport. */
  readonly wrapError: (error: ConnectionError | TimeoutError | Error) => Error;
}

/**
 * A response body handed to the caller unread (server-sent events, a log stream, a large download),
 * still bounded: a chunk that does not come within the call's timeout ends the stream with a
 * TimeoutError and cancels the body (closing the connection); the caller's signal ends it with an
 * AbortError; a connection lost mid-way is a ConnectionError that says so. Nothing is buffered here:
 * memory is bounded by how the caller reads.
 *
 * Own code: ky's timeout ends when the headers arrive, and ky hands a streamed body over unwatched.
 */
export function watchStream(body: ReadableStream<Uint8Array> | null, options: WatchOptions): ReadableStream<Uint8Array> {
  if (!body) {
    options.onEnd();
    return new ReadableStream({ start: (controller) => controller.close() });
  }
  const reader = body.getReader();
  // Also for a fetch that does not end its body on abort: the read is raced against the abort.
  const onAbort = { resolve: (): void => undefined };
  const aborted = new Promise<"aborted">((resolve) => {
    onAbort.resolve = () => resolve("aborted");
    options.linkedSignal?.addEventListener("abort", onAbort.resolve, { once: true });
  });
  let ended = false;
  // The caller's clean-up (the signal's link) and our listener, once, however the stream ends.
  const end = () => {
    if (ended) return;
    ended = true;
    options.linkedSignal?.removeEventListener("abort", onAbort.resolve);
    options.onEnd();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const idle = new Promise<"idle">((resolve) => {
        timer = setTimeout(() => resolve("idle"), options.idleTimeoutMs);
      });
      try {
        const next = await Promise.race([reader.read(), idle, aborted]);
        if (next === "aborted") throw options.signal?.reason;
        if (next === "idle") {
          void reader.cancel().catch(() => undefined);
          end();
          controller.error(
            options.wrapError(
              new TimeoutError(
                `${options.operation}: no data for ${options.idleTimeoutMs} ms while streaming the response; the stream was closed. ` +
                  `Raise the timeout option if the server may stay silent longer.`,
                { timeoutMs: options.idleTimeoutMs, operation: options.operation },
              ),
            ),
          );
          return;
        }
        if (next.done) {
          end();
          controller.close();
          return;
        }
        controller.enqueue(next.value);
      } catch (error) {
        end();
        if (options.signal?.aborted) {
          void reader.cancel(options.signal.reason).catch(() => undefined);
          controller.error(abortErrorFor(options.signal, options.operation, options.operation));
        }
        else {
          controller.error(
            options.wrapError(
              new ConnectionError(
                `${options.operation}: the connection was closed while reading the streamed response: ${(error as { message?: unknown } | null)?.message ?? String(error)}.`,
                { cause: error, operation: options.operation },
              ),
            ),
          );
        }
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      end();
      return reader.cancel(reason);
    },
  });
}
