import type { LinkedSignal } from "./linked-signal.js";
import type { TransportRequest } from "./transport-options.js";

/** What one attempt learned about the credential it sent, for scrubbing and the 401 refresh. */
export interface SentCredential {
  secret: string | undefined;
  refreshable: boolean;
}

/** One call as it goes to ky: where, how, with what, and what its attempts learned. */
export interface CallParts {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: BodyInit | undefined;
  readonly idempotent: boolean;
  readonly linked: LinkedSignal | undefined;
  readonly sent: SentCredential;
}

/**
 * What the transport's ky hooks, fetch and retry decision learn of the call they run for. They are
 * made once per transport; a call hands itself over through ky's `context` option, and the
 * `beforeRequest` hook ties it to the Request of each attempt, which ky passes on to its `fetch`
 * and to its TimeoutError.
 */
export interface CallContext {
  readonly request: TransportRequest<unknown>;
  readonly parts: CallParts;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly maxResponseBytes: number;
}

const byRequest = new WeakMap<Request, CallContext>();

/** The call, from ky's `context` option (every request of the transport goes out with one). */
export function callOf(context: Record<string, unknown>): CallContext {
  return context["call"] as CallContext;
}

/** Ties an attempt's Request to its call, for the `fetch` and the retry decision. */
export function attachCall(request: Request, call: CallContext): void {
  byRequest.set(request, call);
}

/** The call an attempt's Request belongs to. */
export function callFor(request: Request | undefined): CallContext | undefined {
  return request ? byRequest.get(request) : undefined;
}
