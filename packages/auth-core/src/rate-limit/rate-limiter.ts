import { sleep } from "../utils/abortable.js";

/** Spaces requests out on the client side, before the server has to answer 429. */
export interface RateLimiter {
  /** Resolves when the next request may go; rejects with an AbortError if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/**
 * A limiter that lets one request through every `intervalMs` (1 request per second is
 * `createRateLimiter({ intervalMs: 1000 })`). Concurrent callers queue in call order.
 *
 * @example
 * ```ts
 * const launches = createRateLimiter({ intervalMs: 12_000 }); // Lambda: 1 launch per 12 s
 * await launches.acquire();
 * ```
 */
export function createRateLimiter(options: { intervalMs: number }): RateLimiter {
  let nextSlot = 0;
  return {
    async acquire(signal?: AbortSignal) {
      const now = Date.now();
      const wait = Math.max(0, nextSlot - now);
      // Reserve the slot before waiting, so concurrent callers line up instead of colliding.
      nextSlot = Math.max(now, nextSlot) + options.intervalMs;
      if (wait > 0) await sleep(wait, signal, "Waiting for the client-side rate limit");
    },
  };
}
