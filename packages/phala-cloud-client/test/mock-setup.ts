import { setupServer } from "msw/node";
import { createPhalaCloudMock, type PhalaCloudMock, type PhalaCloudMockOptions } from "../src/mock";

/** Starts one fake on an msw server for the test file; state is reset after each test. */
export function useMock(options?: PhalaCloudMockOptions): PhalaCloudMock {
  const mock = createPhalaCloudMock(options);
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => mock.reset());
  afterAll(() => server.close());
  return mock;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is (no JSON encoding), e.g. YAML. */
  text?: string;
  headers?: Record<string, string>;
  version?: string;
  /** `null` sends no X-API-Key. Default: the mock's key. */
  key?: string | null;
}

// Bodies default to `any`: tests assert them field by field (toEqual/toMatchObject) or parse them
// with the package's schemas; a static type here would only add casts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** One request to the fake with plain fetch; JSON bodies are parsed, others returned as text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(mock: PhalaCloudMock, method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? mock.apiKey : options.key;
  if (key !== null) headers["X-API-Key"] = key;
  if (options.version) headers["X-Phala-Version"] = options.version;
  let body: string | undefined;
  if (options.text !== undefined) body = options.text;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  const response = await fetch(`${mock.baseURL}${path}`, { method, headers, body });
  const raw = await response.text();
  const isJson = (response.headers.get("content-type") ?? "").includes("json");
  return { status: response.status, headers: response.headers, body: (isJson && raw ? JSON.parse(raw) : raw) as T };
}
