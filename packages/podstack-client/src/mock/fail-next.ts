import { HttpResponse } from "msw";

/** A failure for `mock.failNext`: the next `times` requests (default 1) get this answer. */
export interface PodstackMockFailure {
  /** HTTP status, e.g. 429 or 503. */
  status: number;
  /** Body: a string is sent as text, anything else as JSON. Default `{ "detail": <reason> }`. */
  body?: unknown;
  /** Extra headers, e.g. `{ "Retry-After": "2" }`. */
  headers?: Record<string, string>;
  /** How many requests in a row fail this way. Default 1. */
  times?: number;
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Invalid API token",
  403: "Access denied to resource",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  422: "Validation error",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * Failures queued by `mock.failNext`, answered in order before any other check (so a 429 or 503
 * is answered even to a request the fake would otherwise reject), without touching the state.
 */
export class FailureQueue {
  private readonly queue: { failure: PodstackMockFailure; left: number }[] = [];

  /** Queues a failure; an invalid `times` or status is a bug in the test, so it throws. */
  push(failure: PodstackMockFailure): void {
    const times = failure.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new RangeError("failNext: times must be a positive integer");
    if (!Number.isInteger(failure.status) || failure.status < 200 || failure.status > 599) {
      throw new RangeError("failNext: status must be an HTTP status code");
    }
    this.queue.push({ failure, left: times });
  }

  /** The response for this request, when a failure is queued. */
  take(): Response | undefined {
    const head = this.queue[0];
    if (head === undefined) return undefined;
    head.left -= 1;
    if (head.left === 0) this.queue.shift();
    const { status, body, headers = {} } = head.failure;
    if (typeof body === "string")
      return new HttpResponse(body, {
        status,
        headers: { "Content-Type": "text/plain", ...headers },
      });
    return HttpResponse.json(
      body === undefined ? { detail: REASONS[status] ?? "Simulated failure" } : body,
      {
        status,
        headers,
      },
    );
  }

  /** Number of requests that will still fail. */
  get pending(): number {
    return this.queue.reduce((sum, entry) => sum + entry.left, 0);
  }

  /** Drops every queued failure. */
  clear(): void {
    this.queue.length = 0;
  }
}
