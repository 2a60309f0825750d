import { fromValue, MissingCredentialError, resolveApiKeyOption } from "../src/index.js";

const init = { optionName: "apiKey", environmentVariable: "TEST_PROVIDER_API_KEY", subject: "Test API key" };

afterEach(() => {
  delete process.env.TEST_PROVIDER_API_KEY;
});

describe("resolveApiKeyOption", () => {
  test("an explicit key beats the environment variable", async () => {
    process.env.TEST_PROVIDER_API_KEY = "from-env-0000000000";
    const source = resolveApiKeyOption({ ...init, value: "from-option-000000" });
    const credential = await source.resolve();
    expect(credential?.secret.reveal()).toBe("from-option-000000");
    expect(credential?.source).toBe("the apiKey option");
  });

  test("falls back to the environment variable, read once at creation", async () => {
    process.env.TEST_PROVIDER_API_KEY = "first-value-000000";
    const source = resolveApiKeyOption({ ...init, value: undefined });
    process.env.TEST_PROVIDER_API_KEY = "changed-later-0000";
    const credential = await source.resolve();
    expect(credential?.secret.reveal()).toBe("first-value-000000");
    expect(credential?.source).toBe("the TEST_PROVIDER_API_KEY environment variable");
  });

  test("a blank option counts as not given", async () => {
    process.env.TEST_PROVIDER_API_KEY = "from-env-0000000000";
    expect((await resolveApiKeyOption({ ...init, value: "  " }).resolve())?.source).toBe(
      "the TEST_PROVIDER_API_KEY environment variable",
    );
  });

  test("with neither, throws at once, naming the option and the variable", () => {
    expect(() => resolveApiKeyOption({ ...init, value: undefined })).toThrow(MissingCredentialError);
    expect(() => resolveApiKeyOption({ ...init, value: undefined })).toThrow(
      "Test API key not found. Looked in: the apiKey option; the TEST_PROVIDER_API_KEY environment variable. Pass apiKey to the client or set TEST_PROVIDER_API_KEY.",
    );
  });

  test("a custom hint replaces the default one", () => {
    expect(() => resolveApiKeyOption({ ...init, value: undefined, hint: "Or enable cookies." })).toThrow(/TEST_PROVIDER_API_KEY environment variable\. Or enable cookies\.$/);
  });

  test("a function is called lazily, not at creation", async () => {
    const fn = jest.fn(async () => "from-function-00000");
    const source = resolveApiKeyOption({ ...init, value: fn });
    expect(fn).not.toHaveBeenCalled();
    expect((await source.resolve())?.secret.reveal()).toBe("from-function-00000");
    expect(source.description).toBe("the apiKey function");
  });

  test("a credential source is used as is", () => {
    const source = fromValue("custom-source-000000", "my source");
    expect(resolveApiKeyOption({ ...init, value: source })).toBe(source);
  });
});
