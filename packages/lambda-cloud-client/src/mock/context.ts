import type { FailureQueue } from "./failures.js";
import type { MockRuntime } from "./runtime.js";
import type { LambdaCloudMockState } from "./types.js";

/** What every handler of one mock shares. */
export interface MockContext {
  /** Base URL without trailing slash, e.g. `https://cloud.lambda.ai/api/v1`. */
  readonly baseURL: string;
  /** The path part of {@link baseURL}, e.g. `/api/v1`, to find a request's API path. */
  readonly basePath: string;
  readonly apiKey: string;
  /** Replaced in place by `reset()`, so handlers always see the current data. */
  readonly state: LambdaCloudMockState;
  /** Replaced by `reset()`; read it at request time, never capture it. */
  runtime: MockRuntime;
  readonly failures: FailureQueue;
  readonly auditEventsPageSize: number;
  readonly auditEventsShape: "1.10.0" | "1.8.3";
}
