import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { isAbsolute, join } from "node:path";
import { CredentialFileError } from "../src/index.js";
import { expandHome, fromIniFile, homeDirectory, readIniFile, readIniFileSync } from "../src/node.js";

// Hardening of the credentials-file reader against files an attacker can plant or shape.
const dir = realpathSync(mkdtempSync(join(tmpdir(), "auth-core-ini-hardening-")));
const FAKE_TOKEN = "psk_live_9f8e7d6c5b4a39281706";

/** Runs `body` with these environment variables set (undefined: deleted), then restores them. */
function withEnv<T>(vars: Record<string, string | undefined>, body: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(vars);
  try {
    return body();
  } finally {
    apply(saved);
  }
}

/**
 * A writer that opens the FIFO after 2 s, so that a reader that blocks on it (the bug) is released
 * and its test fails on the assertion instead of hanging jest. `timeout` bounds the writer itself:
 * with the fix nobody reads, and its open would otherwise wait forever.
 */
function unblocker(fifo: string): ChildProcess {
  return spawn("timeout", ["6", "sh", "-c", 'sleep 2; printf "[default]\\napi_token = from-fifo\\n" > "$0"', fifo], {
    stdio: "ignore",
  });
}

describe("a credentials path that is not a regular file", () => {
  const fifo = join(dir, "fifo");
  let writer: ChildProcess | undefined;
  beforeAll(() => execFileSync("mkfifo", [fifo]));
  afterEach(() => {
    writer?.kill();
    writer = undefined;
  });

  test("a FIFO is a CredentialFileError at once, synchronously", () => {
    writer = unblocker(fifo);
    const started = Date.now();
    let caught: unknown;
    try {
      readIniFileSync(fifo);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CredentialFileError);
    expect((caught as Error).message).toBe(
      `The credentials file ${fifo} is a FIFO (named pipe), not a regular file. Point the path at a regular file, or remove what is there.`,
    );
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  test("a FIFO is a CredentialFileError at once, asynchronously and through fromIniFile", async () => {
    writer = unblocker(fifo);
    const started = Date.now();
    await expect(readIniFile(fifo)).rejects.toThrow(`${fifo} is a FIFO (named pipe)`);
    const source = fromIniFile({ path: fifo, profile: "default", key: "api_token" });
    await expect(source.resolve()).rejects.toBeInstanceOf(CredentialFileError);
    expect(() => source.resolveSync!()).toThrow(CredentialFileError);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  test("a directory is a CredentialFileError naming what it is", async () => {
    const folder = join(dir, "folder");
    mkdirSync(folder);
    expect(() => readIniFileSync(folder)).toThrow(`The credentials file ${folder} is a directory, not a regular file.`);
    await expect(readIniFile(folder)).rejects.toThrow(`${folder} is a directory`);
  });

  test("a device is a CredentialFileError", async () => {
    expect(() => readIniFileSync("/dev/zero")).toThrow("The credentials file /dev/zero is a device");
    await expect(readIniFile("/dev/null")).rejects.toThrow("is a device");
  });
});

describe("an empty or relative HOME", () => {
  test("an empty HOME counts as unset: ~ resolves to the account's absolute home, never the working directory", () => {
    const expected = userInfo().homedir;
    withEnv({ HOME: "", USERPROFILE: undefined, HOMEDRIVE: undefined, HOMEPATH: undefined }, () => {
      expect(homeDirectory()).toBe(expected);
      const path = expandHome("~/.podstack/credentials");
      expect(isAbsolute(path)).toBe(true);
      expect(path).toBe(join(expected, ".podstack", "credentials"));
    });
  });

  test("a file planted in the working directory is not read when HOME is empty", () => {
    const workdir = mkdtempSync(join(dir, "checkout-"));
    mkdirSync(join(workdir, ".podstack"));
    writeFileSync(join(workdir, ".podstack", "credentials"), `[default]\napi_token = planted-token-0000\n`, { mode: 0o600 });
    const cwd = process.cwd();
    process.chdir(workdir);
    try {
      withEnv({ HOME: "", USERPROFILE: undefined, HOMEDRIVE: undefined, HOMEPATH: undefined }, () => {
        let file: ReturnType<typeof readIniFileSync>;
        try {
          file = readIniFileSync("~/.podstack/credentials", { warn: () => undefined });
        } catch (error) {
          // The account's real home may hold an unusable file; what matters is which file was read.
          expect((error as CredentialFileError).path).not.toBe(join(workdir, ".podstack", "credentials"));
          return;
        }
        expect(file?.path).not.toBe(join(workdir, ".podstack", "credentials"));
        expect(file?.sections.default?.api_token).not.toBe("planted-token-0000");
      });
    } finally {
      process.chdir(cwd);
    }
  });

  test("a relative HOME counts as unset too", () => {
    withEnv({ HOME: "relative/home", USERPROFILE: undefined, HOMEDRIVE: undefined, HOMEPATH: undefined }, () => {
      expect(isAbsolute(homeDirectory())).toBe(true);
      expect(homeDirectory()).not.toContain("relative/home");
    });
  });

  test("an absolute HOME is still obeyed", () => {
    withEnv({ HOME: dir }, () => expect(expandHome("~/x")).toBe(join(dir, "x")));
  });
});

describe("syntax errors never quote the file", () => {
  test("a malformed line holding a token: the message names the file, the line and the problem, not the token", async () => {
    const path = join(dir, "malformed");
    writeFileSync(path, `[default]\n[api_token = ${FAKE_TOKEN}\n`, { mode: 0o600 });
    let caught: unknown;
    try {
      readIniFileSync(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CredentialFileError);
    const error = caught as CredentialFileError;
    expect(error.message).toBe(
      `Invalid credentials file ${path}, line 2: a line starting with [ must be a section header like [name], closed by ] and nothing after it.`,
    );
    expect(error.line).toBe(2);
    expect(error.path).toBe(path);
    expect(JSON.stringify(error)).not.toContain(FAKE_TOKEN);
    expect(String(error.stack)).not.toContain(FAKE_TOKEN);
    await expect(readIniFile(path)).rejects.toThrow(expect.objectContaining({ message: expect.not.stringContaining(FAKE_TOKEN) }));
  });
});

describe("a credentials file far larger than any credentials file", () => {
  test("is a CredentialFileError naming its size, without being read (sync and async)", async () => {
    const path = join(dir, "huge-credentials");
    writeFileSync(path, `[default]\napi_token = ${FAKE_TOKEN}\n${"# padding\n".repeat(120_000)}`, { mode: 0o600 });
    expect(() => readIniFileSync(path)).toThrow(CredentialFileError);
    expect(() => readIniFileSync(path)).toThrow(/is \d+ bytes, more than a credentials file holds \(1048576 at most\); it was not read/);
    await expect(readIniFile(path)).rejects.toThrow(CredentialFileError);
  });
});
