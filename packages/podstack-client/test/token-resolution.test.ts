import { AuthenticationError, Client, type ClientOptions, CredentialFileError } from "../src";
import { captureFetch } from "./support/capture-fetch";
import { setEnv, writeCredentials, writeHomeCredentials } from "./support/environment";

const TWO_PROFILES = [
  "# Podstack credentials",
  "[default]",
  "api_token = psk_default_token_0000000000",
  "project_id = default-project",
  "",
  "; the production account",
  "[production]",
  "api_token = psk_production_token_000000   ; rotated every 90 days",
  "project_id = prod-project",
  "api_endpoint = https://api.work.podstack.ai",
  "",
].join("\n");

/** The token the client sends, found by making one call through a fetch double. */
async function tokenOf(options: ClientOptions = {}): Promise<string | null> {
  const fetch = captureFetch();
  await new Client({ ...options, fetch }).auth.whoami();
  return fetch.calls[0]?.headers.get("authorization")?.replace(/^Bearer /, "") ?? null;
}

const construct =
  (options: ClientOptions = {}) =>
  () =>
    new Client(options);

describe("row 1: the apiToken option", () => {
  it("wins over the profile option, the environment and the file", async () => {
    const credentialsFile = writeCredentials(TWO_PROFILES);
    setEnv({ PODSTACK_API_TOKEN: "psk_env_token_00000000000" });
    expect(
      await tokenOf({ apiToken: "psk_option_token", profile: "production", credentialsFile }),
    ).toBe("psk_option_token");
  });

  it("a blank apiToken counts as not given", async () => {
    setEnv({ PODSTACK_API_TOKEN: "psk_env_token_00000000000" });
    expect(await tokenOf({ apiToken: "  " })).toBe("psk_env_token_00000000000");
  });
});

