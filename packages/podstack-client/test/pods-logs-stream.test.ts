import { http, HttpResponse } from "msw";
import { AbortError, TimeoutError } from "../src";
import { createPodstackMock } from "../src/mock";
import { testClient } from "./support/client";
import { useMockServer } from "./support/server";

// pods.logsStream follows a log that stays open [doc: `for line in client.pods.logs_stream(id)`;
// route GET /v1/pods/{id}/logs/stream assumed]: lines are yielded as the server sends them.
const mock = createPodstackMock();
const server = useMockServer(mock);
const ROUTE = "https://api.podstack.ai/v1/pods/:id/logs/stream";

/** A log body the test drives: `send` pushes text, `end` closes it; `cancelled` tells whether the client hung up. */
function liveLog() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { ended: false, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return {
    body,
    state,
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => {
      state.ended = true;
      controller.close();
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("pods.logsStream on a stream that stays open", () => {
  it("yields each line as it arrives, before the server ends the response", async () => {
    const log = liveLog();
    server.use(http.get(ROUTE, () => new HttpResponse(log.body, { headers: { "Content-Type": "text/plain; charset=utf-8" } })));
    log.send("[I 10:00:05] Jupyter Server is running\n");
    const seen: { line: string; ended: boolean }[] = [];
    for await (const line of testClient({ maxRetries: 0 }).pods.logsStream("pod-123")) {
      seen.push({ line, ended: log.state.ended });
      if (seen.length === 1) {
        // The server goes on later: a line split across chunks, with CRLF split too.
        setTimeout(() => {
          log.send("epoch 1 loss=0.42\r");
          log.send("\nepoch 2 ");
          log.send("loss=0.31\n");
          log.end();
        }, 20);
      }
    }
    expect(seen).toEqual([
      { line: "[I 10:00:05] Jupyter Server is running", ended: false },
      { line: "epoch 1 loss=0.42", ended: true },
      { line: "epoch 2 loss=0.31", ended: true },
    ]);
  });

  it("cuts a line longer than maxLineLength into pieces even while it is still arriving", async () => {
    const log = liveLog();
    server.use(http.get(ROUTE, () => new HttpResponse(log.body)));
    log.send("x".repeat(25));
    const lines: string[] = [];
    const iteration = (async () => {
      for await (const line of testClient().pods.logsStream("pod-123", { maxLineLength: 10 })) lines.push(line);
    })();
    await tick();
    // Two whole pieces were yielded before the line ended; the rest waits for its end.
    expect(lines).toEqual(["x".repeat(10), "x".repeat(10)]);
    log.send("xxxxx\nshort\nlast without newline");
    log.end();
    await iteration;
    expect(lines).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(10), "short", "last witho", "ut newline"]);
  });

  it("decodes a UTF-8 character split across chunks", async () => {
    const bytes = new TextEncoder().encode("température 42°C\n");
    server.use(
      http.get(ROUTE, () => {
        const split = bytes.indexOf(0xc3) + 1; // inside "é"
        return new HttpResponse(
          new ReadableStream({
            start(controller) {
              controller.enqueue(bytes.subarray(0, split));
              controller.enqueue(bytes.subarray(split));
              controller.close();
            },
          }),
        );
      }),
    );
    const lines: string[] = [];
    for await (const line of testClient().pods.logsStream("pod-123")) lines.push(line);
    expect(lines).toEqual(["température 42°C"]);
  });

  it("a log silent for longer than the timeout ends with a TimeoutError", async () => {
    const log = liveLog();
    server.use(http.get(ROUTE, () => new HttpResponse(log.body)));
    log.send("only line\n");
    const lines: string[] = [];
    const error = await (async () => {
      for await (const line of testClient({ timeout: 100, maxRetries: 0 }).pods.logsStream("pod-123")) lines.push(line);
    })().catch((caught: unknown) => caught);
    expect(lines).toEqual(["only line"]);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/pods\.logsStream: no data for 100 ms/);
  });

  it("the signal ends the wait for the next line with an AbortError", async () => {
    const log = liveLog();
    server.use(http.get(ROUTE, () => new HttpResponse(log.body)));
    log.send("first\n");
    const controller = new AbortController();
    const lines: string[] = [];
    const error = await (async () => {
      for await (const line of testClient().pods.logsStream("pod-123", { signal: controller.signal })) {
        lines.push(line);
        setTimeout(() => controller.abort(new Error("enough")), 20);
      }
    })().catch((caught: unknown) => caught);
    expect(lines).toEqual(["first"]);
    expect(error).toBeInstanceOf(AbortError);
  });

  it("leaving the loop early cancels the response body", async () => {
    // A fetch of its own, so that the body the client cancels is this very stream (msw copies bodies).
    const log = liveLog();
    const fetch = async () => new Response(log.body, { headers: { "Content-Type": "text/plain" } });
    log.send("one\ntwo\n");
    for await (const line of testClient({ fetch }).pods.logsStream("pod-123")) {
      if (line === "one") break;
    }
    await tick();
    expect(log.state.cancelled).toBe(true);
  });
});
