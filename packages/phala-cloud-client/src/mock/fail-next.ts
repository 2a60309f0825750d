import { HttpResponse } from "msw";

/**
 * A failure for the fake to answer with instead of handling the next request(s), before the
 * credential check. A `string` body is sent as `text/plain` (as a proxy's 502 page would be);
 * any other body as JSON; no body gives FastAPI's `{"detail": "<reason>"}`.
 */
export type FailNextOptions =
  | {
      /** The HTTP status to answer with, 200 to 599. */
      status: number;
      /** The body: a string is sent as `text/plain`, anything else as JSON; omitted, FastAPI's `{"detail": …}`. */
      body?: unknown;
      /** Headers to add to the answer, e.g. `{ "Retry-After": "0" }`. */
      headers?: Record<string, string>;
      /** How many requests in a row fail. Default 1. */
      times?: number;
    }
  | {
      /** Fail at the network level (`fetch` rejects with a `TypeError`). */
      networkError: true;
      /** How many requests in a row fail. Default 1. */
      times?: number;
    };

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Not authenticated",
  403: "Forbidden",
  404: "Not Found",
  409: "Another operation is in progress",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** Failures queued by `mock.failNext`, taken one request at a time. */
export class FailureQueue {
  private readonly entries: { options: FailNextOptions; remaining: number }[] = [];

  /** Queues a failure; several calls queue several failures, in order. */
  push(options: FailNextOptions): void {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError("failNext: times must be a positive integer");
    if ("status" in options && (options.status < 200 || options.status > 599)) {
      throw new RangeError("failNext: status must be 200..599; use { networkError: true } for a network failure");
    }
    this.entries.push({ options, remaining: times });
  }

  /** The response for this request, if a failure is queued. */
  take(): Response | undefined {
    const head = this.entries[0];
    if (!head) return undefined;
    head.remaining -= 1;
    if (head.remaining === 0) this.entries.shift();
    return failureResponse(head.options);
  }

  /** Forgets every queued failure. */
  clear(): void {
    this.entries.length = 0;
  }

  /** How many requests are still set to fail. */
  get pending(): number {
    return this.entries.reduce((sum, entry) => sum + entry.remaining, 0);
  }
}

function failureResponse(options: FailNextOptions): Response {
  if ("networkError" in options) return HttpResponse.error();
  const { status, body, headers } = options;
  if (typeof body === "string") return HttpResponse.text(body, { status, headers });
  const payload = body === undefined ? { detail: REASONS[status] ?? "Error" } : body;
  return HttpResponse.json(payload as Record<string, unknown>, { status, headers });
}
