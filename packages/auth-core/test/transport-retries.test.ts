import { http, HttpResponse } from "msw";
import { ApiError, bearer, ConnectionError, createTransport, fromValue, type TransportOptions } from "../src/index.js";
import { TEST_KEY, useMswServer } from "./support/msw.js";

const server = useMswServer();
const BASE = "https://api.example.test/v1";
const fast = { initialDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 60_000 };
const make = (overrides: Partial<TransportOptions> = {}) =>
  createTransport({ provider: "Example", baseURL: BASE, credential: fromValue(TEST_KEY), auth: bearer(), retryTiming: fast, ...overrides });

/** Answers the given responses in order (the last one repeats) and counts the calls. */
function sequence(method: "get" | "post" | "put" | "delete" | "patch", path: string, responses: (() => Response)[]) {
  const calls = { count: 0 };
  server.use(
    http[method](`https://api.example.test${path}`, () => {
      const respond = responses[Math.min(calls.count, responses.length - 1)]!;
      calls.count++;
      return respond();
    }),
  );
  return calls;
}
const status = (code: number, headers: Record<string, string> = {}) => () =>
  HttpResponse.json({ error: { code: `e${code}`, message: `status ${code}` } }, { status: code, headers });
const ok = () => HttpResponse.json({ ok: true });

describe("which requests are retried", () => {
  test.each([408, 429, 500, 502, 503, 504])("a GET is retried after %i", async (code) => {
    const calls = sequence("get", "/v1/x", [status(code), ok]);
    expect(await make().request({ operation: "x", method: "GET", path: "/x" })).toEqual({ ok: true });
    expect(calls.count).toBe(2);
  });

  test.each([400, 401, 403, 404, 409, 422])("a GET is not retried after %i", async (code) => {
    const calls = sequence("get", "/v1/x", [status(code), ok]);
    await expect(make().request({ operation: "x", method: "GET", path: "/x" })).rejects.toMatchObject({ status: code });
    expect(calls.count).toBe(1);
  });

  test.each(["PUT", "DELETE"] as const)("%s is idempotent by default and retried", async (method) => {
    const calls = sequence(method.toLowerCase() as "put", "/v1/x", [status(503), ok]);
    await make().request({ operation: "x", method, path: "/x" });
    expect(calls.count).toBe(2);
  });

  test("a POST that creates something is not retried after a 500 (the server may have acted)", async () => {
    const calls = sequence("post", "/v1/launch", [status(500), ok]);
    await expect(make().request({ operation: "launch", method: "POST", path: "/launch", json: {} })).rejects.toBeInstanceOf(ApiError);
    expect(calls.count).toBe(1);
  });

  test("a PATCH is not retried by default", async () => {
    const calls = sequence("patch", "/v1/x", [status(503), ok]);
    await expect(make().request({ operation: "x", method: "PATCH", path: "/x" })).rejects.toMatchObject({ status: 503 });
    expect(calls.count).toBe(1);
  });

  test("a POST is retried after a 429: the server did not process it", async () => {
    const calls = sequence("post", "/v1/launch", [status(429), ok]);
    await make().request({ operation: "launch", method: "POST", path: "/launch", json: {} });
    expect(calls.count).toBe(2);
  });

  test("a POST that declares itself idempotent is retried after a 5xx", async () => {
    const calls = sequence("post", "/v1/generate", [status(503), status(502), ok]);
    await make().request({ operation: "generate", method: "POST", path: "/generate", json: {}, idempotent: true });
    expect(calls.count).toBe(3);
  });

  test("maxRetries caps the attempts, per client and per call", async () => {
    const always503 = sequence("get", "/v1/x", [status(503)]);
    await expect(make({ maxRetries: 3 }).request({ operation: "x", method: "GET", path: "/x" })).rejects.toMatchObject({ status: 503 });
    expect(always503.count).toBe(4);
    always503.count = 0;
    await expect(make().request({ operation: "x", method: "GET", path: "/x", maxRetries: 0 })).rejects.toMatchObject({ status: 503 });
    expect(always503.count).toBe(1);
  });

  test("default maxRetries is 2", async () => {
    const calls = sequence("get", "/v1/x", [status(503)]);
    await expect(make().request({ operation: "x", method: "GET", path: "/x" })).rejects.toMatchObject({ status: 503 });
    expect(calls.count).toBe(3);
  });

  test("a provider's shouldRetry verdict overrides the default", async () => {
    const conflict = sequence("post", "/v1/restart", [status(409), ok]);
    const transport = make({ shouldRetry: (_error, context) => (context.status === 409 ? true : undefined) });
    await transport.request({ operation: "restart", method: "POST", path: "/restart" });
    expect(conflict.count).toBe(2);
  });
});

