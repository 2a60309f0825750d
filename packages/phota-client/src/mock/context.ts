import type { PhotaMockShapes } from "./shapes";
import type { PhotaMockState } from "./state";

/** What the fake was created with, resolved. */
export interface MockConfig {
  /** Without a trailing slash. */
  baseURL: string;
  apiKey: string;
  /** How some answers are shaped (see {@link PhotaMockShapes}). */
  shapes: PhotaMockShapes;
}

/** Per-request context handed to the handlers. */
export interface RequestContext {
  state: PhotaMockState;
  config: MockConfig;
  /** Sent back as `X-Request-Id` and as `request_id` in error bodies. */
  requestId: string;
}
