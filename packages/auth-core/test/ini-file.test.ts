import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chain, CredentialFileError, fromEnv } from "../src/index.js";
import { expandHome, fromIniFile, readIniFile, readIniFileSync } from "../src/node.js";

const dir = mkdtempSync(join(tmpdir(), "auth-core-ini-"));
const write = (name: string, text: string, mode = 0o600) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
};
const TWO_PROFILES = "[default]\napi_token = default-token-0000\n\n[production]\napi_token = production-token-00\n";

describe("fromIniFile", () => {
  test("reads the key of the named profile", async () => {
    const path = write("two-profiles", TWO_PROFILES);
    const source = fromIniFile({ path, profile: "production", key: "api_token", warn: jest.fn() });
    expect((await source.resolve())?.secret.reveal()).toBe("production-token-00");
    expect(source.resolveSync!()?.secret.reveal()).toBe("production-token-00");
    expect(source.description).toBe(`the api_token of profile [production] in ${path}`);
  });

  test("a missing file, profile or key is 'not found here', not a crash", async () => {
    const path = write("default-only", "[default]\nother = 1\n");
    const missingFile = fromIniFile({ path: join(dir, "nope"), profile: "default", key: "api_token" });
    const missingProfile = fromIniFile({ path, profile: "staging", key: "api_token", warn: jest.fn() });
    const missingKey = fromIniFile({ path, profile: "default", key: "api_token", warn: jest.fn() });
    expect(await missingFile.resolve()).toBeUndefined();
    expect(await missingProfile.resolve()).toBeUndefined();
    expect(await missingKey.resolve()).toBeUndefined();
    expect(missingFile.resolveSync!()).toBeUndefined();
  });

  test("in a chain, a missing file falls through to the next source", async () => {
    process.env.TEST_INI_FALLBACK = "fallback-token-000";
    try {
      const source = chain(fromIniFile({ path: join(dir, "nope"), profile: "default", key: "api_token" }), fromEnv("TEST_INI_FALLBACK"));
      expect((await source.resolve())?.source).toBe("the TEST_INI_FALLBACK environment variable");
    } finally {
      delete process.env.TEST_INI_FALLBACK;
    }
  });

  test("CRLF files work", async () => {
    const path = write("crlf", "[default]\r\napi_token = crlf-token-0000\r\n");
    expect((await fromIniFile({ path, profile: "default", key: "api_token" }).resolve())?.secret.reveal()).toBe("crlf-token-0000");
  });

  test("~ expands to the home directory", async () => {
    const home = mkdtempSync(join(tmpdir(), "auth-core-home-"));
    mkdirSync(join(home, ".podstack"));
    writeFileSync(join(home, ".podstack", "credentials"), "[default]\napi_token = home-token-00000\n", { mode: 0o600 });
    const realHome = process.env.HOME;
    process.env.HOME = home;
    try {
      expect(expandHome("~/.podstack/credentials")).toBe(join(home, ".podstack", "credentials"));
      expect(expandHome("/etc/x")).toBe("/etc/x");
      const source = fromIniFile({ path: "~/.podstack/credentials", profile: "default", key: "api_token" });
      expect((await source.resolve())?.secret.reveal()).toBe("home-token-00000");
    } finally {
      process.env.HOME = realHome;
    }
  });

  test("a section named __proto__ is rejected with the file's name", async () => {
    const path = write("proto", "[__proto__]\napi_token = x\n");
    const source = fromIniFile({ path, profile: "default", key: "api_token" });
    await expect(source.resolve()).rejects.toThrow(CredentialFileError);
    await expect(source.resolve()).rejects.toThrow(`Invalid credentials file ${path}, line 1`);
  });

  test("something that is not a readable file is a CredentialFileError", async () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    await expect(readIniFile(folder)).rejects.toThrow(CredentialFileError);
    await expect(readIniFile(folder)).rejects.toThrow(`The credentials file ${folder} is a directory`);
  });
});

describe("credentials file permissions", () => {
  test("a file readable by group or others gets one warning naming it and chmod 600", async () => {
    const path = write("too-open", TWO_PROFILES, 0o644);
    const warn = jest.fn();
    await readIniFile(path, { warn });
    readIniFileSync(path, { warn });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(
      `Credentials file ${path} is accessible by other users (permissions 0644); anyone on this machine can read your token. Run: chmod 600 ${path}`,
    );
  });

  test("a private file gets no warning", async () => {
    const path = write("private", TWO_PROFILES, 0o600);
    const warn = jest.fn();
    await readIniFile(path, { warn });
    expect(warn).not.toHaveBeenCalled();
  });

  test("by default the warning is a process warning", async () => {
    const path = write("too-open-default", TWO_PROFILES, 0o640);
    const emitted = jest.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    try {
      await readIniFile(path);
      expect(emitted).toHaveBeenCalledWith(expect.stringContaining(`chmod 600 ${path}`), {
        code: "CLOUD_SDK_CREDENTIALS_FILE_PERMISSIONS",
      });
    } finally {
      emitted.mockRestore();
    }
  });
});
