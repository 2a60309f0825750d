import { setupServer } from "msw/node";
import { createClient, type PhalaCloudClientOptions } from "../src";
import type { ApiVersion, DefaultApiVersion } from "../src/api-version";
import { createPhalaCloudMock, type PhalaCloudMockOptions } from "../src/mock";

/** Headers every test client sends, so each method's test also checks that client headers go out. */
export const CLIENT_HEADERS = { "X-Request-Source": "phala-tests" };

/** A request as the server saw it. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as text ("" when none). */
  body: string;
}

/**
 * The package's fake on an msw server for one test file, recording every request. State, recorded
 * requests and extra handlers are reset after each test.
 */
export function useFake(options?: PhalaCloudMockOptions) {
  const mock = createPhalaCloudMock(options);
  const server = setupServer(...mock.handlers);
  const pending: Promise<SeenRequest>[] = [];
  server.events.on("request:start", ({ request }) => {
    const copy = request.clone();
    pending.push(copy.text().then((body) => ({ method: request.method, url: new URL(request.url), headers: request.headers, body })));
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    mock.reset();
    pending.length = 0;
    server.resetHandlers();
  });
  afterAll(() => server.close());

  return {
    mock,
    server,
    /** Every request seen so far in this test, in order. */
    requests: () => Promise.all(pending),
    /** The last request seen. */
    async last(): Promise<SeenRequest> {
      const all = await Promise.all(pending);
      const request = all[all.length - 1];
      if (!request) throw new Error("no request was made");
      return request;
    },
    /**
     * The last request, checked: method, path and query under the base URL, the key, the version
     * header, the User-Agent and the client's own header. Answers it for further checks (body, other headers).
     */
    async expectLast(method: string, pathAndQuery: string, version: ApiVersion = "2026-01-21"): Promise<SeenRequest> {
      const all = await Promise.all(pending);
      const request = all[all.length - 1];
      expect(request).toBeDefined();
      expect(`${request!.method} ${request!.url.pathname}${request!.url.search}`).toBe(`${method} /api/v1${pathAndQuery}`);
      expect(request!.headers.get("x-api-key")).toBe(mock.apiKey);
      expect(request!.headers.get("x-phala-version")).toBe(version);
      expect(request!.headers.get("user-agent")).toBe("@cloud-sdk/phala-cloud-client/0.0.0");
      expect(request!.headers.get("x-request-source")).toBe(CLIENT_HEADERS["X-Request-Source"]);
      return request!;
    },
    /** A client of the fake (its key, {@link CLIENT_HEADERS}, no retries unless asked). */
    client<V extends ApiVersion = DefaultApiVersion>(overrides: PhalaCloudClientOptions<V> = {}) {
      return createClient<V>({ apiKey: mock.apiKey, maxRetries: 0, headers: CLIENT_HEADERS, ...overrides });
    },
  };
}
