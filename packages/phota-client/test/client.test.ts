import { HttpResponse, http } from "msw";
import {
  ConfigurationError,
  MissingCredentialError,
  PHOTA_DEFAULT_TIMEOUT_MS,
  PHOTA_QUICK_TIMEOUT_MS,
  PhotaClient,
  TimeoutError,
} from "../src";
import { createPhotaMock } from "../src/mock";
import { rejectionOf, useClient } from "./client-support";

const { mock, server, sent, makeClient } = useClient();
const ENV = ["PHOTA_API_KEY", "PHOTA_BASE_URL", "PHOTA_LOG"] as const;

beforeEach(() => ENV.forEach((name) => delete process.env[name]));
afterAll(() => ENV.forEach((name) => delete process.env[name]));

describe("the API key", () => {
  it("is sent as X-API-Key from the apiKey option", async () => {
    await makeClient().profiles.list();
    expect(sent[0]?.headers.get("x-api-key")).toBe(mock.apiKey);
  });

  it("falls back to PHOTA_API_KEY, read once at construction", async () => {
    process.env["PHOTA_API_KEY"] = mock.apiKey;
    const client = new PhotaClient();
    process.env["PHOTA_API_KEY"] = "changed-later";
    await client.profiles.list();
    expect(sent[0]?.headers.get("x-api-key")).toBe(mock.apiKey);
  });

  it("prefers the option over the environment", async () => {
    process.env["PHOTA_API_KEY"] = "from-the-environment";
    await new PhotaClient({ apiKey: mock.apiKey }).profiles.list();
    expect(sent[0]?.headers.get("x-api-key")).toBe(mock.apiKey);
  });

  it("may come from a function, called lazily and once", async () => {
    const source = jest.fn(async () => mock.apiKey);
    const client = new PhotaClient({ apiKey: source });
    expect(source).not.toHaveBeenCalled();
    await client.profiles.list();
    await client.profiles.list();
    expect(source).toHaveBeenCalledTimes(1);
    expect(sent[1]?.headers.get("x-api-key")).toBe(mock.apiKey);
  });

  it("missing everywhere: the constructor throws MissingCredentialError naming both places", () => {
    let error: unknown;
    try {
      new PhotaClient({ apiKey: "  " });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MissingCredentialError);
    const missing = error as MissingCredentialError;
    expect(missing.lookedIn).toEqual(["the apiKey option", "the PHOTA_API_KEY environment variable"]);
    expect(missing.message).toBe(
      "Phota API key not found. Looked in: the apiKey option; the PHOTA_API_KEY environment variable. " +
        "Pass apiKey to new PhotaClient() or set PHOTA_API_KEY; keys are created at https://platform.photalabs.com.",
    );
  });
});

describe("the base URL", () => {
  const other = "https://phota.internal.example/v1/phota";

  it("defaults to https://api.photalabs.com/v1/phota", async () => {
    const client = makeClient();
    expect(client.baseURL).toBe("https://api.photalabs.com/v1/phota");
    await client.profiles.list();
    expect(sent[0]?.url.href).toBe("https://api.photalabs.com/v1/phota/profiles/ids");
  });

  it("comes from baseURL, then PHOTA_BASE_URL", async () => {
    server.use(...createPhotaMock({ baseURL: other }).handlers);
    process.env["PHOTA_BASE_URL"] = "https://from-the-environment.example/v1/phota";
    await makeClient({ baseURL: `${other}/` }).profiles.list();
    expect(sent[0]?.url.href).toBe(`${other}/profiles/ids`);
    process.env["PHOTA_BASE_URL"] = other;
    await makeClient().profiles.list();
    expect(sent[1]?.url.href).toBe(`${other}/profiles/ids`);
  });

  it("refuses plain http except to loopback", () => {
    expect(() => makeClient({ baseURL: "http://phota.example/v1/phota" })).toThrow(/http/);
    expect(makeClient({ baseURL: "http://127.0.0.1:4010/v1/phota" }).baseURL).toBe("http://127.0.0.1:4010/v1/phota");
  });
});

describe("headers and fetch", () => {
  it("sends the package's User-Agent, the client's headers and the call's, the key winning over both", async () => {
    const client = makeClient({ headers: { "X-Team": "growth", "X-Trace": "client", "X-API-Key": "not-this" } });
    await client.profiles.list({ tag: "user_123" }, { headers: { "X-Trace": "call" } });
    const headers = sent[0]!.headers;
    expect(headers.get("user-agent")).toBe("@cloud-sdk/phota-client/0.0.0");
    expect([headers.get("x-team"), headers.get("x-trace"), headers.get("x-api-key")]).toEqual(["growth", "call", mock.apiKey]);
    expect(headers.get("accept")).toBe("application/json");
  });

  it("goes through the given fetch", async () => {
    const calls: string[] = [];
    const client = makeClient({
      fetch: (input, init) => {
        calls.push(String(input instanceof Request ? input.url : input));
        return fetch(input, init);
      },
    });
    await client.webhookSecret();
    expect(calls).toEqual(["https://api.photalabs.com/v1/phota/webhook-secret"]);
  });
});

