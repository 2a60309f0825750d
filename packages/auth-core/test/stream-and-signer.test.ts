import { getEventListeners } from "node:events";
import { http, HttpResponse } from "msw";
import {
  AbortError,
  ApiError,
  bearer,
  ConfigurationError,
  createTransport,
  fromValue,
  requestSigner,
  TimeoutError,
  type SignableRequest,
  type TransportOptions,
} from "../src/index.js";
import { TEST_KEY, useMswServer } from "./support/msw.js";

const server = useMswServer();
const BASE = "https://api.example.test/v1";
const make = (overrides: Partial<TransportOptions> = {}) =>
  createTransport({ provider: "Example", baseURL: BASE, credential: fromValue(TEST_KEY), auth: bearer(), maxRetries: 0, ...overrides });
const encoder = new TextEncoder();

/** A body that sends `chunks` one by one, `gapMs` apart, then ends (or stalls when `stall`). */
function chunked(chunks: string[], gapMs: number, stall = false): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    async pull(controller) {
      if (index > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]!));
      else if (!stall) controller.close();
      else await new Promise(() => undefined);
    },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
  return text;
}

describe("requestStream", () => {
  test("hands the success body over unread, chunk by chunk, with status and headers", async () => {
    server.use(http.get(`${BASE}/events`, () => new HttpResponse(chunked(["data: 1\n\n", "data: 2\n\n"], 10), { headers: { "content-type": "text/event-stream", "x-request-id": "req_s" } })));
    const response = await make().requestStream({ operation: "events.watch", method: "GET", path: "/events" });
    expect(response.status).toBe(200);
    expect(response.requestId).toBe("req_s");
    expect(await readAll(response.data)).toBe("data: 1\n\ndata: 2\n\n");
  });

  test("a silence longer than the timeout ends the stream with a TimeoutError", async () => {
    server.use(http.get(`${BASE}/events`, () => new HttpResponse(chunked(["data: 1\n\n"], 0, true))));
    const response = await make({ timeout: 80 }).requestStream({ operation: "events.watch", method: "GET", path: "/events" });
    const error = await readAll(response.data).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      "events.watch: no data for 80 ms while streaming the response; the stream was closed. Raise the timeout option if the server may stay silent longer.",
    );
  });

  test("the caller's signal ends the stream with an AbortError whose cause is its reason, and leaves no listener", async () => {
    server.use(http.get(`${BASE}/events`, () => new HttpResponse(chunked(["a", "b", "c", "d"], 40))));
    const controller = new AbortController();
    const response = await make().requestStream({ operation: "events.watch", method: "GET", path: "/events", signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user left")), 60);
    const error = await readAll(response.data).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).cause).toEqual(new Error("user left"));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("a finished stream unlinks the caller's signal", async () => {
    server.use(http.get(`${BASE}/events`, () => new HttpResponse(chunked(["x"], 0))));
    const controller = new AbortController();
    const response = await make().requestStream({ operation: "events.watch", method: "GET", path: "/events", signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
    await readAll(response.data);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("an error status is an ApiError with its body read, not a stream", async () => {
    server.use(http.get(`${BASE}/events`, () => HttpResponse.json({ error: { message: "no such cvm" } }, { status: 404 })));
    const error = await make().requestStream({ operation: "events.watch", method: "GET", path: "/events" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as Error).message).toContain("no such cvm");
  });
});

describe("requestSigner", () => {
  test("signs every attempt afresh with the method, URL, headers and body; the signature stays out of errors", async () => {
    const seen: SignableRequest[] = [];
    let calls = 0;
    server.use(
      http.put(`${BASE}/objects/a.txt`, ({ request }) => {
        calls++;
        expect(request.headers.get("authorization")).toBe(`SIG-${calls}`);
        expect(request.headers.get("x-amz-date")).toBe("20261203T000000Z");
        return calls === 1 ? new HttpResponse("busy", { status: 503 }) : new HttpResponse("denied", { status: 403 });
      }),
    );
    const auth = requestSigner(
      (request) => {
        seen.push(request);
        return { authorization: `SIG-${seen.length}`, "x-amz-date": "20261203T000000Z" };
      },
      { secretHeaders: ["x-amz-security-token"] },
    );
    const transport = make({ auth, credential: undefined, maxRetries: 1, retryTiming: { initialDelayMs: 1, maxDelayMs: 1 } });
    const error = (await transport
      .request({ operation: "objects.put", method: "PUT", path: "/objects/{key}", pathParams: { key: "a.txt" }, body: { contentType: "text/plain", data: "hello" } })
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(403);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({ method: "PUT", url: `${BASE}/objects/a.txt`, body: "hello" });
    expect(seen[0]?.headers["content-type"]).toBe("text/plain");
    expect(JSON.stringify(error.headers)).not.toContain("SIG-");
  });

  test("a signer that throws is a ConfigurationError, and nothing is sent", async () => {
    let sent = 0;
    server.use(http.get(`${BASE}/x`, () => {
      sent++;
      return HttpResponse.json({});
    }));
    const auth = requestSigner(() => {
      throw new Error("no secret key configured");
    });
    const error = await make({ auth, credential: undefined }).request({ operation: "x", method: "GET", path: "/x" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe("x: signing the request failed (no secret key configured); nothing was sent. Check the signing credentials.");
    expect(sent).toBe(0);
  });
});
