import { http, HttpResponse } from "msw";
import {
  apiKeyHeader,
  bearer,
  ConfigurationError,
  createTransport,
  fromValue,
  InsecureTransportError,
  isLoopbackHost,
  RedirectError,
  type TransportOptions,
} from "../src/index.js";
import { TEST_KEY, useMswServer } from "./support/msw.js";

const server = useMswServer();
const BASE = "https://api.example.test/v1";
const make = (overrides: Partial<TransportOptions> = {}) =>
  createTransport({ provider: "Example", baseURL: BASE, credential: fromValue(TEST_KEY), auth: apiKeyHeader("X-API-Key"), maxRetries: 0, ...overrides });

describe("redirects", () => {
  test("a redirect to another origin is refused: the key is never sent there", async () => {
    const evil = jest.fn(() => HttpResponse.json({ stolen: true }));
    server.use(
      http.get("https://api.example.test/v1/me", () => new HttpResponse(null, { status: 302, headers: { location: "https://evil.example/collect?x=1" } })),
      http.all("https://evil.example/*", evil),
    );
    const error = await make()
      .request({ operation: "getCurrentUser", method: "GET", path: "/me" })
      .catch((caught: unknown) => caught as RedirectError) as RedirectError;
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.targetOrigin).toBe("https://evil.example");
    expect(error.status).toBe(302);
    expect(error.message).toBe(
      "Example API redirected GET /v1/me (getCurrentUser) to https://evil.example, another origin. It was not followed, so your credential was not sent there. If the API really moved, check the new address and set the baseURL option to it.",
    );
    expect(evil).not.toHaveBeenCalled();
  });

  test("a redirect to another port or scheme of the same host is another origin too", async () => {
    server.use(http.get("https://api.example.test/v1/me", () => new HttpResponse(null, { status: 307, headers: { location: "http://api.example.test/v1/me" } })));
    await expect(make().request({ operation: "me", method: "GET", path: "/me" })).rejects.toMatchObject({ targetOrigin: "http://api.example.test" });
  });

  test("a same-origin redirect is followed, with the credential", async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get("https://api.example.test/v1/old", () => new HttpResponse(null, { status: 301, headers: { location: "/v1/new" } })),
      http.get("https://api.example.test/v1/new", ({ request }) => {
        seen.push(request.headers.get("x-api-key"));
        return HttpResponse.json({ moved: true });
      }),
    );
    expect(await make().request({ operation: "x", method: "GET", path: "/old" })).toEqual({ moved: true });
    expect(seen).toEqual([TEST_KEY]);
  });

  test("303 after a POST continues as a GET without the body; 307 repeats the POST with it", async () => {
    const seen: string[] = [];
    server.use(
      http.post("https://api.example.test/v1/jobs", () => new HttpResponse(null, { status: 303, headers: { location: "/v1/jobs/1" } })),
      http.get("https://api.example.test/v1/jobs/1", () => HttpResponse.json({ id: 1 })),
      http.post("https://api.example.test/v1/moved", () => new HttpResponse(null, { status: 307, headers: { location: "/v1/here" } })),
      http.post("https://api.example.test/v1/here", async ({ request }) => {
        seen.push(await request.text());
        return HttpResponse.json({ repeated: true });
      }),
    );
    expect(await make().request({ operation: "x", method: "POST", path: "/jobs", json: { a: 1 } })).toEqual({ id: 1 });
    expect(await make().request({ operation: "x", method: "POST", path: "/moved", json: { a: 1 } })).toEqual({ repeated: true });
    expect(seen).toEqual(['{"a":1}']);
  });

  test("a redirect loop stops with a RedirectError", async () => {
    server.use(http.get("https://api.example.test/v1/loop", () => new HttpResponse(null, { status: 302, headers: { location: "/v1/loop" } })));
    await expect(make().request({ operation: "x", method: "GET", path: "/loop" })).rejects.toThrow("redirected x more than 5 times");
  });
});

describe("plain http", () => {
  test("an http:// base URL to another machine is refused at creation", () => {
    expect(() => make({ baseURL: "http://api.example.test/v1" })).toThrow(InsecureTransportError);
    expect(() => make({ baseURL: "http://api.example.test/v1" })).toThrow(
      "Refusing to send the Example credential over plain http to api.example.test: anyone on the network could read it. Use an https:// base URL, or pass allowInsecureHttp: true if this network is trusted.",
    );
  });

  test.each(["http://127.0.0.1:8080", "http://127.1.2.3", "http://localhost:3000/v1", "http://[::1]:4000", "http://api.localhost"])(
    "loopback %s is allowed",
    (baseURL) => {
      expect(() => make({ baseURL })).not.toThrow();
    },
  );

  test("allowInsecureHttp opts in explicitly", async () => {
    server.use(http.get("http://intranet.test/v1/x", ({ request }) => HttpResponse.json({ key: request.headers.get("x-api-key") })));
    const transport = make({ baseURL: "http://intranet.test/v1", allowInsecureHttp: true });
    expect(await transport.request({ operation: "x", method: "GET", path: "/x" })).toEqual({ key: TEST_KEY });
  });

  test("isLoopbackHost", () => {
    expect(["localhost", "127.0.0.1", "127.255.0.9", "[::1]", "::1", "a.localhost"].every(isLoopbackHost)).toBe(true);
    expect(["128.0.0.1", "localhost.evil.test", "10.0.0.1", "example.com", "127.0.0.1.nip.io"].some(isLoopbackHost)).toBe(false);
  });
});

describe("configuration errors", () => {
  test("a base URL that is not a URL", () => {
    expect(() => make({ baseURL: "cloud.lambda.ai/api/v1" })).toThrow(ConfigurationError);
    expect(() => make({ baseURL: "cloud.lambda.ai/api/v1" })).toThrow('baseURL "cloud.lambda.ai/api/v1" is not a valid URL');
  });

  test("a bad timeout or maxRetries", () => {
    expect(() => make({ timeout: 0 })).toThrow("timeout must be a number of milliseconds greater than 0 and at most 2147483647; got 0.");
    expect(() => make({ maxRetries: 1.5 })).toThrow("maxRetries must be a whole number, 0 or more; got 1.5.");
  });

  test("a secret-based scheme without a credential source", () => {
    expect(() => createTransport({ provider: "Example", baseURL: BASE, auth: bearer() })).toThrow(
      "Example: a credential source is required for bearer authentication.",
    );
  });
});
