import { AbortError } from "../errors/abort-error.js";
import { sleep } from "../utils/abortable.js";
import { WaitTimeoutError } from "./wait-timeout-error.js";

/** Options of {@link poll}. */
export interface PollOptions<TValue> {
  /** SDK operation, for messages: "pods.waitUntilRunning". */
  operation: string;
  /** What is awaited, for messages: "pod pod-123 to be Running". */
  description: string;
  /** Fetches the current value; it receives a signal that aborts when the wait is over. */
  fetch: (signal: AbortSignal) => Promise<TValue>;
  /** True when the value is the awaited one. */
  isDone: (value: TValue) => boolean;
  /** An error when the value is a dead end (Failed, ERROR): the wait stops and rejects with it. */
  failure?: ((value: TValue) => Error | undefined) | undefined;
  /** Words for the last value in a timeout message, e.g. its status. */
  describe?: ((value: TValue) => string) | undefined;
  /** Milliseconds between two fetches. Default 2 000. */
  interval?: number | undefined;
  /** Milliseconds before giving up with a {@link WaitTimeoutError}. Default 300 000. */
  timeout?: number | undefined;
  /** Cancels the wait: it rejects with an AbortError. */
  signal?: AbortSignal | undefined;
  /** Called with each value, e.g. to show progress. */
  onPoll?: ((value: TValue, attempt: number) => void) | undefined;
}

/**
 * Fetches a value every `interval` until `isDone`, a `failure`, the `timeout` or the `signal`. Every
 * ending is a settled promise: the value, the failure's error, a {@link WaitTimeoutError} or an
 * {@link AbortError}. No timer or listener outlives it.
 *
 * @example
 * ```ts
 * const pod = await poll({
 *   operation: "pods.waitUntilRunning",
 *   description: `pod ${id} to be Running`,
 *   fetch: (signal) => client.pods.get(id, { signal }),
 *   isDone: (pod) => pod.status === "Running",
 *   failure: (pod) => (pod.status === "Failed" ? new PodFailedError(pod) : undefined),
 * });
 * ```
 */
export async function poll<TValue>(options: PollOptions<TValue>): Promise<TValue> {
  const interval = options.interval ?? 2_000;
  const timeout = options.timeout ?? 300_000;
  const deadline = Date.now() + timeout;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let last: { value: TValue } | undefined;
  // Failures of fetch or sleep are re-read here: a caller's abort, or the deadline, says why.
  const classify = (error: unknown): unknown => {
    if (options.signal?.aborted) return cancelled(options, error);
    if (controller.signal.aborted || Date.now() >= deadline) return timedOut(options, timeout, last, error);
    return error;
  };
  try {
    for (let attempt = 1; ; attempt++) {
      if (options.signal?.aborted) throw cancelled(options);
      let value: TValue;
      try {
        value = await options.fetch(controller.signal);
      } catch (error) {
        throw classify(error);
      }
      last = { value };
      options.onPoll?.(value, attempt);
      if (options.isDone(value)) return value;
      const failure = options.failure?.(value);
      if (failure) throw failure;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw timedOut(options, timeout, last);
      try {
        await sleep(Math.min(interval, remaining), controller.signal);
      } catch (error) {
        throw classify(error);
      }
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

function cancelled<TValue>(options: PollOptions<TValue>, cause?: unknown): AbortError {
  if (cause instanceof AbortError && cause.operation === options.operation) return cause;
  return new AbortError(`Waiting for ${options.description} was cancelled by the caller (its AbortSignal was aborted).`, {
    operation: options.operation,
    cause: options.signal?.reason ?? cause,
  });
}

function timedOut<TValue>(options: PollOptions<TValue>, timeout: number, last: { value: TValue } | undefined, cause?: unknown) {
  if (cause instanceof WaitTimeoutError) return cause;
  const seen = last && options.describe ? ` (last seen: ${options.describe(last.value)})` : "";
  return new WaitTimeoutError(
    `Timed out after ${Math.round(timeout / 1000)} s waiting for ${options.description}${seen}. ` +
      `Pass a longer timeout to keep waiting, or check the resource in the provider's dashboard.`,
    { timeoutMs: timeout, operation: options.operation, lastValue: last?.value, cause },
  );
}
