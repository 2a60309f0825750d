import { AbortError } from "../errors/abort-error.js";

/** An AbortError for a cancelled signal, keeping its reason as `cause`. */
export function abortErrorFor(signal: AbortSignal, what: string, operation?: string): AbortError {
  return new AbortError(`${what} was cancelled by the caller (its AbortSignal was aborted).`, {
    cause: signal.reason,
    ...(operation === undefined ? {} : { operation }),
  });
}

/**
 * Waits for `promise`, or rejects with an AbortError as soon as `signal` aborts. The promise itself
 * is left to settle on its own (it may be shared with other callers).
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, what: string, operation?: string): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortErrorFor(signal, what, operation));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortErrorFor(signal, what, operation));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Sleeps `ms`, or rejects with an AbortError when `signal` aborts. The timer is cleared either way,
 * so nothing is left behind.
 */
export function sleep(ms: number, signal?: AbortSignal, what = "Waiting", operation?: string): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal, what, operation));
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortErrorFor(signal as AbortSignal, what, operation));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
