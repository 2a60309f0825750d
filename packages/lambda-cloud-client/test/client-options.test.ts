import {
  AuthenticationError,
  ConfigurationError,
  DEFAULT_BASE_URL,
  InsecureTransportError,
  LambdaCloudClient,
  MissingCredentialError,
} from "../src/index.js";
import { chain, fromEnv, fromValue } from "@cloud-sdk/auth-core";
import { createLambdaCloudMock } from "../src/mock/index.js";
import { USER_AGENT, useLambdaClient } from "./support/client.js";

const { mock, server, client, sent, lastSent } = useLambdaClient();
const ENV = ["LAMBDA_API_KEY", "LAMBDA_API_BASE_URL", "LAMBDA_LOG"] as const;
const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
beforeEach(() => {
  for (const name of ENV) delete process.env[name];
});
afterAll(() => {
  for (const name of ENV) if (saved[name] !== undefined) process.env[name] = saved[name];
});

const MISSING_KEY =
  "Lambda Cloud API key not found. Looked in: the apiKey option; the LAMBDA_API_KEY environment variable. Pass apiKey to the client or set LAMBDA_API_KEY; create a key at https://cloud.lambda.ai/api-keys.";

describe("the API key", () => {
  it("without apiKey and LAMBDA_API_KEY, creating the client throws MissingCredentialError naming both", () => {
    const create = () => new LambdaCloudClient();
    expect(create).toThrow(MissingCredentialError);
    expect(create).toThrow(MISSING_KEY);
    try {
      create();
    } catch (error) {
      expect((error as MissingCredentialError).lookedIn).toEqual(["the apiKey option", "the LAMBDA_API_KEY environment variable"]);
    }
  });

  it("a blank apiKey counts as missing", () => {
    expect(() => new LambdaCloudClient({ apiKey: "   " })).toThrow(MISSING_KEY);
  });

  it("falls back to LAMBDA_API_KEY, read once when the client is created", async () => {
    process.env.LAMBDA_API_KEY = mock.apiKey;
    const c = new LambdaCloudClient({ headers: { "X-Team": "research" } });
    process.env.LAMBDA_API_KEY = "secret_changed-later.ffffffffffffffffffffffffffffffff";
    await c.regions.list();
    expect((await lastSent()).headers.get("authorization")).toBe(`Bearer ${mock.apiKey}`);
  });

  it("the apiKey option wins over LAMBDA_API_KEY", async () => {
    process.env.LAMBDA_API_KEY = "secret_from-env.ffffffffffffffffffffffffffffffff";
    await client({ apiKey: mock.apiKey }).regions.list();
    expect((await lastSent()).headers.get("authorization")).toBe(`Bearer ${mock.apiKey}`);
  });

  it("a rejected key's error says where the key came from", async () => {
    process.env.LAMBDA_API_KEY = "secret_wrong-key.ffffffffffffffffffffffffffffffff";
    const error = await new LambdaCloudClient().regions.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe(
      "global/invalid-api-key: API key was invalid, expired, or deleted. Check your API key or create a new one, then try again. The key in use came from the LAMBDA_API_KEY environment variable.",
    );
  });

  it("any credential source works; a rejected key's error names the places it may have come from", async () => {
    await client({ apiKey: chain(fromEnv("LAMBDA_TEST_NO_SUCH_VARIABLE"), fromValue(mock.apiKey, "the vault")) }).regions.list();
    expect((await lastSent()).headers.get("authorization")).toBe(`Bearer ${mock.apiKey}`);
    const error = await client({ apiKey: chain(fromEnv("LAMBDA_TEST_NO_SUCH_VARIABLE"), fromValue("secret_wrong.0000000000000000", "the vault")) })
      .regions.list()
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toContain(
      "The key in use came from one of: the LAMBDA_TEST_NO_SUCH_VARIABLE environment variable; the vault.",
    );
  });

  it("a function is called lazily, once, and its key is used", async () => {
    const fetchKey = jest.fn(async () => mock.apiKey);
    const c = client({ apiKey: fetchKey });
    expect(fetchKey).not.toHaveBeenCalled();
    await c.regions.list();
    await c.images.list();
    expect(fetchKey).toHaveBeenCalledTimes(1);
    expect((await lastSent()).headers.get("authorization")).toBe(`Bearer ${mock.apiKey}`);
  });
});

describe("authScheme", () => {
  it("is Bearer by default", async () => {
    await client().regions.list();
    expect((await lastSent()).headers.get("authorization")).toBe(`Bearer ${mock.apiKey}`);
  });

  it("'basic' sends the key as username with an empty password, and Lambda accepts it", async () => {
    const regions = await client({ authScheme: "basic" }).regions.list();
    expect(regions.length).toBeGreaterThan(0);
    const header = (await lastSent()).headers.get("authorization") ?? "";
    expect(header).toBe(`Basic ${Buffer.from(`${mock.apiKey}:`).toString("base64")}`);
  });

  it("anything else is a ConfigurationError naming the option", () => {
    expect(() => client({ authScheme: "token" as never })).toThrow(ConfigurationError);
    expect(() => client({ authScheme: "token" as never })).toThrow('authScheme must be "bearer" or "basic"; got "token".');
  });
});

