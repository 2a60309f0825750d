import { getEventListeners } from "node:events";
import { http, HttpResponse, delay } from "msw";
import { AbortError, bearer, createTransport, fromValue, TimeoutError, type TransportOptions } from "../src/index.js";
import { TEST_KEY, useMswServer } from "./support/msw.js";

const server = useMswServer();
const BASE = "https://api.example.test/v1";
const make = (overrides: Partial<TransportOptions> = {}) =>
  createTransport({ provider: "Example", baseURL: BASE, credential: fromValue(TEST_KEY), auth: bearer(), maxRetries: 0, ...overrides });

/** A response whose headers arrive at once and whose body never ends. */
function stalledBody(onCancel: () => void): Response {
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"data": ['));
    },
    cancel: onCancel,
  });
  return new Response(stream, { headers: { "content-type": "application/json" } });
}

describe("timeouts", () => {
  test("a slow server times out with a clear TimeoutError", async () => {
    server.use(http.get("https://api.example.test/v1/slow", async () => {
      await delay(1_000);
      return HttpResponse.json({});
    }));
    const error = await make({ timeout: 50 }).request({ operation: "things.list", method: "GET", path: "/slow" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    expect((error as TimeoutError).message).toBe(
      "things.list (GET api.example.test/v1/slow) timed out after 50 ms without a complete response; the request was aborted. The server may be slow or unreachable; raise the timeout option if this call is expected to take longer.",
    );
  });

  test("a body that stalls after the headers also times out (the promise always settles)", async () => {
    const fetch = async () => stalledBody(() => undefined);
    await expect(make({ fetch, timeout: 50 }).request({ operation: "x", method: "GET", path: "/x" })).rejects.toBeInstanceOf(TimeoutError);
  });

  test("the per-call timeout overrides the client's", async () => {
    server.use(http.get("https://api.example.test/v1/slow", async () => {
      await delay(200);
      return HttpResponse.json({ late: true });
    }));
    const transport = make({ timeout: 20 });
    expect(await transport.request({ operation: "x", method: "GET", path: "/slow", timeout: 2_000 })).toEqual({ late: true });
  });

  test("a timed-out GET is retried; a timed-out POST is not", async () => {
    let gets = 0;
    let posts = 0;
    server.use(
      http.get("https://api.example.test/v1/x", async () => {
        gets++;
        if (gets === 1) await delay(500);
        return HttpResponse.json({ attempt: gets });
      }),
      http.post("https://api.example.test/v1/x", async () => {
        posts++;
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    const transport = make({ timeout: 50, maxRetries: 2, retryTiming: { initialDelayMs: 1 } });
    expect(await transport.request({ operation: "x", method: "GET", path: "/x" })).toEqual({ attempt: 2 });
    await expect(transport.request({ operation: "x", method: "POST", path: "/x", json: {} })).rejects.toBeInstanceOf(TimeoutError);
    expect(posts).toBe(1);
  });
});

describe("abort", () => {
  test("an already-aborted signal rejects at once with AbortError, sending nothing", async () => {
    const handler = jest.fn(() => HttpResponse.json({}));
    server.use(http.get("https://api.example.test/v1/x", handler));
    const error = await make().request({ operation: "x", method: "GET", path: "/x", signal: AbortSignal.abort("user left") }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe("user left");
    expect(handler).not.toHaveBeenCalled();
  });

  test("aborting mid-request rejects with AbortError (not a timeout, not a network error)", async () => {
    server.use(http.get("https://api.example.test/v1/slow", async () => {
      await delay(2_000);
      return HttpResponse.json({});
    }));
    const controller = new AbortController();
    const pending = make().request({ operation: "things.list", method: "GET", path: "/slow", signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).message).toBe("things.list was cancelled by the caller (its AbortSignal was aborted).");
  });

  test("aborting during a retry wait stops at once", async () => {
    server.use(http.get("https://api.example.test/v1/x", () => new HttpResponse(null, { status: 503, headers: { "retry-after": "30" } })));
    const controller = new AbortController();
    const started = Date.now();
    const pending = make({ maxRetries: 2 }).request({ operation: "x", method: "GET", path: "/x", signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("aborting while the body streams rejects at once, even when the fetch ignores the signal", async () => {
    const controller = new AbortController();
    const fetch = async () => stalledBody(() => undefined);
    const pending = make({ fetch }).request({ operation: "x", method: "GET", path: "/x", signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  test("a signal shared by many calls collects no listeners", async () => {
    server.use(http.get("https://api.example.test/v1/x", () => HttpResponse.json({ ok: true })));
    const controller = new AbortController();
    const transport = make();
    for (let i = 0; i < 20; i++) await transport.request({ operation: "x", method: "GET", path: "/x", signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("a fetch that never answers still times out", async () => {
    const fetch = () => new Promise<Response>(() => undefined);
    await expect(make({ fetch, timeout: 30 }).request({ operation: "x", method: "GET", path: "/x" })).rejects.toBeInstanceOf(TimeoutError);
  });
});