describe("row 2: the profile option", () => {
  it("takes that profile's api_token, over PODSTACK_API_TOKEN and PODSTACK_PROFILE", async () => {
    const credentialsFile = writeCredentials(TWO_PROFILES);
    setEnv({ PODSTACK_API_TOKEN: "psk_env_token_00000000000", PODSTACK_PROFILE: "default" });
    expect(await tokenOf({ profile: "production", credentialsFile })).toBe(
      "psk_production_token_000000",
    );
    expect(await tokenOf({ profile: "default", credentialsFile })).toBe(
      "psk_default_token_0000000000",
    );
  });

  it("a missing profile names the file and the profile and lists the file's profiles", () => {
    const credentialsFile = writeCredentials(TWO_PROFILES);
    expect(construct({ profile: "staging", credentialsFile })).toThrow(
      new AuthenticationError({
        message:
          `Profile [staging] not found in the credentials file ${credentialsFile} (from the credentialsFile option), ` +
          "which has the profiles [default], [production]. Use one of those, or add a [staging] section with `api_token = <your token>`.",
      }),
    );
  });

  it("a missing file names the file and the profile (even when apiToken is given: the profile was asked for)", () => {
    const credentialsFile = `${writeCredentials("")}.missing`;
    const error = captureError(
      construct({ profile: "production", credentialsFile, apiToken: "psk_x" }),
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe(
      `Profile [production] not found: the credentials file ${credentialsFile} (from the credentialsFile option) does not exist. ` +
        "Create it and add a [production] section with `api_token = <your token>`, point credentialsFile or PODSTACK_CREDENTIALS_FILE at the right file, or pass apiToken.",
    );
    expect((error as AuthenticationError).statusCode).toBeUndefined();
  });

  it("a file without profiles says so", () => {
    const credentialsFile = writeCredentials("; nothing yet\n");
    expect(construct({ profile: "production", credentialsFile })).toThrow("which has no profiles");
  });

  it("a profile without api_token falls through to PODSTACK_API_TOKEN", async () => {
    const credentialsFile = writeCredentials("[ci]\nproject_id = ci-project\n");
    setEnv({ PODSTACK_API_TOKEN: "psk_env_token_00000000000" });
    expect(await tokenOf({ profile: "ci", credentialsFile })).toBe("psk_env_token_00000000000");
    expect(new Client({ profile: "ci", credentialsFile }).projectId).toBe("ci-project");
  });
});

describe("row 3: PODSTACK_API_TOKEN", () => {
  it("wins over the [default] profile", async () => {
    writeHomeCredentials(TWO_PROFILES);
    setEnv({ PODSTACK_API_TOKEN: "psk_env_token_00000000000" });
    expect(await tokenOf()).toBe("psk_env_token_00000000000");
  });

  it("is read once, at construction", async () => {
    setEnv({ PODSTACK_API_TOKEN: "psk_first_token_000000000" });
    const fetch = captureFetch();
    const client = new Client({ fetch });
    process.env.PODSTACK_API_TOKEN = "psk_second_token_00000000";
    await client.auth.whoami();
    expect(fetch.calls[0]?.headers.get("authorization")).toBe("Bearer psk_first_token_000000000");
  });
});

describe("row 4: the credentials file", () => {
  it("reads [default] of ~/.podstack/credentials", async () => {
    writeHomeCredentials(TWO_PROFILES);
    expect(await tokenOf()).toBe("psk_default_token_0000000000");
  });

  it("reads the profile PODSTACK_PROFILE names", async () => {
    writeHomeCredentials(TWO_PROFILES);
    setEnv({ PODSTACK_PROFILE: "production" });
    expect(await tokenOf()).toBe("psk_production_token_000000");
  });

  it("reads the file PODSTACK_CREDENTIALS_FILE names; the credentialsFile option wins over it", async () => {
    writeHomeCredentials("[default]\napi_token = psk_home_token_0000000000\n");
    setEnv({
      PODSTACK_CREDENTIALS_FILE: writeCredentials(
        "[default]\napi_token = psk_env_file_token_000000\n",
      ),
    });
    expect(await tokenOf()).toBe("psk_env_file_token_000000");
    const credentialsFile = writeCredentials("[default]\napi_token = psk_option_file_token_0000\n");
    expect(await tokenOf({ credentialsFile })).toBe("psk_option_file_token_0000");
  });

  it("reads a CRLF file with comments, blank lines and spaces", async () => {
    const text =
      "\uFEFF; comment\r\n# another\r\n\r\n[default]\r\n  api_token   =   psk_crlf_token_0000000000  # trailing\r\n";
    expect(await tokenOf({ credentialsFile: writeCredentials(text) })).toBe(
      "psk_crlf_token_0000000000",
    );
  });

  it("a malformed file is auth-core's CredentialFileError naming the file and the line", () => {
    const credentialsFile = writeCredentials("[default\napi_token = x\n");
    const error = captureError(construct({ credentialsFile }));
    expect(error).toBeInstanceOf(CredentialFileError);
    expect(error.message).toContain(`Invalid credentials file ${credentialsFile}, line 1`);
  });
});

describe("the group-readable file warning (auth-core's)", () => {
  it("warns through process.emitWarning, naming the file and the fix", async () => {
    const emit = jest.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    const credentialsFile = writeCredentials(
      "[default]\napi_token = psk_loose_file_token_00000\n",
      0o640,
    );
    expect(await tokenOf({ credentialsFile })).toBe("psk_loose_file_token_00000");
    expect(emit).toHaveBeenCalledTimes(1);
    const warning = String(emit.mock.calls[0]?.[0]);
    expect(warning).toContain(
      `Credentials file ${credentialsFile} is accessible by other users (permissions 0640)`,
    );
    expect(warning).toContain(`chmod 600 ${credentialsFile}`);
    emit.mockRestore();
  });

  it("goes to the logger when one is given, and never for a 0600 file", () => {
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
    new Client({
      logger,
      credentialsFile: writeCredentials("[default]\napi_token = psk_a_token_000000000000\n", 0o604),
    });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("chmod 600"));
    logger.warn.mockClear();
    new Client({
      logger,
      credentialsFile: writeCredentials("[default]\napi_token = psk_b_token_000000000000\n"),
    });
    expect(logger.warn).not.toHaveBeenCalled();
  });
});

describe("when nothing yields a token", () => {
  it("is an AuthenticationError starting 'No API token provided', listing where it looked, in order, and the fix", () => {
    const home = process.env.HOME as string;
    expect(construct()).toThrow(
      new AuthenticationError({
        message:
          "No API token provided. Looked in: the apiToken option; the PODSTACK_API_TOKEN environment variable; " +
          `the api_token of profile [default] in ${home}/.podstack/credentials (the file does not exist). ` +
          `Set PODSTACK_API_TOKEN, pass apiToken to the Client, or add \`api_token = <your token>\` to the [default] profile of ${home}/.podstack/credentials. ` +
          "Create a token in the Podstack dashboard (Account > API Tokens).",
      }),
    );
  });

  it("says which profile was missing and which the file has", () => {
    writeHomeCredentials(TWO_PROFILES);
    setEnv({ PODSTACK_PROFILE: "staging" });
    expect(construct()).toThrow("(no such profile; the file has [default], [production])");
  });

  it("says when the profile option's profile has no api_token", () => {
    const credentialsFile = writeCredentials("[ci]\nproject_id = p\n");
    expect(construct({ profile: "ci", credentialsFile })).toThrow(
      `No API token provided. Looked in: the apiToken option; the api_token of profile [ci] in ${credentialsFile} (from the credentialsFile option) (the profile has no api_token); the PODSTACK_API_TOKEN environment variable.`,
    );
  });
});

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}
