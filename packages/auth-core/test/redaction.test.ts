import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import {
  ApiError,
  apiKeyHeader,
  basic,
  bearer,
  createTransport,
  fromFunction,
  fromValue,
  MissingCredentialError,
  resolveApiKeyOption,
  type Logger,
  type TransportOptions,
} from "../src/index.js";
import { TEST_KEY, useMswServer } from "./support/msw.js";

const server = useMswServer();
const BASE = "https://api.example.test/v1";
const make = (overrides: Partial<TransportOptions> = {}) =>
  createTransport({ provider: "Example", baseURL: BASE, credential: fromValue(TEST_KEY), auth: apiKeyHeader("X-API-Key"), maxRetries: 0, ...overrides });

/** Every way an error or object could be shown or shipped somewhere. */
function allRenderings(value: unknown): string {
  const error = value as Error;
  const ownProperties = value && typeof value === "object" ? Object.getOwnPropertyNames(value).map((name) => inspect((value as Record<string, unknown>)[name], { depth: 10 })) : [];
  return [String(value), error?.message, error?.stack, JSON.stringify(value), inspect(value, { depth: 10, showHidden: true }), ...ownProperties].join("\n");
}

describe("the key never leaks", () => {
  test("not through an error for a server that echoes the key in its body and headers", async () => {
    server.use(
      http.get("https://api.example.test/v1/me", ({ request }) =>
        HttpResponse.json(
          { detail: `Invalid API key: ${request.headers.get("x-api-key")}`, echoed: { key: request.headers.get("x-api-key") } },
          { status: 401, headers: { "x-debug-key": request.headers.get("x-api-key") ?? "" } },
        ),
      ),
    );
    const error = await make().request({ operation: "getCurrentUser", method: "GET", path: "/me" }).catch((caught: unknown) => caught as ApiError) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    const rendered = allRenderings(error);
    expect(rendered).not.toContain(TEST_KEY);
    expect(error.message).toContain("Invalid API key: phak_…x9Qa");
    expect(error.headers["x-debug-key"]).toBe("phak_…x9Qa");
  });

  test("not through util.inspect or JSON of a transport, a source or a credential", async () => {
    const source = resolveApiKeyOption({ value: TEST_KEY, optionName: "apiKey", subject: "Example API key" });
    const transport = make({ credential: source });
    const credential = await source.resolve();
    for (const value of [transport, source, credential]) expect(allRenderings(value)).not.toContain(TEST_KEY);
    expect(inspect(credential)).toContain("Secret(phak_…x9Qa)");
  });

  test("not through the missing-key error", () => {
    const error = (() => {
      try {
        resolveApiKeyOption({ value: undefined, optionName: "apiKey", environmentVariable: "UNSET_VARIABLE_X", subject: "Example API key" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(MissingCredentialError);
  });

  test("not through debug logs: the credential header shows its redacted form", async () => {
    server.use(http.get("https://api.example.test/v1/me", () => HttpResponse.json({ ok: true })));
    const lines: string[] = [];
    const logger: Logger = {
      debug: (message, details) => lines.push(`${message} ${JSON.stringify(details ?? {})}`),
      info: (message) => lines.push(message),
      warn: (message) => lines.push(message),
      error: (message) => lines.push(message),
    };
    await make({ logger, logLevel: "debug", headers: { Cookie: "session=s3cr3t-cookie-value" } }).request({ operation: "getCurrentUser", method: "GET", path: "/me" });
    const log = lines.join("\n");
    expect(log).toContain("getCurrentUser: → GET https://api.example.test/v1/me");
    expect(log).toContain('"x-api-key":"phak_…x9Qa"');
    expect(log).toContain('"cookie":"***"');
    expect(log).not.toContain(TEST_KEY);
    expect(log).not.toContain("s3cr3t-cookie-value");
    expect(log).toContain("getCurrentUser: ← 200 GET");
  });

  test("with Basic auth neither the key nor its base64 form reaches logs or errors", async () => {
    const encoded = Buffer.from(`${TEST_KEY}:`).toString("base64");
    server.use(
      http.get("https://api.example.test/v1/me", ({ request }) =>
        HttpResponse.json({ detail: `bad credentials: ${request.headers.get("authorization")}` }, { status: 401 }),
      ),
    );
    const lines: string[] = [];
    const logger: Logger = {
      debug: (message, details) => lines.push(`${message} ${JSON.stringify(details ?? {})}`),
      info: (message) => lines.push(message),
      warn: (message) => lines.push(message),
      error: (message) => lines.push(message),
    };
    const error = await make({ auth: basic(), logger, logLevel: "debug" })
      .request({ operation: "getCurrentUser", method: "GET", path: "/me" })
      .catch((caught: unknown) => caught as ApiError);
    const everything = `${lines.join("\n")}\n${allRenderings(error)}`;
    expect(everything).not.toContain(TEST_KEY);
    expect(everything).not.toContain(encoded);
    expect(lines.join("\n")).toContain('"authorization":"Basic (phak_…x9Qa:)"');
  });

  test("below the debug level nothing is logged per request", async () => {
    server.use(http.get("https://api.example.test/v1/me", () => HttpResponse.json({ ok: true })));
    const debug = jest.fn();
    const logger = { debug, info: jest.fn(), warn: jest.fn(), error: jest.fn() };
    await make({ logger, logLevel: "warn" }).request({ operation: "x", method: "GET", path: "/me" });
    expect(debug).not.toHaveBeenCalled();
  });

  test("not through a failing credential function's error", async () => {
    let calls = 0;
    const source = fromFunction(async () => {
      calls++;
      if (calls === 1) return { secret: TEST_KEY, expiresAt: new Date(Date.now() - 1) };
      throw new Error(`token ${TEST_KEY} was revoked`);
    });
    await source.resolve();
    const error = await source.resolve().catch((caught: unknown) => caught);
    expect((error as Error).message).toContain("token phak_…x9Qa was revoked");
    expect((error as Error).message).not.toContain(TEST_KEY);
  });
});

describe("credentials at request time", () => {
  test("100 parallel requests resolve a function credential once", async () => {
    server.use(http.get("https://api.example.test/v1/x", ({ request }) => HttpResponse.json({ auth: request.headers.get("authorization") })));
    const fn = jest.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return TEST_KEY;
    });
    const transport = make({ auth: bearer(), credential: fromFunction(fn) });
    const results = await Promise.all(Array.from({ length: 100 }, () => transport.request({ operation: "x", method: "GET", path: "/x" })));
    expect(fn).toHaveBeenCalledTimes(1);
    expect(results.every((result) => (result as { auth: string }).auth === `Bearer ${TEST_KEY}`)).toBe(true);
  });

  test("a 401 with a refreshable credential refreshes it once and retries", async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get("https://api.example.test/v1/x", ({ request }) => {
        seen.push(request.headers.get("x-api-key"));
        return request.headers.get("x-api-key") === "fresh-key-0000000000" ? HttpResponse.json({ ok: true }) : HttpResponse.json({ detail: "expired" }, { status: 401 });
      }),
    );
    const keys = ["stale-key-0000000000", "fresh-key-0000000000"];
    const transport = make({ credential: fromFunction(async () => keys.shift()) });
    expect(await transport.request({ operation: "x", method: "GET", path: "/x" })).toEqual({ ok: true });
    expect(seen).toEqual(["stale-key-0000000000", "fresh-key-0000000000"]);
  });

  test("a 401 with a static key is not retried", async () => {
    let calls = 0;
    server.use(http.get("https://api.example.test/v1/x", () => {
      calls++;
      return HttpResponse.json({ detail: "bad key" }, { status: 401 });
    }));
    await expect(make({ maxRetries: 2 }).request({ operation: "x", method: "GET", path: "/x" })).rejects.toMatchObject({ status: 401 });
    expect(calls).toBe(1);
  });

  test("a source that finds nothing at request time is a MissingCredentialError with the transport's wording", async () => {
    const transport = make({
      credential: fromFunction(async () => undefined, { description: "the vault" }),
      missingCredential: { subject: "Example API key", hint: "Store it in the vault." },
    });
    await expect(transport.request({ operation: "x", method: "GET", path: "/x" })).rejects.toThrow(
      "Example API key not found. Looked in: the vault. Store it in the vault.",
    );
  });
});
