import type { HttpHandler } from "msw";
import { PODSTACK_DEFAULT_BASE_URL } from "../routes";
import type { MockContext } from "./context";
import { FailureQueue, type PodstackMockFailure } from "./fail-next";
import { accountHandlers } from "./handlers/account";
import { podActivityHandlers } from "./handlers/pod-activity";
import { bucketHandlers } from "./handlers/buckets";
import { podHandlers } from "./handlers/pods";
import { taskHandlers } from "./handlers/tasks";
import { vmHandlers } from "./handlers/vms";
import { volumeHandlers } from "./handlers/volumes";
import { normalizeBaseURL } from "./http";
import type { PodStatusCase } from "./pod-lifecycle";
import { fallbackRoute } from "./route";
import { PODSTACK_MOCK_S3_ENDPOINT } from "./s3/s3-constants";
import { s3Handlers } from "./s3/s3-handlers";
import { defaultSeed, PODSTACK_MOCK_API_KEY } from "./seed";
import type { PodstackMockSeed, PodstackMockState } from "./state";

/** Options of {@link createPodstackMock}. */
export interface PodstackMockOptions {
  /** Base URL the handlers answer on, with or without a trailing slash. Default: `https://api.podstack.ai/v1`. */
  baseURL?: string;
  /** The one token the fake accepts. Default: {@link PODSTACK_MOCK_API_KEY}. */
  apiKey?: string;
  /** Initial data; each part given replaces that part of the default seed. */
  seed?: Partial<PodstackMockSeed>;
  /**
   * Letter case of pod statuses on the wire. Default `"lowercase"`, like the only JSON sample in
   * Podstack's docs (the CLI's `pod list -o json`); `"capitalized"` is how the UI shows them.
   */
  statusCase?: PodStatusCase;
  /** Origin of the fake S3 endpoint that serves the buckets' objects. Default: `https://s3.podstack.ai`. */
  s3Endpoint?: string;
}

/** A stateful fake of the Podstack API, as msw handlers. */
export interface PodstackMock {
  /** The base URL the handlers answer on, without a trailing slash. */
  readonly baseURL: string;
  /** The one token the fake accepts; any other gets a 401. */
  readonly apiKey: string;
  /** The fake S3 endpoint that `buckets.getCredentials` names, without a trailing slash. */
  readonly s3Endpoint: string;
  /** msw request handlers: `setupServer(...mock.handlers)` or `setupWorker(...mock.handlers)`. */
  readonly handlers: readonly HttpHandler[];
  /** The fake's current data, for assertions in users' tests (the same object across resets). */
  readonly state: PodstackMockState;
  /** Back to the seed; also drops queued failures and restarts ids and the clock. */
  reset(): void;
  /**
   * Makes the next request(s) fail with this status, body and headers, before any other check.
   *
   * @example
   * ```ts
   * mock.failNext({ status: 429, headers: { "Retry-After": "1" } });
   * mock.failNext({ status: 503, times: 2 });
   * ```
   */
  failNext(failure: PodstackMockFailure): void;
}

const CLOCK_START = Date.UTC(2024, 0, 16, 9, 0, 0);

/**
 * Creates a fake of the Podstack API. Time advances on reads: a new pod is `Creating`, and each
 * read of it (a get, or a list that holds it) takes it one step, `Pending` then `Running` (or
 * `Failed` for pods the seed's `failPods` names). VMs move the same way (`creating → starting →
 * running`), tasks advance on each read (`pending → running → completed`), snapshots restore
 * through a task, and a running pod logs a new line each time its logs are read.
 *
 * @example
 * ```ts
 * const mock = createPodstackMock();
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 * await fetch(`${mock.baseURL}/pods`, { headers: { Authorization: `Bearer ${mock.apiKey}` } });
 * ```
 */
export function createPodstackMock(options: PodstackMockOptions = {}): PodstackMock {
  const seed = (): PodstackMockSeed => structuredClone({ ...defaultSeed(), ...options.seed });
  const state: PodstackMockState = seed();
  const failures = new FailureQueue();
  let counter = 0;
  let ticks = 0;
  let requests = 0;

  const ctx: MockContext = {
    baseURL: normalizeBaseURL(options.baseURL ?? PODSTACK_DEFAULT_BASE_URL),
    apiKey: options.apiKey ?? PODSTACK_MOCK_API_KEY,
    statusCase: options.statusCase ?? "lowercase",
    s3Endpoint: normalizeBaseURL(options.s3Endpoint ?? PODSTACK_MOCK_S3_ENDPOINT),
    state,
    nextId(prefix) {
      const taken = new Set([
        ...state.pods.map((pod) => pod.id),
        ...state.volumes.map((volume) => volume.id),
        ...state.vms.flatMap((vm) => [
          vm.id,
          ...vm.snapshots.map((snapshot) => snapshot.id),
          ...vm.firewall_rules.map((rule) => rule.id),
        ]),
        ...state.tasks.map((task) => task.id),
        ...state.templates.map((template) => template.id),
        ...state.buckets.map((bucket) => bucket.id),
      ]);
      let id: string;
      do {
        counter += 1;
        id = `${prefix}-${1000 + counter}`;
      } while (taken.has(id));
      return id;
    },
    now() {
      ticks += 1;
      return new Date(CLOCK_START + ticks * 60_000).toISOString();
    },
    nextRequestId() {
      requests += 1;
      return `req_mock_${requests.toString(16).padStart(6, "0")}`;
    },
    takeFailure: () => failures.take(),
  };

  const s3 = s3Handlers(ctx);
  const handlers = [
    ...accountHandlers(ctx),
    ...podHandlers(ctx),
    ...podActivityHandlers(ctx),
    ...vmHandlers(ctx),
    ...taskHandlers(ctx),
    ...volumeHandlers(ctx),
    ...bucketHandlers(ctx),
    ...s3.handlers,
    fallbackRoute(ctx),
  ];

  return {
    baseURL: ctx.baseURL,
    apiKey: ctx.apiKey,
    s3Endpoint: ctx.s3Endpoint,
    handlers,
    state,
    reset() {
      Object.assign(state, seed());
      failures.clear();
      s3.reset();
      counter = 0;
      ticks = 0;
      requests = 0;
    },
    failNext(failure) {
      failures.push(failure);
    },
  };
}
