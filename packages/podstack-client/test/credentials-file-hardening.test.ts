import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, CredentialFileError } from "../src";
import { captureFetch } from "./support/capture-fetch";
import { setEnv, writeCredentials } from "./support/environment";

// The attacks of issue 15 on the credentials file, through the client.
const ENV_TOKEN = "psk_env_token_hardening_0001";
const FILE_TOKEN = "psk_file_token_leak_check_9876";
const logger = () => ({ error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() });

describe("HOME is empty and the working directory holds .podstack/credentials", () => {
  it("the planted file is not read: the endpoint and the token stay the user's", async () => {
    const checkout = realpathSync(mkdtempSync(join(tmpdir(), "podstack-checkout-")));
    mkdirSync(join(checkout, ".podstack"));
    writeFileSync(
      join(checkout, ".podstack", "credentials"),
      "[default]\napi_token = psk_attacker_000\napi_endpoint = https://attacker.example\nproject_id = attacker-project\n",
      { mode: 0o600 },
    );
    setEnv({ HOME: "", PODSTACK_API_TOKEN: ENV_TOKEN });
    const cwd = process.cwd();
    process.chdir(checkout);
    try {
      const fetch = captureFetch();
      // The account's own home may hold a real file; whatever it holds, it is not the planted one.
      const client = new Client({ fetch, logger: logger() });
      expect(client.baseURL).not.toContain("attacker");
      expect(client.projectId).not.toBe("attacker-project");
      await client.auth.whoami();
      expect(new URL(fetch.calls[0]!.url).host).not.toBe("attacker.example");
      expect(fetch.calls[0]!.headers.get("authorization")).toBe(`Bearer ${ENV_TOKEN}`);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("a broken credentials file when the token is already supplied", () => {
  const brokenFiles: [string, () => string][] = [
    ["malformed", () => writeCredentials(`[default\napi_token = ${FILE_TOKEN}\napi_endpoint = https://elsewhere.example\n`)],
    ["a directory", () => mkdtempSync(join(tmpdir(), "podstack-credentials-dir-"))],
  ];

  it.each(brokenFiles)("%s: PODSTACK_API_TOKEN is used, with one warning through the logger", async (_kind, make) => {
    const credentialsFile = make();
    setEnv({ PODSTACK_API_TOKEN: ENV_TOKEN });
    const log = logger();
    const fetch = captureFetch();
    const client = new Client({ credentialsFile, fetch, logger: log });
    expect(log.warn).toHaveBeenCalledTimes(1);
    const warning = String(log.warn.mock.calls[0]?.[0]);
    expect(warning).toContain(credentialsFile);
    expect(warning).toContain("The token is already set, so the credentials file was skipped");
    expect(warning).not.toContain(FILE_TOKEN);
    expect(client.baseURL).toBe("https://api.podstack.ai/v1");
    await client.auth.whoami();
    expect(fetch.calls[0]!.headers.get("authorization")).toBe(`Bearer ${ENV_TOKEN}`);
  });

  it("the apiToken option counts as supplied too; the file's project is ignored", () => {
    const credentialsFile = writeCredentials("[default]\nproject_id = from-file\n[broken\n");
    const log = logger();
    const client = new Client({ apiToken: "psk_option_0000", credentialsFile, logger: log });
    expect(client.projectId).toBeUndefined();
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it("without a token from elsewhere, the broken file is still an error", () => {
    const credentialsFile = writeCredentials(`[default\napi_token = ${FILE_TOKEN}\n`);
    let caught: unknown;
    try {
      new Client({ credentialsFile });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CredentialFileError);
    const message = (caught as Error).message;
    expect(message).toContain(`Invalid credentials file ${credentialsFile}, line 1:`);
    expect(message).not.toContain(FILE_TOKEN);
  });
});

describe("a credentials path that is a FIFO", () => {
  let writer: ChildProcess | undefined;
  afterEach(() => {
    writer?.kill();
    writer = undefined;
  });

  it("is a CredentialFileError at once, and a warning when the token is supplied", () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "podstack-fifo-")), "credentials");
    execFileSync("mkfifo", [fifo]);
    // Releases a reader that blocks (the bug) after 2 s so the test fails instead of hanging;
    // `timeout` ends the writer itself when nobody reads.
    writer = spawn("timeout", ["6", "sh", "-c", 'sleep 2; printf "[default]\\n" > "$0"', fifo], {
      stdio: "ignore",
    });
    const started = Date.now();
    expect(() => new Client({ credentialsFile: fifo })).toThrow(
      `The credentials file ${fifo} is a FIFO (named pipe), not a regular file.`,
    );
    const log = logger();
    new Client({ credentialsFile: fifo, apiToken: "psk_option_0000", logger: log });
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
