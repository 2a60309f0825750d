import { Client, type ClientOptions, ConfigurationError, InsecureTransportError } from "../src";
import { captureFetch } from "./support/capture-fetch";
import { setEnv, writeCredentials, writeHomeCredentials } from "./support/environment";

const TOKEN = { apiToken: "psk_test_token_0000000000" };
const PROFILES = [
  "[default]",
  "project_id = default-project",
  "api_endpoint = https://api.default.podstack.ai",
  "[work]",
  "project_id = work-project",
  "api_endpoint = https://api.work.podstack.ai/",
].join("\n");

/** The URL the client's first request goes to. */
async function urlOf(options: ClientOptions): Promise<string | undefined> {
  const fetch = captureFetch();
  await new Client({ ...TOKEN, ...options, fetch }).auth.whoami();
  return fetch.calls[0]?.url;
}

describe("the project: projectId → PODSTACK_PROJECT → the profile's project_id", () => {
  it("takes the option first", () => {
    writeHomeCredentials(PROFILES);
    setEnv({ PODSTACK_PROJECT: "env-project" });
    expect(new Client({ ...TOKEN, projectId: "option-project" }).projectId).toBe("option-project");
  });

  it("then PODSTACK_PROJECT", () => {
    writeHomeCredentials(PROFILES);
    setEnv({ PODSTACK_PROJECT: "env-project" });
    expect(new Client(TOKEN).projectId).toBe("env-project");
  });

  it("then the profile in use: [default], PODSTACK_PROFILE's, or the profile option's", () => {
    writeHomeCredentials(PROFILES);
    expect(new Client(TOKEN).projectId).toBe("default-project");
    setEnv({ PODSTACK_PROFILE: "work" });
    expect(new Client(TOKEN).projectId).toBe("work-project");
    expect(new Client({ ...TOKEN, profile: "default" }).projectId).toBe("default-project");
  });

  it("is undefined when nothing sets it", () => {
    expect(new Client(TOKEN).projectId).toBeUndefined();
  });
});

describe("the endpoint: apiEndpoint → PODSTACK_API_ENDPOINT → the profile's api_endpoint → the default", () => {
  it("defaults to https://api.podstack.ai/v1", async () => {
    expect(new Client(TOKEN).baseURL).toBe("https://api.podstack.ai/v1");
    expect(await urlOf({})).toBe("https://api.podstack.ai/v1/auth/whoami");
  });

  it("takes the option over the environment and the profile", async () => {
    writeHomeCredentials(PROFILES);
    setEnv({ PODSTACK_API_ENDPOINT: "https://api.env.podstack.ai" });
    expect(await urlOf({ apiEndpoint: "https://api.custom.podstack.ai" })).toBe(
      "https://api.custom.podstack.ai/v1/auth/whoami",
    );
  });

  it("then PODSTACK_API_ENDPOINT, then the profile's api_endpoint", async () => {
    writeHomeCredentials(PROFILES);
    setEnv({ PODSTACK_API_ENDPOINT: "https://api.env.podstack.ai" });
    expect(new Client(TOKEN).baseURL).toBe("https://api.env.podstack.ai/v1");
    setEnv({ PODSTACK_API_ENDPOINT: undefined, PODSTACK_PROFILE: "work" });
    expect(new Client(TOKEN).baseURL).toBe("https://api.work.podstack.ai/v1");
  });

  it("keeps an endpoint that has a path as given (a proxy), without its trailing slash", () => {
    expect(
      new Client({ ...TOKEN, apiEndpoint: "https://gateway.example.com/podstack/v2/" }).baseURL,
    ).toBe("https://gateway.example.com/podstack/v2");
  });

  it("refuses an endpoint that is not a URL, naming where it came from", () => {
    setEnv({ PODSTACK_API_ENDPOINT: "api.podstack.ai" });
    const attempt = () => new Client(TOKEN);
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(
      'The API endpoint "api.podstack.ai" from the PODSTACK_API_ENDPOINT environment variable is not a valid URL. ' +
        'Use an absolute URL such as "https://api.podstack.ai", or remove the setting to use https://api.podstack.ai/v1.',
    );
  });

  it("refuses plain http except to loopback (auth-core's rule)", () => {
    expect(() => new Client({ ...TOKEN, apiEndpoint: "http://api.podstack.ai" })).toThrow(
      InsecureTransportError,
    );
    expect(new Client({ ...TOKEN, apiEndpoint: "http://127.0.0.1:8080" }).baseURL).toBe(
      "http://127.0.0.1:8080/v1",
    );
  });
});

describe("the credentials file is read only when needed", () => {
  it("is not read when the token, project and endpoint are all given", () => {
    const credentialsFile = writeCredentials("[default\n"); // malformed: reading it would warn
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
    new Client({
      ...TOKEN,
      projectId: "p",
      apiEndpoint: "https://api.podstack.ai",
      credentialsFile,
      logger,
    });
    expect(logger.warn).not.toHaveBeenCalled();
    // With the project still open the file is read: broken, it is a warning (the token is given).
    new Client({ ...TOKEN, credentialsFile, logger });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("Invalid credentials file"));
  });
});

describe("PODSTACK_LOG", () => {
  it("sets the log level when the option does not", async () => {
    setEnv({ PODSTACK_LOG: "debug" });
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
    const fetch = captureFetch();
    await new Client({ ...TOKEN, logger, fetch }).auth.whoami();
    expect(logger.debug).toHaveBeenCalledWith(
      expect.stringContaining("auth.whoami: → GET"),
      expect.anything(),
    );
    logger.debug.mockClear();
    await new Client({ ...TOKEN, logger, fetch, logLevel: "warn" }).auth.whoami();
    expect(logger.debug).not.toHaveBeenCalled();
  });

  it("ignores a value that is not a level", async () => {
    setEnv({ PODSTACK_LOG: "verbose" });
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
    await new Client({ ...TOKEN, logger, fetch: captureFetch() }).auth.whoami();
    expect(logger.debug).not.toHaveBeenCalled();
  });
});
