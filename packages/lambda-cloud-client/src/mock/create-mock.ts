import type { MockContext } from "./context.js";
import { FailureQueue } from "./failures.js";
import { createHandlers } from "./handlers/index.js";
import { createRuntime } from "./runtime.js";
import { createState } from "./state.js";
import type { LambdaCloudMock, LambdaCloudMockOptions } from "./types.js";

/** The key the fake accepts unless `apiKey` is given; shaped like Lambda's `secret_<id>.<token>`. */
export const LAMBDA_CLOUD_MOCK_API_KEY = "secret_mock-lambda-cloud.0123456789abcdef0123456789abcdef";

/** Lambda's production base URL, the fake's default. */
export const LAMBDA_CLOUD_DEFAULT_BASE_URL = "https://cloud.lambda.ai/api/v1";

// FNV-1a: mocks on different URLs or keys get different (but reproducible) ids.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function pathOf(baseURL: string): string {
  try {
    return new URL(baseURL).pathname.replace(/\/+$/, "");
  } catch {
    return baseURL; // a relative base URL, as used with msw's browser worker
  }
}

/**
 * Creates a stateful fake of the Lambda Cloud API for msw. Each mock has its own data.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createLambdaCloudMock, LAMBDA_CLOUD_MOCK_API_KEY } from "@cloud-sdk/lambda-cloud-client/mock";
 *
 * const mock = createLambdaCloudMock();
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: "error" });
 *
 * const res = await fetch(`${mock.baseURL}/instances`, {
 *   headers: { Authorization: `Bearer ${LAMBDA_CLOUD_MOCK_API_KEY}` },
 * });
 * const { data } = await res.json(); // [{ id: "0920582c7ff041399e34823a0be62549", status: "active", ... }]
 * ```
 */
export function createLambdaCloudMock(options: LambdaCloudMockOptions = {}): LambdaCloudMock {
  const baseURL = (options.baseURL ?? LAMBDA_CLOUD_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const apiKey = options.apiKey ?? LAMBDA_CLOUD_MOCK_API_KEY;
  const pageSize = options.auditEventsPageSize ?? 3;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError("auditEventsPageSize must be a positive integer");
  const runtimeSeed = hash(`${baseURL} ${apiKey}`);
  const ctx: MockContext = {
    baseURL,
    basePath: pathOf(baseURL),
    apiKey,
    state: createState(options.seed),
    runtime: createRuntime(runtimeSeed),
    failures: new FailureQueue(),
    auditEventsPageSize: pageSize,
    auditEventsShape: options.auditEventsShape ?? "1.10.0",
  };
  return {
    baseURL,
    apiKey,
    handlers: createHandlers(ctx),
    state: ctx.state,
    reset() {
      // In place, so that references to `mock.state` stay current.
      Object.assign(ctx.state, createState(options.seed));
      ctx.runtime = createRuntime(runtimeSeed);
      ctx.failures.clear();
    },
    failNext(failure) {
      ctx.failures.add(failure);
    },
  };
}
