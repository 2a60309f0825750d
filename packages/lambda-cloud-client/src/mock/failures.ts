import { HttpResponse } from "msw";
import { LAMBDA_CLOUD_ERRORS } from "./errors.js";
import type { LambdaCloudMockFailure } from "./types.js";

/**
 * The body a canned failure gets when none is given. 429 is plain text because Lambda documents
 * no 429 body and it has been a Cloudflare page (error 1015); 503 is the spec's own
 * `provider/internal-unavailable` example; other statuses get the matching documented error.
 */
export function defaultFailureBody(status: number): unknown {
  switch (status) {
    case 400:
      return { error: LAMBDA_CLOUD_ERRORS.invalidParameters };
    case 401:
      return { error: LAMBDA_CLOUD_ERRORS.invalidApiKey };
    case 403:
      return { error: LAMBDA_CLOUD_ERRORS.accountInactive };
    case 404:
      return { error: LAMBDA_CLOUD_ERRORS.notFound };
    case 409:
      return { error: LAMBDA_CLOUD_ERRORS.conflict };
    case 429:
      return "error code: 1015";
    case 503:
      return { error: LAMBDA_CLOUD_ERRORS.providerUnavailable };
    default:
      return { error: LAMBDA_CLOUD_ERRORS.internalError };
  }
}

function toResponse(failure: LambdaCloudMockFailure): Response {
  const body = failure.body === undefined ? defaultFailureBody(failure.status) : failure.body;
  const headers = new Headers(failure.headers);
  if (typeof body === "string") {
    if (!headers.has("content-type")) headers.set("content-type", body.trimStart().startsWith("<") ? "text/html" : "text/plain");
    return new HttpResponse(body, { status: failure.status, headers });
  }
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return new HttpResponse(JSON.stringify(body), { status: failure.status, headers });
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

/** Pending canned failures, consumed first-in first-out by the requests they match. */
export class FailureQueue {
  private pending: { failure: LambdaCloudMockFailure; remaining: number }[] = [];

  /** Queues a failure; see {@link LambdaCloudMockFailure}. */
  add(failure: LambdaCloudMockFailure): void {
    const remaining = failure.times ?? 1;
    if (!Number.isInteger(remaining) || remaining < 1) throw new RangeError("failNext: times must be a positive integer");
    this.pending.push({ failure, remaining });
  }

  /** Takes the first failure matching this request, if any, and counts it down. */
  take(method: string, path: string): { response: Response; afterEffect: boolean } | undefined {
    const index = this.pending.findIndex(
      ({ failure }) =>
        (failure.method === undefined || failure.method.toUpperCase() === method.toUpperCase()) &&
        (failure.path === undefined || trimSlash(failure.path) === trimSlash(path)),
    );
    const entry = this.pending[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.pending.splice(index, 1);
    return { response: toResponse(entry.failure), afterEffect: entry.failure.afterEffect === true };
  }

  /** Forgets every pending failure. */
  clear(): void {
    this.pending = [];
  }
}