describe("timeouts and retries", () => {
  beforeEach(() => {
    jest.useFakeTimers();
    server.use(http.all(`${mock.baseURL}/*`, () => new Promise<Response>(() => undefined)));
  });
  afterEach(() => jest.useRealTimers());

  async function timeoutOf(call: Promise<unknown>): Promise<number> {
    const settled = rejectionOf(call);
    await jest.advanceTimersByTimeAsync(PHOTA_DEFAULT_TIMEOUT_MS);
    const error = await settled;
    expect(error).toBeInstanceOf(TimeoutError);
    return (error as TimeoutError).timeoutMs;
  }

  it("gives image calls 610 s by default (Phota's 600 s limit, plus time for its 504), other calls 60 s", async () => {
    expect(PHOTA_DEFAULT_TIMEOUT_MS).toBe(610_000);
    expect(PHOTA_QUICK_TIMEOUT_MS).toBe(60_000);
    const client = makeClient();
    expect(await timeoutOf(client.generate({ prompt: "x" }))).toBe(610_000);
    expect(await timeoutOf(client.jobs.get("j1"))).toBe(60_000);
    expect(await timeoutOf(client.profiles.status("p1"))).toBe(60_000);
  });

  it("applies the timeout option to every call; a call's own timeout wins", async () => {
    const client = makeClient({ timeout: 5_000 });
    expect(await timeoutOf(client.edit({ images: ["https://example.com/a.jpg"] }))).toBe(5_000);
    expect(await timeoutOf(client.profiles.list())).toBe(5_000);
    expect(await timeoutOf(client.profiles.list({}, { timeout: 1_000 }))).toBe(1_000);
  });

  it("rejects a timeout that is not a positive number", () => {
    expect(() => makeClient({ timeout: 0 })).toThrow(ConfigurationError);
  });
});

describe("maxRetries", () => {
  it("defaults to 2 retries for safe calls", async () => {
    mock.failNext({ status: 503, times: 2, headers: { "Retry-After": "0" } });
    await new PhotaClient({ apiKey: mock.apiKey }).profiles.list();
    expect(sent).toHaveLength(3);
  });

  it("can be lowered per client and per call", async () => {
    mock.failNext({ status: 503, times: 2, headers: { "Retry-After": "0" } });
    const client = new PhotaClient({ apiKey: mock.apiKey, maxRetries: 1 });
    await rejectionOf(client.profiles.list());
    expect(sent).toHaveLength(2);
    mock.failNext({ status: 503, headers: { "Retry-After": "0" } });
    await rejectionOf(client.profiles.list({}, { maxRetries: 0 }));
    expect(sent).toHaveLength(3);
  });
});

describe("logging", () => {
  it("reads the level from PHOTA_LOG when logLevel is not given", async () => {
    process.env["PHOTA_LOG"] = "debug";
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
    await makeClient({ logger }).profiles.list();
    expect(logger.debug).toHaveBeenCalledWith(expect.stringContaining("profiles.list: → GET"), expect.anything());
  });

  it.each(["DEBUG", "Debug", " debug "])("reads PHOTA_LOG=%j in any case", async (value) => {
    process.env["PHOTA_LOG"] = value;
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
    await makeClient({ logger }).profiles.list();
    expect(logger.debug).toHaveBeenCalledWith(expect.stringContaining("profiles.list: → GET"), expect.anything());
  });

  it("PHOTA_LOG=OFF silences warnings, whatever its case", async () => {
    process.env["PHOTA_LOG"] = "OFF";
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
    mock.failNext({ status: 200, path: "/profiles/ids", body: { profiles: "drifted" } });
    await makeClient({ logger, responseValidation: "warn" }).profiles.list();
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("ignores an unknown PHOTA_LOG value and an explicit logLevel wins", async () => {
    process.env["PHOTA_LOG"] = "chatty";
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
    await makeClient({ logger }).profiles.list();
    process.env["PHOTA_LOG"] = "debug";
    await makeClient({ logger, logLevel: "warn" }).profiles.list();
    expect(logger.debug).not.toHaveBeenCalled();
  });
});

it("answers the API's own webhook secret", async () => {
  expect(await makeClient().webhookSecret()).toBe(mock.state.webhookSecret);
  expect(sent[0]?.url.pathname).toBe("/v1/phota/webhook-secret");
  server.use(http.get(`${mock.baseURL}/webhook-secret`, () => HttpResponse.json({ other: 1 })));
  const error = await rejectionOf(makeClient().webhookSecret());
  // The operation is a sensitive response: what the body held is not repeated, only what was expected.
  expect(error.message).toContain("expected a string in one of webhook_secret, secret, signing_secret, received [redacted]");
});

it("sends X-API-Key and the User-Agent on every method's request", async () => {
  const client = makeClient();
  const image = "https://example.com/a.jpg";
  const handle = await client.generate({ prompt: "x", async: true });
  const { profile_id } = await client.profiles.add({ image_urls: [image] });
  await Promise.all([
    client.edit({ images: [image] }),
    client.enhance({ image }),
    client.remix({ input_image: image, reference_image: image }),
    client.jobs.get(handle),
    client.profiles.list(),
    client.profiles.status(profile_id),
    client.profiles.picture(profile_id),
    client.webhookSecret(),
  ]);
  await client.profiles.delete(profile_id);
  expect(sent).toHaveLength(11);
  for (const request of sent) {
    expect([request.url.pathname, request.headers.get("x-api-key")]).toEqual([request.url.pathname, mock.apiKey]);
    expect(request.headers.get("user-agent")).toBe("@cloud-sdk/phota-client/0.0.0");
  }
});
