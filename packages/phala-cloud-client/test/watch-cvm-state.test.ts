import { delay, http, HttpResponse } from "msw";
import {
  AuthError,
  type PhalaCloudClient,
  RedirectError,
  RequestError,
  RequestValidationError,
  ResponseValidationError,
  WaitTimeoutError,
  type WatchCvmStateEvent,
} from "../src";
import { useFake } from "./client-setup";

const fake = useFake();

async function collect(iterable: AsyncIterable<WatchCvmStateEvent>): Promise<WatchCvmStateEvent[]> {
  const events: WatchCvmStateEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

const summary = (events: WatchCvmStateEvent[]) => events.map((event) => (event.type === "state" ? `state:${event.data.status}` : event.type));
const sse = (...frames: string[]) => frames.join("");
const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
const streamOf = (text: string) => new HttpResponse(text, { headers: { "content-type": "text/event-stream" } });

describe("watchCvmState", () => {
  it("streams the fake's transitions until complete, with the transport's headers and the official query", async () => {
    const client = fake.client();
    await client.stopCvm({ name: "my-web-app" });
    const events = await collect(client.watchCvmState({ name: "my-web-app", target: "stopped" }));
    expect(summary(events)).toEqual(["state:stopping", "state:stopped", "complete"]);
    const sent = await fake.expectLast("GET", "/cvms/my-web-app/state?target=stopped&interval=5&timeout=300");
    expect(sent.headers.get("accept")).toBe("text/event-stream");
    expect(sent.headers.get("cache-control")).toBe("no-cache");
    expect(fake.mock.state.cvms[0]?.status).toBe("stopped");
  });

  it("reconnects after a timeout event, at most maxRetries times, then throws WaitTimeoutError with the last state", async () => {
    const events: WatchCvmStateEvent[] = [];
    const error = await (async () => {
      for await (const event of fake.client().watchCvmState({ name: "my-web-app", target: "stopped", maxRetries: 2, retryDelay: 0 })) events.push(event);
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).lastValue).toMatchObject({ status: "running" });
    expect((error as Error).message).toMatch(/did not reach "stopped" within 3 streams/);
    expect(summary(events)).toEqual(["state:running", "timeout", "state:running", "timeout", "state:running", "timeout"]);
    expect(await fake.requests()).toHaveLength(3);
  });

  it("reconnects after a 503 and then follows the stream", async () => {
    const client = fake.client();
    await client.stopCvm({ name: "my-web-app" });
    fake.mock.failNext({ status: 503 });
    const events = await collect(client.watchCvmState({ name: "my-web-app", target: "stopped", retryDelay: 0 }));
    expect(summary(events)).toEqual(["state:stopping", "state:stopped", "complete"]);
    expect((await fake.requests()).map((request) => request.method)).toEqual(["POST", "GET", "GET"]);
  });

  it("ends when a stream closes with the last state at the target, without complete", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/cvms/:id/state`, () => streamOf(frame("state", { name: "my-web-app", status: "running" }))));
    const events = await collect(fake.client().watchCvmState({ name: "my-web-app", target: "running", retryDelay: 0 }));
    expect(summary(events)).toEqual(["state:running"]);
    expect(await fake.requests()).toHaveLength(1);
  });

  it("throws an AuthError at once for a bad key (no reconnect)", async () => {
    const client = fake.client({ apiKey: "phak_wrong_key_000000" });
    await expect(collect(client.watchCvmState({ name: "my-web-app", target: "running", retryDelay: 0 }))).rejects.toBeInstanceOf(AuthError);
    expect(await fake.requests()).toHaveLength(1);
  });

  it("a key function answered 401 is read again once, and the stream then opens with the new key", async () => {
    const keys = ["phak_revoked_key_0000", fake.mock.apiKey];
    let calls = 0;
    const client = fake.client({ apiKey: () => keys[Math.min(calls++, keys.length - 1)] });
    await fake.client().stopCvm({ name: "my-web-app" });
    const events = await collect(client.watchCvmState({ name: "my-web-app", target: "stopped", maxRetries: 0 }));
    expect(summary(events)).toEqual(["state:stopping", "state:stopped", "complete"]);
    expect(calls).toBe(2);
    const gets = (await fake.requests()).filter((request) => request.method === "GET");
    expect(gets.map((request) => request.headers.get("x-api-key"))).toEqual(["phak_revoked_key_0000", fake.mock.apiKey]);
  });

  it("a key function answered 401 twice is an AuthError, after one refresh only", async () => {
    let calls = 0;
    const client = fake.client({
      apiKey: () => {
        calls++;
        return "phak_revoked_key_0000";
      },
    });
    await expect(collect(client.watchCvmState({ name: "my-web-app", target: "running", retryDelay: 0 }))).rejects.toBeInstanceOf(AuthError);
    expect(calls).toBe(2);
    expect(await fake.requests()).toHaveLength(2);
  });

  it("an error body echoing the key is scrubbed; per-call headers go out, Accept stays text/event-stream", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id/state`, ({ request }) =>
        HttpResponse.json({ detail: `Invalid key ${request.headers.get("x-api-key")}` }, { status: 403 }),
      ),
    );
    const error = await collect(
      fake.client().watchCvmState({ name: "my-web-app", target: "running" }, { headers: { Accept: "application/json", "X-Trace": "t-1" } }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(JSON.stringify({ message: (error as Error).message, detail: (error as AuthError).detail })).not.toContain(fake.mock.apiKey);
    const sent = await fake.last();
    expect(sent.headers.get("accept")).toBe("text/event-stream");
    expect(sent.headers.get("x-trace")).toBe("t-1");
  });

  it("ends quietly when the signal aborts mid-stream, without reading further", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id/state`, () => {
        const encoder = new TextEncoder();
        let cancelled = false;
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode(frame("state", { name: "my-web-app", status: "starting" })));
            // A later event the watch must not deliver once aborted; then the source ends by itself,
            // unless the watch cancelled the body first (which it may: it stops reading on abort).
            setTimeout(() => {
              if (cancelled) return;
              try {
                controller.enqueue(encoder.encode(frame("state", { name: "my-web-app", status: "running" })));
                controller.close();
              } catch {
                // Closed from the reading side already (msw does not always pass the cancel back).
              }
            }, 100);
          },
          cancel() {
            cancelled = true;
          },
        });
        return new HttpResponse(body, { headers: { "content-type": "text/event-stream" } });
      }),
    );
    const controller = new AbortController();
    const events: WatchCvmStateEvent[] = [];
    const started = Date.now();
    for await (const event of fake.client().watchCvmState({ name: "my-web-app", target: "running" }, { signal: controller.signal })) {
      events.push(event);
      controller.abort();
    }
    expect(Date.now() - started).toBeLessThan(100);
    expect(summary(events)).toEqual(["state:starting"]);
    expect(await fake.requests()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
  });

  it("ends quietly when the signal aborts while the answer is awaited, without reconnecting", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id/state`, async () => {
        await delay(1_000);
        return streamOf(frame("state", { name: "my-web-app", status: "running" }));
      }),
    );
    const started = Date.now();
    const events = await collect(fake.client().watchCvmState({ name: "my-web-app", target: "running", retryDelay: 0 }, { signal: AbortSignal.timeout(50) }));
    expect(events).toEqual([]);
    expect(Date.now() - started).toBeLessThan(800);
    expect(await fake.requests()).toHaveLength(1);
  });

  it("ends quietly when the signal aborts while a stream is silent", async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id/state`, () => {
        const encoder = new TextEncoder();
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode(frame("state", { name: "my-web-app", status: "starting" })));
            // Silent, then ends by itself (bounded) with the target reached.
            timer = setTimeout(() => {
              controller.enqueue(encoder.encode(frame("state", { name: "my-web-app", status: "running" })));
              controller.close();
            }, 1_000);
          },
          cancel: () => clearTimeout(timer),
        });
        return new HttpResponse(body, { headers: { "content-type": "text/event-stream" } });
      }),
    );
    const controller = new AbortController();
    const events: WatchCvmStateEvent[] = [];
    const started = Date.now();
    for await (const event of fake.client().watchCvmState({ name: "my-web-app", target: "running", retryDelay: 0 }, { signal: controller.signal })) {
      events.push(event);
      setTimeout(() => controller.abort(), 50);
    }
    clearTimeout(timer);
    expect(Date.now() - started).toBeLessThan(800);
    expect(summary(events)).toEqual(["state:starting"]);
    expect(await fake.requests()).toHaveLength(1);
  });

  it("breaking out of the loop stops reading the stream", async () => {
    const cvm = fake.mock.state.cvms[0]!;
    cvm.status = "starting";
    cvm.pending = [...Array.from({ length: 10 }, () => "starting"), "running"];
    for await (const event of fake.client().watchCvmState({ name: "my-web-app", target: "running" })) {
      expect(event.type).toBe("state");
      break;
    }
    // Each event the fake sends moves the CVM one step; read to the end, none would be left. The
    // stream layers (fetch, the transport's watch) may each have pulled one chunk ahead.
    expect(cvm.pending.length).toBeGreaterThanOrEqual(5);
    expect(cvm.status).toBe("starting");
  });

  it("breaking out of the loop cancels the response body fetch answered, closing the connection", async () => {
    let cancelled: (reason: unknown) => void = () => undefined;
    const wasCancelled = new Promise<unknown>((resolve) => {
      cancelled = resolve;
    });
    // The body as fetch hands it over, watched for its cancellation (msw's own stream is a copy).
    const watchedFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!response.body || !response.ok) return response;
      const reader = response.body.getReader();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        cancel(reason) {
          cancelled(reason ?? "cancelled");
          return reader.cancel(reason);
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const cvm = fake.mock.state.cvms[0]!;
    cvm.status = "starting";
    cvm.pending = [...Array.from({ length: 10 }, () => "starting"), "running"];
    for await (const event of fake.client({ fetch: watchedFetch }).watchCvmState({ name: "my-web-app", target: "running" })) {
      expect(event.type).toBe("state");
      break;
    }
    const outcome = await Promise.race([wasCancelled.then(() => "cancelled"), new Promise((resolve) => setTimeout(resolve, 1_000, "still open"))]);
    expect(outcome).toBe("cancelled");
  });

  it("refuses a redirect without following it (the key goes nowhere else)", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id/state`, () => new HttpResponse(null, { status: 302, headers: { location: "https://evil.example/steal" } })),
    );
    const error = await collect(fake.client().watchCvmState({ name: "my-web-app", target: "running" })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toMatch(/not followed/);
    expect(await fake.requests()).toHaveLength(1);
  });

  it("refuses an event larger than 1 MiB with a ResponseValidationError", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/cvms/:id/state`, () => streamOf(`event: state\ndata: ${"x".repeat(1024 * 1024 + 10)}`)));
    const error = await collect(fake.client().watchCvmState({ name: "my-web-app", target: "running" })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/larger than 1048576 bytes/);
  });

  it("a state event that is not a CVM state is a ResponseValidationError", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/cvms/:id/state`, () => streamOf(sse(frame("state", { nope: true })))));
    await expect(collect(fake.client().watchCvmState({ name: "my-web-app", target: "running" }))).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("a per-call timeout bounds connecting: a RequestError with timedOut", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id/state`, async () => {
        await delay(300);
        return streamOf("");
      }),
    );
    const error = await collect(fake.client().watchCvmState({ name: "my-web-app", target: "running", maxRetries: 0 }, { timeout: 50 })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ timedOut: true });
    expect((error as Error).message).toMatch(/timed out after 50 ms/);
  });

  it("a per-call timeout bounds each wait for data: a silent stream is closed, reconnected, then the failure thrown", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id/state`, () => {
        const encoder = new TextEncoder();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode(frame("state", { name: "my-web-app", status: "starting" })));
            // Silent for 400 ms, then ends by itself.
            timer = setTimeout(() => controller.close(), 400);
          },
          cancel: () => clearTimeout(timer),
        });
        return new HttpResponse(body, { headers: { "content-type": "text/event-stream" } });
      }),
    );
    const events: WatchCvmStateEvent[] = [];
    const started = Date.now();
    const error = await (async () => {
      for await (const event of fake.client().watchCvmState({ name: "my-web-app", target: "running", maxRetries: 1, retryDelay: 0 }, { timeout: 100 })) {
        events.push(event);
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ timedOut: true });
    expect((error as Error).message).toMatch(/no data for 100 ms/);
    expect(summary(events)).toEqual(["state:starting", "state:starting"]);
    expect(await fake.requests()).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it("is not bound by the client's timeout: the server may stay silent up to its own stream timeout", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id/state`, () => {
        const encoder = new TextEncoder();
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode(frame("state", { name: "my-web-app", status: "starting" })));
            // Silent for three times the client's timeout before the next state.
            setTimeout(() => {
              controller.enqueue(encoder.encode(frame("state", { name: "my-web-app", status: "running" })));
              controller.enqueue(encoder.encode(frame("complete", { status: "running", elapsed: 1, target: "running" })));
              controller.close();
            }, 150);
          },
        });
        return new HttpResponse(body, { headers: { "content-type": "text/event-stream" } });
      }),
    );
    const events = await collect(fake.client({ timeout: 50 }).watchCvmState({ name: "my-web-app", target: "running", maxRetries: 0 }));
    expect(summary(events)).toEqual(["state:starting", "state:running", "complete"]);
    expect(await fake.requests()).toHaveLength(1);
  });

  it("goes through the client's fetch option", async () => {
    const seen: string[] = [];
    const client: PhalaCloudClient = fake.client({
      fetch: (input, init) => {
        seen.push(String(input instanceof Request ? input.url : input));
        return fetch(input, init);
      },
    });
    await client.stopCvm({ name: "my-web-app" });
    await collect(client.watchCvmState({ name: "my-web-app", target: "stopped" }));
    expect(seen.at(-1)).toBe(`${fake.mock.baseURL}/cvms/my-web-app/state?target=stopped&interval=5&timeout=300`);
  });

  it("validates its parameters on the first step, before any request", async () => {
    await expect(collect(fake.client().watchCvmState({ name: "my-web-app", target: "running", interval: 1 }))).rejects.toBeInstanceOf(
      RequestValidationError,
    );
    await expect(collect(fake.client().watchCvmState({ name: "my-web-app", target: "running", maxRetries: 1000 }))).rejects.toThrow(/maxRetries/);
    expect(await fake.requests()).toHaveLength(0);
  });
});
