import {
  ConfigurationError,
  createClient,
  DEFAULT_BASE_URL,
  InsecureTransportError,
  MissingCredentialError,
  PHALA_CLOUD_API_KEY_ENV,
  PHALA_CLOUD_API_PREFIX_ENV,
  PHALA_CLOUD_LOG_ENV,
} from "../src";
import { recordingFetch } from "./recording-fetch";

const ENV_NAMES = [PHALA_CLOUD_API_KEY_ENV, PHALA_CLOUD_API_PREFIX_ENV, PHALA_CLOUD_LOG_ENV];
const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  for (const name of ENV_NAMES) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
});
afterEach(() => {
  for (const name of ENV_NAMES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

async function firstCall(options: Parameters<typeof createClient>[0]) {
  const { fetch, calls } = recordingFetch();
  await createClient({ ...options, fetch }).getCurrentUser();
  const call = calls[0];
  if (!call) throw new Error("no request");
  return call;
}

describe("the API key", () => {
  it("is the apiKey option when given, even with PHALA_CLOUD_API_KEY set", async () => {
    process.env.PHALA_CLOUD_API_KEY = "phak_from_environment_00000";
    const call = await firstCall({ apiKey: "phak_from_option_111111111" });
    expect(call.headers.get("x-api-key")).toBe("phak_from_option_111111111");
  });

  it("is PHALA_CLOUD_API_KEY when there is no option", async () => {
    process.env.PHALA_CLOUD_API_KEY = "phak_from_environment_00000";
    expect((await firstCall({})).headers.get("x-api-key")).toBe("phak_from_environment_00000");
  });

  it("is read once, at creation: changing or removing the variable later changes nothing", async () => {
    process.env.PHALA_CLOUD_API_KEY = "phak_first_value_000000000";
    const { fetch, calls } = recordingFetch();
    const client = createClient({ fetch });
    process.env.PHALA_CLOUD_API_KEY = "phak_second_value_11111111";
    await client.getCurrentUser();
    delete process.env.PHALA_CLOUD_API_KEY;
    await client.getCurrentUser();
    expect(calls.map((call) => call.headers.get("x-api-key"))).toEqual(["phak_first_value_000000000", "phak_first_value_000000000"]);
  });

  it("missing everywhere: createClient throws MissingCredentialError naming the option, the variable and cookie auth", () => {
    const error = (() => {
      try {
        createClient();
      } catch (caught) {
        return caught;
      }
    })() as MissingCredentialError;
    expect(error).toBeInstanceOf(MissingCredentialError);
    expect(error.message).toContain("the apiKey option");
    expect(error.message).toContain("the PHALA_CLOUD_API_KEY environment variable");
    expect(error.message).toContain("useCookieAuth");
    expect(error.lookedIn).toEqual(["the apiKey option", "the PHALA_CLOUD_API_KEY environment variable"]);
  });

  it("a blank option or variable counts as missing", () => {
    process.env.PHALA_CLOUD_API_KEY = "   ";
    expect(() => createClient({ apiKey: "" })).toThrow(MissingCredentialError);
  });

  it("is not needed with useCookieAuth, and the variable is then ignored", async () => {
    expect(() => createClient({ useCookieAuth: true })).not.toThrow();
    process.env.PHALA_CLOUD_API_KEY = "phak_from_environment_00000";
    expect((await firstCall({ useCookieAuth: true })).headers.get("x-api-key")).toBeNull();
  });

  it("may be a function, called when a key is needed", async () => {
    const apiKey = jest.fn(async () => "phak_from_function_22222222");
    const { fetch, calls } = recordingFetch();
    const client = createClient({ apiKey, fetch });
    expect(apiKey).not.toHaveBeenCalled();
    await client.getCurrentUser();
    await client.getCurrentUser();
    expect(apiKey).toHaveBeenCalledTimes(1);
    expect(calls[1]?.headers.get("x-api-key")).toBe("phak_from_function_22222222");
  });
});

describe("the base URL", () => {
  const KEY = "phak_test_0000000000000000";

  it("defaults to https://cloud-api.phala.com/api/v1", async () => {
    expect(DEFAULT_BASE_URL).toBe("https://cloud-api.phala.com/api/v1");
    expect((await firstCall({ apiKey: KEY })).url).toBe("https://cloud-api.phala.com/api/v1/auth/me");
  });

  it("PHALA_CLOUD_API_PREFIX beats the default", async () => {
    process.env.PHALA_CLOUD_API_PREFIX = "https://staging.phala.example/api/v1/";
    expect((await firstCall({ apiKey: KEY })).url).toBe("https://staging.phala.example/api/v1/auth/me");
  });

  it("the baseURL option beats PHALA_CLOUD_API_PREFIX", async () => {
    process.env.PHALA_CLOUD_API_PREFIX = "https://staging.phala.example/api/v1";
    const call = await firstCall({ apiKey: KEY, baseURL: "https://eu.phala.example/api/v1" });
    expect(call.url).toBe("https://eu.phala.example/api/v1/auth/me");
  });

  it("PHALA_CLOUD_API_PREFIX is read once, at creation", async () => {
    process.env.PHALA_CLOUD_API_PREFIX = "https://staging.phala.example/api/v1";
    const { fetch, calls } = recordingFetch();
    const client = createClient({ apiKey: KEY, fetch });
    process.env.PHALA_CLOUD_API_PREFIX = "https://elsewhere.phala.example/api/v1";
    await client.getCurrentUser();
    expect(calls[0]?.url).toBe("https://staging.phala.example/api/v1/auth/me");
    expect(client.baseURL).toBe("https://staging.phala.example/api/v1");
  });

  it("plain http is refused except to loopback, and a malformed URL says so", () => {
    expect(() => createClient({ apiKey: KEY, baseURL: "http://cloud-api.phala.com/api/v1" })).toThrow(InsecureTransportError);
    expect(() => createClient({ apiKey: KEY, baseURL: "http://localhost:8000/api/v1" })).not.toThrow();
    expect(() => createClient({ apiKey: KEY, baseURL: "cloud-api.phala.com" })).toThrow(/baseURL "cloud-api.phala.com" is not a valid URL/);
  });
});

describe("other options", () => {
  const KEY = "phak_test_0000000000000000";

  it("refuses a version that is not a YYYY-MM-DD date before sending anything", () => {
    const { fetch } = recordingFetch();
    const create = () => createClient({ apiKey: KEY, fetch, version: "v2" as never });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(/"v2" is not a Phala Cloud API version\. A version is a date, YYYY-MM-DD; .*2025-10-28, 2026-01-21, 2026-05-22, 2026-06-23/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ["a record", { "x-phala-version": "2025-10-28" }],
    ["a Headers instance", new Headers({ "X-Phala-Version": "2025-10-28" })],
    ["pairs", [["X-PHALA-VERSION", "2025-10-28"]] as [string, string][]],
  ])("refuses X-Phala-Version in headers given as %s, pointing at the version option", (_label, headers) => {
    expect(() => createClient({ apiKey: KEY, headers })).toThrow(/use the version option/);
  });

  it("refuses an invalid timeout or maxRetries", () => {
    expect(() => createClient({ apiKey: KEY, timeout: -1 })).toThrow(ConfigurationError);
    expect(() => createClient({ apiKey: KEY, maxRetries: 1.5 })).toThrow(ConfigurationError);
  });

  it("takes the log level from PHALA_CLOUD_LOG when the option is not given, and ignores a bad value", async () => {
    const lines: string[] = [];
    const logger = { error: () => {}, warn: () => {}, info: () => {}, debug: (line: string) => void lines.push(line) };
    process.env.PHALA_CLOUD_LOG = "debug";
    await firstCall({ apiKey: KEY, logger });
    expect(lines.length).toBeGreaterThan(0);
    lines.length = 0;
    process.env.PHALA_CLOUD_LOG = "loud";
    await firstCall({ apiKey: KEY, logger });
    await firstCall({ apiKey: KEY, logger, logLevel: "warn" });
    expect(lines).toEqual([]);
  });

  it.each(["DEBUG", "Debug", " debug "])("reads PHALA_CLOUD_LOG=%j like debug (any case, spaces trimmed)", async (value) => {
    const lines: string[] = [];
    const logger = { error: () => {}, warn: () => {}, info: () => {}, debug: (line: string) => void lines.push(line) };
    process.env.PHALA_CLOUD_LOG = value;
    await firstCall({ apiKey: KEY, logger });
    expect(lines.length).toBeGreaterThan(0);
    lines.length = 0;
    process.env.PHALA_CLOUD_LOG = value.toUpperCase().replace("DEBUG", "OFF");
    await firstCall({ apiKey: KEY, logger });
    expect(lines).toEqual([]);
  });
});
