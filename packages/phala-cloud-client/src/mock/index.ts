import type { HttpHandler } from "msw";
import { PHALA_CLOUD_DEFAULT_BASE_URL, PHALA_CLOUD_MOCK_API_KEY, PHALA_CLOUD_MOCK_SESSION_COOKIE } from "./constants";
import type { MockContext } from "./context";
import { type FailNextOptions, FailureQueue } from "./fail-next";
import { allHandlers } from "./handlers";
import { createState } from "./state";
import type { PhalaCloudMockSeed, PhalaCloudMockState } from "./types";

export {
  NOT_AUTHENTICATED_DETAIL,
  PHALA_CLOUD_DEFAULT_BASE_URL,
  PHALA_CLOUD_MOCK_API_KEY,
  PHALA_CLOUD_MOCK_SESSION_COOKIE,
  PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME,
} from "./constants";
export type { FailNextOptions } from "./fail-next";
export { defaultPhalaCloudMockSeed } from "./seed";
export type { MockCompose, MockCvm, MockPendingUpdate, MockProvision, MockUser, PhalaCloudMockSeed, PhalaCloudMockState } from "./types";

/** Options of {@link createPhalaCloudMock}. */
export interface PhalaCloudMockOptions {
  /** Base URL the handlers answer on, with or without a trailing slash. Default: the real API's. */
  baseURL?: string;
  /** The one `X-API-Key` the fake accepts. Default: {@link PHALA_CLOUD_MOCK_API_KEY}. */
  apiKey?: string;
  /**
   * The value of the `phala_session` cookie the fake accepts when no `X-API-Key` is sent (cookie
   * mode). Default: {@link PHALA_CLOUD_MOCK_SESSION_COOKIE}. Under Node, send it yourself:
   * `headers: { cookie: "phala_session=<value>" }`.
   */
  sessionCookie?: string;
  /** Initial data; each part given replaces the default seed's part. */
  seed?: Partial<PhalaCloudMockSeed>;
  /**
   * Answer in the shapes the official `@phala/cloud` 0.2.9 reads, where they differ from this
   * fake's default answers, so a test can check that a client reads both:
   *
   * - `PATCH /cvms/{id}/visibility`: the legacy flat CVM record (numeric `id`, no `resource`) at
   *   every API version (0.2.9 checks this answer against `CvmDetailV20251028Schema`);
   * - `GET /workspaces/{slug}/quotas`: `reserved_gpu.gpus` as `{ limit, remaining }`
   *   (`WorkspaceReservedGpuQuotaSchema`) instead of a number;
   * - `GET /cvms/{id}/stats`: no `in_progress` field (0.2.9 defaults it to `false`);
   * - `GET /apps` and `GET /apps/{app_id}`: an app whose CVMs are all deleted but which has
   *   revisions is still listed, as a "minimal app" (`{ app_id }`, every other field `null`;
   *   `DstackAppMinimalResponseV20251028Schema` / `…V20260121Schema`), at every version.
   *
   * Default false. Whether the real API answers each of these shapes today is not documented.
   *
   * @example
   * ```ts
   * const mock = createPhalaCloudMock({ referenceShapes: true });
   * ```
   */
  referenceShapes?: boolean;
}

/** A stateful fake of the Phala Cloud API. */
export interface PhalaCloudMock {
  /** The base URL the handlers answer on, without a trailing slash. */
  readonly baseURL: string;
  /** The one `X-API-Key` the fake accepts; pass it as the client's `apiKey`. */
  readonly apiKey: string;
  /** The accepted session cookie value (cookie name: {@link PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME}). */
  readonly sessionCookie: string;
  /** msw request handlers: `setupServer(...mock.handlers)` or `setupWorker(...mock.handlers)`. */
  readonly handlers: readonly HttpHandler[];
  /** The fake's current data, for assertions in users' tests. */
  readonly state: PhalaCloudMockState;
  /**
   * Makes the next request(s) fail with the given status/body/headers (or at the network level),
   * before the credential check. Calls queue up in order.
   *
   * @example
   * ```ts
   * mock.failNext({ status: 503, times: 2 });
   * mock.failNext({ status: 502, body: "<html>Bad Gateway</html>" });
   * mock.failNext({ networkError: true });
   * ```
   */
  failNext(options: FailNextOptions): void;
  /** Back to the seed; queued failures are dropped. */
  reset(): void;
}

/**
 * Creates a fake of the Phala Cloud API for msw: `X-API-Key` (or session cookie) checked, CVMs
 * provisioned, committed, started, stopped and deleted, shapes following `X-Phala-Version`.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createPhalaCloudMock } from "@cloud-sdk/phala-cloud-client/mock";
 *
 * const mock = createPhalaCloudMock();
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 * ```
 */
export function createPhalaCloudMock(options: PhalaCloudMockOptions = {}): PhalaCloudMock {
  const baseURL = (options.baseURL ?? PHALA_CLOUD_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const ctx: MockContext = {
    base: baseURL,
    apiKey: options.apiKey ?? PHALA_CLOUD_MOCK_API_KEY,
    sessionCookie: options.sessionCookie ?? PHALA_CLOUD_MOCK_SESSION_COOKIE,
    state: createState(options.seed),
    failures: new FailureQueue(),
    referenceShapes: options.referenceShapes === true,
  };
  return {
    baseURL,
    apiKey: ctx.apiKey,
    sessionCookie: ctx.sessionCookie,
    handlers: allHandlers(ctx),
    get state() {
      return ctx.state;
    },
    failNext: (failure) => ctx.failures.push(failure),
    reset() {
      ctx.state = createState(options.seed);
      ctx.failures.clear();
    },
  };
}
