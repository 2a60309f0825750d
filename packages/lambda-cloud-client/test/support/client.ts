import { LambdaCloudClient, type LambdaCloudClientOptions } from "../../src/index.js";
import type { LambdaCloudMockOptions } from "../../src/mock/index.js";
import { useLambdaMock } from "./server.js";

/** A request as it reached the server (msw), read before any handler consumed its body. */
export interface SentRequest {
  readonly method: string;
  /** Scheme, host and port, e.g. `https://cloud.lambda.ai`. */
  readonly origin: string;
  /** Path below the base URL, e.g. `/instances/abc`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  /** Parsed JSON body; undefined without a body. */
  readonly body: unknown;
}

/** The version the jest preset defines for `__PACKAGE_VERSION__`: the package.json version. */
export const USER_AGENT = `@cloud-sdk/lambda-cloud-client/${(require("../../package.json") as { version: string }).version}`;

/** A custom header every test client sends, to check that client headers reach the wire. */
export const TEAM_HEADER = { "X-Team": "research" } as const;

async function record(request: Request, basePath: string): Promise<SentRequest> {
  const url = new URL(request.url);
  const text = await request.text();
  return {
    method: request.method,
    origin: url.origin,
    path: url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname,
    query: url.searchParams,
    headers: request.headers,
    body: text === "" ? undefined : JSON.parse(text),
  };
}

/**
 * The fake served by msw, plus a recorder of every request that reaches it and a factory of
 * clients pointed at it (with the fake's key and {@link TEAM_HEADER}).
 */
export function useLambdaClient(mockOptions?: LambdaCloudMockOptions) {
  const harness = useLambdaMock(mockOptions);
  const basePath = new URL(harness.mock.baseURL).pathname;
  let recorded: Promise<SentRequest>[] = [];
  beforeAll(() => {
    harness.server.events.on("request:start", ({ request }) => {
      recorded.push(record(request.clone(), basePath));
    });
  });
  afterEach(() => {
    recorded = [];
  });
  const client = (options: LambdaCloudClientOptions = {}) =>
    new LambdaCloudClient({ apiKey: harness.mock.apiKey, baseURL: harness.mock.baseURL, headers: TEAM_HEADER, ...options });
  const sent = () => Promise.all(recorded);
  const lastSent = async (): Promise<SentRequest> => {
    const all = await sent();
    const last = all.at(-1);
    if (!last) throw new Error("no request was sent");
    return last;
  };
  return { ...harness, client, sent, lastSent };
}

/**
 * Asserts what every request of the client carries: the method, the path, the Bearer key, the
 * User-Agent, the custom header, and the JSON body (with its content type) or no body.
 */
export function expectRequest(
  request: SentRequest,
  expected: { method: string; path: string; apiKey: string; body?: unknown; query?: Record<string, string | string[]> },
): void {
  expect(request.method).toBe(expected.method);
  expect(request.path).toBe(expected.path);
  expect(request.headers.get("authorization")).toBe(`Bearer ${expected.apiKey}`);
  expect(request.headers.get("user-agent")).toBe(USER_AGENT);
  expect(request.headers.get("x-team")).toBe(TEAM_HEADER["X-Team"]);
  expect(request.headers.get("accept")).toBe("application/json");
  if (expected.body === undefined) {
    expect(request.body).toBeUndefined();
  } else {
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.body).toEqual(expected.body);
  }
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(request.query.keys())) {
    const values = request.query.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  expect(query).toEqual(expected.query ?? {});
}
