/**
 * The transport against a real node:http server on 127.0.0.1 that stalls, drips, floods, resets and
 * lies: what a timeout or a limit must do to the connection itself, which msw cannot show.
 */
import { inspect } from "node:util";
import {
  AbortError,
  bearer,
  ConfigurationError,
  ConnectionError,
  createTransport,
  fromFunction,
  fromValue,
  ResponseTooLargeError,
  TimeoutError,
  type TransportOptions,
} from "../src/index.js";
import { drip, flood, stall, startHostileServer, type Behaviour, type HostileServer } from "./support/hostile-server.js";
import { runClient } from "./support/client-process.js";
import { TEST_KEY } from "./support/msw.js";

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(behaviour: Behaviour): Promise<HostileServer> {
  server = await startHostileServer(behaviour);
  return server;
}

const make = (base: string, overrides: Partial<TransportOptions> = {}) =>
  createTransport({
    provider: "Example",
    baseURL: base,
    credential: fromValue(TEST_KEY),
    auth: bearer(),
    maxRetries: 0,
    logLevel: "off",
    retryTiming: { initialDelayMs: 20, maxDelayMs: 20 },
    ...overrides,
  });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error);

describe("a timeout stops the request: the connection is closed (a real Node process)", () => {
  test("a server that never answers: TimeoutError, and the socket is closed while the program runs on", async () => {
    const { url, allClosed, requests } = await serve(stall);
    // A limit that leaves a loaded machine time to start the process and connect before it expires.
    const { outcomes } = await runClient({ baseURL: url, transport: { timeout: 1_000, maxRetries: 0 }, calls: 1, lingerMs: 1_500 }, async () => {
      await allClosed(1_000);
    });
    expect(outcomes[0]?.name).toBe("TimeoutError");
    expect(outcomes[0]?.message).toContain("timed out after 1000 ms without a complete response; the request was aborted");
    expect(requests()).toHaveLength(1);
  });

  test("a server that drips one byte at a time: TimeoutError at the limit, and the socket is closed", async () => {
    const { url, allClosed } = await serve(drip(10));
    const { outcomes } = await runClient({ baseURL: url, transport: { timeout: 1_000, maxRetries: 0 }, calls: 1, lingerMs: 1_500 }, async () => {
      await allClosed(1_000);
    });
    expect(outcomes[0]?.name).toBe("TimeoutError");
  });

  test("50 timed-out calls leave no socket open", async () => {
    const { url, allClosed, requests } = await serve(stall);
    // A generous limit: on a loaded machine, opening 50 connections takes a while.
    const { outcomes } = await runClient({ baseURL: url, transport: { timeout: 1_500, maxRetries: 0 }, calls: 50, lingerMs: 3_000 }, async () => {
      await allClosed(2_000);
    });
    expect(outcomes.every((outcome) => outcome.name === "TimeoutError")).toBe(true);
    expect(requests().length).toBeGreaterThan(0);
  }, 20_000);

  test("retries of a timed-out read never overlap: one connection at a time, none left", async () => {
    const { url, allClosed, requests, peakOpen } = await serve(stall);
    const transport = { timeout: 800, maxRetries: 2, retryTiming: { initialDelayMs: 20, maxDelayMs: 20 } };
    const { outcomes } = await runClient({ baseURL: url, transport, calls: 1, lingerMs: 1_500 }, async () => {
      await allClosed(1_000);
    });
    expect(outcomes[0]?.name).toBe("TimeoutError");
    expect(requests()).toHaveLength(3);
    expect(peakOpen()).toBe(1);
  }, 20_000);

  test("the process exits by itself within 1 s of the last error, whatever the server does", async () => {
    for (const behaviour of [stall, drip(20), flood()]) {
      const { url } = await serve(behaviour);
      const transport = { timeout: 150, maxRetries: 1, retryTiming: { initialDelayMs: 10, maxDelayMs: 10 }, maxResponseBytes: 1_048_576 };
      const { outcomes, exitAfterMs } = await runClient({ baseURL: url, transport, calls: 1 }, async () => undefined);
      expect(outcomes[0]?.name).toMatch(/^(TimeoutError|ResponseTooLargeError)$/);
      expect(exitAfterMs).toBeLessThan(1_000);
      await server!.close();
      server = undefined;
    }
  }, 20_000);

  test("a timed-out create is not repeated", async () => {
    const { url, requests } = await serve(stall);
    const error = await failure(make(url, { timeout: 1_000, maxRetries: 2 }).request({ operation: "things.create", method: "POST", path: "/x", json: {} }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(requests()).toHaveLength(1);
  });

  test("a credential function that never settles ends in the TimeoutError, and nothing is sent", async () => {
    const { url, requests } = await serve(stall);
    const credential = fromFunction(() => new Promise<string>(() => undefined));
    const error = await failure(make(url, { timeout: 100, credential }).request({ operation: "x", method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error?.message).toContain("resolving the credential took longer than 100 ms, so nothing was sent");
    expect(requests()).toHaveLength(0);
  });
});

describe("maxResponseBytes", () => {
  test("an endless body ends in ResponseTooLargeError at the limit; not retried; the socket is closed", async () => {
    const { url, allClosed, requests } = await serve(flood());
    const { outcomes } = await runClient({ baseURL: url, transport: { maxRetries: 2, maxResponseBytes: 1_000_000 }, calls: 1, lingerMs: 1_500 }, async () => {
      await allClosed(1_000);
    });
    expect(outcomes[0]).toEqual({
      name: "ResponseTooLargeError",
      message:
        "x: the response (status 200) is larger than maxResponseBytes (1000000 bytes); reading stopped and the connection was closed. " +
        "Raise maxResponseBytes on the client or this call if such a large answer is expected.",
    });
    expect(requests()).toHaveLength(1);
  });

  test("a 600 MB answer ends in ResponseTooLargeError under the default limit, not in a crash; the socket is closed", async () => {
    const { url, allClosed } = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": String(600 * 1024 * 1024) });
      response.write("[");
    });
    const { outcomes } = await runClient({ baseURL: url, transport: { maxRetries: 0 }, calls: 1, lingerMs: 1_500 }, async () => {
      await allClosed(1_000);
    });
    expect(outcomes[0]?.name).toBe("ResponseTooLargeError");
    expect(outcomes[0]?.message).toContain(`maxResponseBytes (${64 * 1024 * 1024} bytes)`);
  });

  test("the default limit holds for a body that does not announce its size", async () => {
    const { url } = await serve(flood());
    const error = await failure(make(url).request({ operation: "x", method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).not.toBeInstanceOf(ConnectionError);
  }, 20_000);

  test("per call, over the client's", async () => {
    const body = JSON.stringify({ data: "x".repeat(5_000) });
    const { url } = await serve((_request, response) => response.end(body));
    const transport = make(url, { maxResponseBytes: 1_000 });
    await expect(transport.request({ operation: "x", method: "GET", path: "/x" })).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(transport.request({ operation: "x", method: "GET", path: "/x", maxResponseBytes: 10_000 })).resolves.toEqual(JSON.parse(body));
  });

  test("an invalid limit is a ConfigurationError, on the client and per call", async () => {
    expect(() => make("http://127.0.0.1:1", { maxResponseBytes: 0 })).toThrow(ConfigurationError);
    const error = await failure(make("http://127.0.0.1:1").request({ operation: "x", method: "GET", path: "/x", maxResponseBytes: -1 }));
    expect(error).toBeInstanceOf(ConfigurationError);
  });
});

describe("errors that say what happened", () => {
  test("a connection reset after the server answered says so, not 'could not reach'", async () => {
    const { url } = await serve((_request, response, socket) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"data": [');
      setTimeout(() => socket.destroy(), 20);
    });
    const error = await failure(make(url).request({ operation: "things.list", method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error?.message).toContain("the connection was closed while reading the response (status 200)");
    expect(error?.message).not.toContain("could not reach");
  });

  test("a reset while reading a create's answer is not repeated", async () => {
    const { url, requests } = await serve((_request, response, socket) => {
      response.writeHead(201);
      response.write("{");
      setTimeout(() => socket.destroy(), 10);
    });
    const error = await failure(make(url, { maxRetries: 2 }).request({ operation: "things.create", method: "POST", path: "/x", json: {} }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(requests()).toHaveLength(1);
  });

  test("a refused connection is retried even for a create (nothing reached a server)", async () => {
    const { url } = await serve(stall);
    await server!.close();
    server = undefined;
    const attempts: number[] = [];
    const logger = { error: () => undefined, warn: () => undefined, debug: () => undefined, info: (message: string) => void attempts.push(message.length) };
    const error = await failure(
      make(url, { maxRetries: 2, logLevel: "info", logger }).request({ operation: "things.create", method: "POST", path: "/x", json: {} }),
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error?.message).toContain("could not reach");
    expect(error?.message).toContain("ECONNREFUSED");
    expect(attempts).toHaveLength(2);
  });

  test("a caller's AbortSignal.timeout() ends in an AbortError whose cause is the signal's reason", async () => {
    const { url } = await serve(stall);
    const signal = AbortSignal.timeout(50);
    const error = await failure(make(url, { timeout: 5_000, maxRetries: 2 }).request({ operation: "x", method: "GET", path: "/x", signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error?.cause).toBe(signal.reason);
  });

  test("128 concurrent calls sharing one AbortSignal print no MaxListenersExceededWarning", async () => {
    const { url } = await serve((_request, response) => response.end("{}"));
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const controller = new AbortController();
      const transport = make(url);
      await Promise.all(Array.from({ length: 128 }, () => transport.request({ operation: "x", method: "GET", path: "/x", signal: controller.signal })));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual([]);
  });
});

describe("secrets, everywhere they can appear", () => {
  test.each([
    ["a line break", "k_0123456789\r\nX-Injected: 1"],
    ["a NUL", "k_0123456789\u0000abc"],
    ["a non-Latin-1 character", "k_0123456789\u2603abc"],
  ])("a key holding %s is a ConfigurationError when resolved; nothing sent, nothing retried, the value never quoted", async (_what, key) => {
    const { url, connections } = await serve((_request, response) => response.end("{}"));
    const credential = fromFunction(() => key);
    const error = await failure(make(url, { credential, maxRetries: 2 }).request({ operation: "x", method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toContain("it was not sent");
    expect(error?.message).not.toContain("k_0123456789");
    expect(inspect(error)).not.toContain("k_0123456789");
    expect(connections()).toBe(0);
  });

  test("a key that is not a string is a ConfigurationError naming where it came from", async () => {
    const { url } = await serve((_request, response) => response.end("{}"));
    const error = await failure(
      make(url, { credential: fromValue(12345 as unknown as string, "the apiKey option") }).request({ operation: "x", method: "GET", path: "/x" }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toBe(
      "The credential from the apiKey option is not a string (got number). Check that value (a stray newline from a file or a copy-paste is common); it was not sent.",
    );
  });

  test("a baseURL with user:pass@ is a ConfigurationError at construction, without the password", () => {
    const build = () => make("https://alice:hunter2-secret@api.example.test/v1");
    expect(build).toThrow(ConfigurationError);
    expect(build).toThrow(/must not contain a user name or password/);
    try {
      build();
    } catch (error) {
      expect(`${(error as Error).message} ${inspect(error)}`).not.toContain("hunter2");
    }
  });

  test("the reason phrase is scrubbed like the body and the headers", async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(401, `Invalid key ${TEST_KEY}`, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: `bad ${TEST_KEY}` }));
    });
    const error = (await failure(make(url).request({ operation: "x", method: "GET", path: "/x" }))) as Error & { statusText?: string };
    expect(error.message).not.toContain(TEST_KEY);
    expect(inspect(error, { depth: 10 })).not.toContain(TEST_KEY);
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
  });
});

describe("path parameters cannot change the path", () => {
  test.each([".", ".."])("%j is a RequestValidationError naming the parameter; nothing sent", async (value) => {
    const { url, connections } = await serve((_request, response) => response.end("{}"));
    const error = await failure(make(url).request({ operation: "things.get", method: "GET", path: "/things/{id}", pathParams: { id: value } }));
    expect(error?.name).toBe("RequestValidationError");
    expect(error?.message).toBe(`things.get: "id" must not be "${value}" (it would change the request's path).`);
    expect(connections()).toBe(0);
  });
});