describe("network failures", () => {
  test("a GET is retried after a network error, which surfaces as ConnectionError when retries run out", async () => {
    let calls = 0;
    server.use(
      http.get("https://api.example.test/v1/x", () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    const error = await make().request({ operation: "x", method: "GET", path: "/x" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(calls).toBe(3);
  });

  test("a POST is not retried after a connection reset (it may have been received)", async () => {
    const reset = Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    const fetch = jest.fn(async () => Promise.reject(reset));
    const error = await make({ fetch }).request({ operation: "launch", method: "POST", path: "/launch", json: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toContain("fetch failed: socket hang up (ECONNRESET)");
    expect((error as ConnectionError).cause).toBe(reset);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("a POST is retried when the connection was refused: nothing reached the server", async () => {
    const refused = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), { code: "ECONNREFUSED" }),
    });
    const fetch = jest.fn().mockRejectedValueOnce(refused).mockResolvedValueOnce(Response.json({ instance_ids: ["i1"] }));
    expect(await make({ fetch }).request({ operation: "launch", method: "POST", path: "/launch", json: {} })).toEqual({
      instance_ids: ["i1"],
    });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test("a network failure is a ConnectionError saying where it failed and what to check", async () => {
    server.use(http.get("http://127.0.0.1:9/*", () => HttpResponse.error()));
    const direct = createTransport({ provider: "Example", baseURL: "http://127.0.0.1:9", credential: fromValue(TEST_KEY), auth: bearer(), maxRetries: 0 });
    const error = await direct.request({ operation: "x", method: "GET", path: "/x" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/^x could not reach http:\/\/127\.0\.0\.1:9 \(GET 127\.0\.0\.1:9\/x\): .+\. Check the network connection, any proxy, and the baseURL option\.$/);
  });

  test("messages name the client's own base URL option", async () => {
    server.use(http.get("https://api.example.test/v1/x", () => HttpResponse.error()));
    const named = make({ baseURLOption: "apiEndpoint", maxRetries: 0 });
    await expect(named.request({ operation: "x", method: "GET", path: "/x" })).rejects.toThrow(/and the apiEndpoint option\.$/);
    expect(() => make({ baseURL: "not a url", baseURLOption: "apiEndpoint" })).toThrow('apiEndpoint "not a url" is not a valid URL');
  });
});

describe("backoff and Retry-After", () => {
  afterEach(() => jest.useRealTimers());

  test("backoff doubles per attempt, is capped, and is jittered down by at most 25 %", async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const times: number[] = [];
    const fetch = jest.fn(async () => {
      times.push(Date.now());
      return times.length <= 4 ? new Response("busy", { status: 503 }) : Response.json({ ok: true });
    });
    const pending = make({ fetch, maxRetries: 4, retryTiming: { initialDelayMs: 100, maxDelayMs: 300, maxRetryAfterMs: 60_000 } }).request({
      operation: "x",
      method: "GET",
      path: "/x",
    });
    await jest.advanceTimersByTimeAsync(2_000);
    await expect(pending).resolves.toEqual({ ok: true });
    const gaps = times.slice(1).map((time, index) => time - times[index]!);
    // 100, 200, 400 → capped at 300, 300; each minus up to 25 %.
    for (const [gap, nominal] of gaps.map((gap, index) => [gap, [100, 200, 300, 300][index]!] as const)) {
      expect(gap).toBeGreaterThanOrEqual(Math.floor(nominal * 0.75));
      expect(gap).toBeLessThanOrEqual(nominal);
    }
  });

  async function timeOfSecondCall(headers: Record<string, string>, advance: (ms: number) => Promise<void>) {
    const times: number[] = [];
    const fetch = jest.fn(async () => {
      times.push(Date.now());
      return times.length === 1 ? new Response("slow down", { status: 429, headers }) : Response.json({ ok: true });
    });
    const pending = make({ fetch, retryTiming: { initialDelayMs: 10, maxDelayMs: 10, maxRetryAfterMs: 60_000 } }).request({
      operation: "x",
      method: "GET",
      path: "/x",
    });
    await advance(0);
    return { pending, times, fetch };
  }

  test("Retry-After in seconds is honoured", async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { pending, times, fetch } = await timeOfSecondCall({ "retry-after": "3" }, (ms) => jest.advanceTimersByTimeAsync(ms));
    await jest.advanceTimersByTimeAsync(2_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual({ ok: true });
    expect(times[1]! - times[0]!).toBe(3_000);
  });

  test("Retry-After as an HTTP date is honoured", async () => {
    jest.useFakeTimers({ now: new Date("2026-11-23T12:00:00Z") });
    const { pending, times } = await timeOfSecondCall({ "retry-after": "Mon, 23 Nov 2026 12:00:05 GMT" }, (ms) =>
      jest.advanceTimersByTimeAsync(ms),
    );
    await jest.advanceTimersByTimeAsync(5_000);
    await pending;
    expect(times[1]! - times[0]!).toBe(5_000);
  });

  test.each(["-5", "5, 10", "soon"])("a Retry-After of %j is neither delta-seconds nor an HTTP-date: ignored, backoff applies", async (value) => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { pending, times, fetch } = await timeOfSecondCall({ "retry-after": value }, (ms) => jest.advanceTimersByTimeAsync(ms));
    await jest.advanceTimersByTimeAsync(5);
    expect(fetch).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(5);
    await expect(pending).resolves.toEqual({ ok: true });
    // The backoff of this client: 10 ms, jittered down by at most 25 %.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(7);
    expect(times[1]! - times[0]!).toBeLessThanOrEqual(10);
  });

  test("a Retry-After beyond the cap ends the retries with the error at once", async () => {
    const calls = sequence("get", "/v1/x", [status(429, { "retry-after": "3600" }), ok]);
    const error = await make({ retryTiming: { ...fast, maxRetryAfterMs: 30_000 } })
      .request({ operation: "x", method: "GET", path: "/x" })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429 });
    expect((error as Error).message).toContain("The server asked to wait 3600 s.");
    expect(calls.count).toBe(1);
  });
});
