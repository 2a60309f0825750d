import type { HttpHandler } from "msw";
import { PHOTA_DEFAULT_BASE_URL, PHOTA_MOCK_API_KEY } from "./constants";
import type { MockConfig } from "./context";
import { enqueueFailure } from "./failures";
import { accountHandlers, downloadHandlers, jobHandlers, profileHandlers, studioHandlers } from "./handlers";
import { type PhotaMockSeed, resolveSeed } from "./seed";
import { type PhotaMockShapes, resolveShapes } from "./shapes";
import { type PhotaMockFailure, type PhotaMockState, createState, resetState } from "./state";

/** Options of {@link createPhotaMock}. */
export interface PhotaMockOptions {
  /** Base URL the handlers answer on. Default: Phota's, `https://api.photalabs.com/v1/phota`. */
  baseURL?: string;
  /** The one key the fake accepts in `X-API-Key`. Default: {@link PHOTA_MOCK_API_KEY}. */
  apiKey?: string;
  /** Initial data; default: {@link DEFAULT_PHOTA_MOCK_SEED}. Each field may be given on its own. */
  seed?: Partial<PhotaMockSeed>;
  /**
   * How some answers are shaped, e.g. `{ knownSubjects: "null" }` for the `known_subjects: null`
   * of `@ai-sdk/phota`'s fixtures; default {@link DEFAULT_PHOTA_MOCK_SHAPES}.
   *
   * @example
   * ```ts
   * createPhotaMock({ shapes: { knownSubjects: "absent", profileStatusMessage: "absent", jobFailedStatus: "CANCELLED" } });
   * ```
   */
  shapes?: Partial<PhotaMockShapes>;
}

/** A stateful fake of the Phota API, as msw handlers. */
export interface PhotaMock {
  /** The base URL the handlers answer on, without a trailing slash. */
  readonly baseURL: string;
  /** The one key the fake accepts in `X-API-Key`. */
  readonly apiKey: string;
  /** msw request handlers: `setupServer(...mock.handlers)` or `setupWorker(...mock.handlers)`. */
  readonly handlers: readonly HttpHandler[];
  /** The fake's current data, for assertions in users' tests. */
  readonly state: PhotaMockState;
  /**
   * How some answers are shaped; change a field to switch shapes from the next request on (`reset()`
   * restores the ones the fake was created with).
   *
   * @example
   * ```ts
   * mock.shapes.knownSubjects = "null"; // results without a recognised profile answer known_subjects: null
   * ```
   */
  readonly shapes: PhotaMockShapes;
  /** Back to the seed and the shapes it was created with (also clears queued failures). */
  reset(): void;
  /**
   * Makes the next matching request(s) fail, for retry and error tests.
   *
   * @example
   * ```ts
   * mock.failNext({ status: 503, times: 2, path: "/edit" }); // two 503s, then normal answers
   * mock.failNext({ status: 504, path: "/edit", afterProcessing: true }); // work done, answer lost
   * ```
   */
  failNext(failure: PhotaMockFailure): void;
}

/**
 * Creates a fake Phota API. State is per instance; time advances on reads (a profile's status
 * moves one step per status read, a job one step per poll).
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createPhotaMock, PHOTA_MOCK_API_KEY } from "@cloud-sdk/phota-client/mock";
 *
 * const mock = createPhotaMock();
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 * await fetch(`${mock.baseURL}/profiles/ids`, { headers: { "X-API-Key": PHOTA_MOCK_API_KEY } });
 * ```
 */
export function createPhotaMock(options: PhotaMockOptions = {}): PhotaMock {
  const baseURL = (options.baseURL ?? PHOTA_DEFAULT_BASE_URL).replace(/\/+$/, "");
  new URL(baseURL); // fail early on a relative or malformed base URL
  const shapes = resolveShapes(options.shapes);
  const config: MockConfig = { baseURL, apiKey: options.apiKey ?? PHOTA_MOCK_API_KEY, shapes: { ...shapes } };
  const seed = resolveSeed(options.seed);
  const state = createState(seed);
  const handlers = [
    ...studioHandlers(state, config),
    ...jobHandlers(state, config),
    ...profileHandlers(state, config),
    ...accountHandlers(state, config),
    ...downloadHandlers(state, config),
  ];
  return {
    baseURL,
    apiKey: config.apiKey,
    handlers,
    state,
    shapes: config.shapes,
    reset: () => {
      resetState(state, seed);
      Object.assign(config.shapes, shapes);
    },
    failNext: (failure) => enqueueFailure(state, failure),
  };
}
