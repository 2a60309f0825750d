import type { PodStatusCase } from "./pod-lifecycle";
import type { PodstackMockState } from "./state";

/** What every handler of one mock shares. */
export interface MockContext {
  readonly baseURL: string;
  readonly apiKey: string;
  readonly statusCase: PodStatusCase;
  /** The mock's data; the same object for the mock's whole life (reset refills it). */
  readonly state: PodstackMockState;
  /** A new id such as `pod-1001`, never one already in the state. */
  nextId(prefix: "pod" | "vol" | "vm" | "snap" | "fw" | "task" | "tmpl" | "bkt"): string;
  /** The fake clock: one minute later on each call, from a fixed start (deterministic). */
  now(): string;
  /** A new `x-request-id` value, e.g. `req_mock_00002a`. */
  nextRequestId(): string;
  /** The fake S3 endpoint's origin, e.g. `https://s3.podstack.ai`. */
  readonly s3Endpoint: string;
  /** The queued `failNext` answer for this request, if any. */
  takeFailure(): Response | undefined;
}