describe("baseURL", () => {
  const custom = createLambdaCloudMock({ baseURL: "https://lambda.example.test/api/v1" });
  beforeEach(() => server.use(...custom.handlers));

  it.each(["https://lambda.example.test/api/v1", "https://lambda.example.test/api/v1/"])("%s: requests go below it", async (baseURL) => {
    const c = client({ baseURL });
    expect(c.baseURL).toBe("https://lambda.example.test/api/v1");
    await c.instances.get("0920582c7ff041399e34823a0be62549");
    const request = await lastSent();
    expect(request.origin).toBe("https://lambda.example.test");
    expect(request.path).toBe("/instances/0920582c7ff041399e34823a0be62549");
  });

  it("falls back to LAMBDA_API_BASE_URL, then to https://cloud.lambda.ai/api/v1", async () => {
    process.env.LAMBDA_API_BASE_URL = "https://lambda.example.test/api/v1/";
    expect(client({ baseURL: undefined }).baseURL).toBe("https://lambda.example.test/api/v1");
    delete process.env.LAMBDA_API_BASE_URL;
    const c = client({ baseURL: undefined });
    expect(c.baseURL).toBe(DEFAULT_BASE_URL);
    await c.regions.list();
    expect((await lastSent()).origin).toBe("https://cloud.lambda.ai");
  });

  it("an invalid URL, or plain http to another machine, is refused when the client is created", () => {
    expect(() => client({ baseURL: "cloud.lambda.ai/api/v1" })).toThrow(ConfigurationError);
    expect(() => client({ baseURL: "http://cloud.lambda.ai/api/v1" })).toThrow(InsecureTransportError);
    expect(() => client({ baseURL: "http://localhost:8080/api/v1" })).not.toThrow();
  });
});

describe("headers", () => {
  it("sends User-Agent @cloud-sdk/lambda-cloud-client/<version>, the client's headers and the call's", async () => {
    await client({ headers: { "X-Team": "research", "X-Trace": "client" } }).regions.list({ headers: { "X-Trace": "call" } });
    const { headers } = await lastSent();
    expect(headers.get("user-agent")).toBe(USER_AGENT);
    expect(headers.get("x-team")).toBe("research");
    expect(headers.get("x-trace")).toBe("call");
  });

  it("a header named Authorization never replaces the key", async () => {
    await client({ headers: { Authorization: "Bearer not-the-key" } }).regions.list({ headers: { authorization: "Bearer nor-this" } });
    expect((await lastSent()).headers.get("authorization")).toBe(`Bearer ${mock.apiKey}`);
  });
});

describe("other options", () => {
  it("fetch: a custom fetch function carries every request", async () => {
    const custom = jest.fn((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
    await client({ fetch: custom }).regions.list();
    expect(custom).toHaveBeenCalledTimes(1);
  });

  it("timeout and maxRetries are checked when the client is created", async () => {
    expect(() => client({ timeout: 0 })).toThrow(ConfigurationError);
    expect(() => client({ maxRetries: -1 })).toThrow(ConfigurationError);
    await expect(sent()).resolves.toHaveLength(0);
  });

  it("LAMBDA_LOG sets the log level when logLevel is not given", async () => {
    process.env.LAMBDA_LOG = "debug";
    const debug = jest.fn();
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug };
    await client({ logger }).regions.list();
    expect(debug).toHaveBeenCalledWith(expect.stringContaining("regions.list: → GET https://cloud.lambda.ai/api/v1/regions"), expect.anything());
    debug.mockClear();
    await client({ logger, logLevel: "warn" }).regions.list();
    expect(debug).not.toHaveBeenCalled();
  });

  it.each(["DEBUG", "Debug", " debug "])("LAMBDA_LOG=%j is read whatever its case (and spaces)", async (value) => {
    process.env.LAMBDA_LOG = value;
    const debug = jest.fn();
    await client({ logger: { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug } }).regions.list();
    expect(debug).toHaveBeenCalledWith(expect.stringContaining("regions.list: → GET"), expect.anything());
  });

  it("LAMBDA_LOG=OFF silences warnings; a value that is no level is ignored, leaving the default (warn)", async () => {
    const recorder = () => ({ error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() });
    // Drifted answers in "warn" mode: each logs one warning (per operation), unless silenced.
    (mock.state.regions[0] as unknown as Record<string, unknown>).description = 7;
    (mock.state.images[0] as unknown as Record<string, unknown>).name = 7;
    process.env.LAMBDA_LOG = "OFF";
    const quiet = recorder();
    await client({ logger: quiet, responseValidation: "warn" }).regions.list();
    expect(quiet.warn).not.toHaveBeenCalled();
    process.env.LAMBDA_LOG = "VERBOSE";
    const defaults = recorder();
    await client({ logger: defaults, responseValidation: "warn" }).images.list();
    expect(defaults.warn).toHaveBeenCalledTimes(1);
    expect(defaults.debug).not.toHaveBeenCalled();
  });
});
