import type { RequestContext } from "./context";
import { error, json } from "./respond";
import type { PhotaMockFailure, PhotaMockState } from "./state";

const DEFAULT_DETAILS: Record<number, string> = {
  429: "Too many requests. Please retry later.",
  500: "Internal server error.",
  502: "Bad gateway.",
  503: "Service temporarily unavailable. Please retry.",
  504: "The request exceeded the 600 s synchronous time limit. The reserved cost has been refunded.",
};

/** Queues a failure (see {@link PhotaMockFailure}); `times` defaults to 1. */
export function enqueueFailure(state: PhotaMockState, failure: PhotaMockFailure): void {
  const times = failure.times ?? 1;
  if (!Number.isInteger(times) || times < 1) throw new RangeError("failNext: times must be a positive integer.");
  state.failures.push({ ...failure, times });
}

function matches(failure: PhotaMockFailure, method: string, path: string): boolean {
  if (failure.method && failure.method.toUpperCase() !== method.toUpperCase()) return false;
  return failure.path === undefined || path.startsWith(failure.path);
}

/**
 * The queued failure that applies to this request in this phase, consumed (one `times`), or
 * `undefined`. The first matching failure decides: one meant for after processing is left for
 * that phase, so the request is processed first.
 */
export function takeFailure(
  state: PhotaMockState,
  method: string,
  path: string,
  phase: "before" | "after",
): PhotaMockFailure | undefined {
  const index = state.failures.findIndex((failure) => matches(failure, method, path));
  const failure = state.failures[index];
  if (!failure || (failure.afterProcessing === true) !== (phase === "after")) return undefined;
  failure.times = (failure.times ?? 1) - 1;
  if (failure.times <= 0) state.failures.splice(index, 1);
  return failure;
}

/** The response for a queued failure. */
export function failureResponse(ctx: RequestContext, failure: PhotaMockFailure): Response {
  const headers = { ...(failure.status === 429 ? { "Retry-After": "1" } : {}), ...failure.headers };
  if (failure.body !== undefined) return json(ctx, failure.body, failure.status, headers);
  const detail = DEFAULT_DETAILS[failure.status] ?? `Mock failure (${failure.status}).`;
  return error(ctx, failure.status, { detail }, headers);
}
