import {
  chain,
  fromEnv,
  fromValue,
  MissingCredentialError,
  readEnv,
  requireCredential,
  requireCredentialSync,
  type CredentialSource,
} from "../src/index.js";

const KEY = "phak_env0000000000000000key1";

afterEach(() => {
  delete process.env.TEST_CLOUD_KEY;
  delete process.env.TEST_OTHER_KEY;
});

describe("fromValue", () => {
  test("finds a given value, trimmed, and describes itself", async () => {
    const source = fromValue(`  ${KEY}\n`, "the apiKey option");
    expect(source.description).toBe("the apiKey option");
    const credential = await source.resolve();
    expect(credential?.secret.reveal()).toBe(KEY);
    expect(credential?.source).toBe("the apiKey option");
  });

  test.each([undefined, null, "", "   "])("treats %p as not found", async (value) => {
    expect(await fromValue(value).resolve()).toBeUndefined();
  });
});

describe("readEnv / fromEnv", () => {
  test("reads, trims, and treats an empty value as unset", async () => {
    process.env.TEST_CLOUD_KEY = `  ${KEY}  `;
    expect(readEnv("TEST_CLOUD_KEY")).toBe(KEY);
    expect((await fromEnv("TEST_CLOUD_KEY").resolve())?.secret.reveal()).toBe(KEY);
    process.env.TEST_CLOUD_KEY = "   ";
    expect(readEnv("TEST_CLOUD_KEY")).toBeUndefined();
    expect(await fromEnv("TEST_CLOUD_KEY").resolve()).toBeUndefined();
  });

  test("describes the variable it reads", () => {
    expect(fromEnv("TEST_CLOUD_KEY").description).toBe("the TEST_CLOUD_KEY environment variable");
    expect(fromEnv("TEST_CLOUD_KEY", { description: "your key" }).places).toEqual(["your key"]);
  });

  test("answers undefined, never throws, where there is no process (browsers, edge)", async () => {
    process.env.TEST_CLOUD_KEY = KEY;
    const realProcess = globalThis.process;
    try {
      (globalThis as { process?: unknown }).process = undefined;
      expect(readEnv("TEST_CLOUD_KEY")).toBeUndefined();
      expect(fromEnv("TEST_CLOUD_KEY").resolveSync!()).toBeUndefined();
    } finally {
      globalThis.process = realProcess;
    }
  });

  test("reads Deno.env where there is no process", () => {
    const realProcess = globalThis.process;
    const deno = { env: { get: (name: string) => (name === "TEST_CLOUD_KEY" ? " from-deno " : undefined) } };
    try {
      (globalThis as { process?: unknown }).process = undefined;
      (globalThis as { Deno?: unknown }).Deno = deno;
      expect(readEnv("TEST_CLOUD_KEY")).toBe("from-deno");
    } finally {
      globalThis.process = realProcess;
      delete (globalThis as { Deno?: unknown }).Deno;
    }
  });
});

describe("chain", () => {
  test("the first source that finds a credential wins", async () => {
    process.env.TEST_CLOUD_KEY = "phak_from_env_0000000000000";
    const both = chain(fromValue("phak_from_option_000000000", "the apiKey option"), fromEnv("TEST_CLOUD_KEY"));
    expect((await both.resolve())?.source).toBe("the apiKey option");
    const envOnly = chain(fromValue(undefined, "the apiKey option"), fromEnv("TEST_CLOUD_KEY"));
    expect((await envOnly.resolve())?.source).toBe("the TEST_CLOUD_KEY environment variable");
    expect(envOnly.resolveSync!()?.secret.reveal()).toBe("phak_from_env_0000000000000");
  });

  test("lists every place, in order", () => {
    const source = chain(fromValue(undefined, "the apiKey option"), chain(fromEnv("TEST_CLOUD_KEY"), fromEnv("TEST_OTHER_KEY")));
    expect(source.places).toEqual([
      "the apiKey option",
      "the TEST_CLOUD_KEY environment variable",
      "the TEST_OTHER_KEY environment variable",
    ]);
  });

  test("a failing source stops the chain instead of being skipped", async () => {
    const failing: CredentialSource = {
      description: "a broken vault",
      places: ["a broken vault"],
      resolve: () => Promise.reject(new Error("vault sealed")),
    };
    const later = jest.fn(async () => undefined);
    const source = chain(fromValue(undefined), failing, { description: "later", places: ["later"], resolve: later });
    await expect(source.resolve()).rejects.toThrow("vault sealed");
    expect(later).not.toHaveBeenCalled();
    expect(source.resolveSync).toBeUndefined();
  });
});

describe("requireCredential", () => {
  test("throws MissingCredentialError naming every place looked and the fix", async () => {
    const source = chain(fromValue(undefined, "the apiKey option"), fromEnv("TEST_CLOUD_KEY"));
    const message = { subject: "Lambda Cloud API key", hint: "Pass apiKey to the client or set TEST_CLOUD_KEY." };
    const expected =
      "Lambda Cloud API key not found. Looked in: the apiKey option; the TEST_CLOUD_KEY environment variable. Pass apiKey to the client or set TEST_CLOUD_KEY.";
    await expect(requireCredential(source, message)).rejects.toThrow(new MissingCredentialError({ ...message, lookedIn: source.places }));
    await expect(requireCredential(source, message)).rejects.toThrow(expected);
    expect(() => requireCredentialSync(source, message)).toThrow(expected);
  });
});
