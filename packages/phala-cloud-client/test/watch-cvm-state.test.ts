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
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode(frame("state", { name: "my-web-app", status: "starting" })));
            // A later event the watch must not deliver once aborted; then the source ends by itself.
            setTimeout(() => {
              controller.enqueue(encoder.encode(frame("state", { name: "my-web-app", status: "running" })));
              controller.close();
            }, 100);
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

  it("breaking out of the loop stops reading the stream", async () => {
    const cvm = fake.mock.state.cvms[0]!;
    cvm.status = "starting";
    cvm.pending = ["starting", "starting", "starting", "starting", "running"];
    for await (const event of fake.client().watchCvmState({ name: "my-web-app", target: "running" })) {
      expect(event.type).toBe("state");
      break;
    }
    // Each event the fake sends moves the CVM one step; read to the end, none would be left.
    expect(cvm.pending.length).toBeGreaterThanOrEqual(2);
    expect(cvm.status).toBe("starting");
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

  it("the client's timeout bounds connecting: a RequestError with timedOut", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id/state`, async () => {
        await delay(300);
        return streamOf("");
      }),
    );
    const error = await collect(fake.client({ timeout: 50 }).watchCvmState({ name: "my-web-app", target: "running", maxRetries: 0 })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ timedOut: true });
    expect((error as Error).message).toMatch(/did not answer within 50 ms/);
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
