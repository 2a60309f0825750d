import {
  createLambdaCloudMock,
  LAMBDA_CLOUD_DEFAULT_BASE_URL,
  LAMBDA_CLOUD_MOCK_API_KEY,
} from "../src/mock/index.js";
import { INVALID_API_KEY_BODY_TEXT } from "./fixtures/errors.js";
import { api } from "./support/api.js";
import { useLambdaMock } from "./support/server.js";

const { mock, server, call } = useLambdaMock();
const key = LAMBDA_CLOUD_MOCK_API_KEY;

describe("authentication", () => {
  it("defaults to Lambda's base URL and the exported key", () => {
    expect(mock.baseURL).toBe(LAMBDA_CLOUD_DEFAULT_BASE_URL);
    expect(LAMBDA_CLOUD_DEFAULT_BASE_URL).toBe("https://cloud.lambda.ai/api/v1");
    expect(mock.apiKey).toBe(key);
  });

  it.each([
    ["Bearer", `Bearer ${key}`],
    ["Basic with base64(key + ':'), as curl -u KEY: sends", `Basic ${btoa(`${key}:`)}`],
    ["Basic with the raw key (the spec's basicAuth lists it)", `Basic ${key}`],
    ["a lower-case scheme (schemes are case-insensitive)", `bearer ${key}`],
  ])("accepts %s", async (_form, authorization) => {
    const res = await call("GET", "/regions", { authorization });
    expect(res.status).toBe(200);
  });

  it.each([
    ["no Authorization header", null],
    ["a wrong key", "Bearer secret_wrong.key"],
    ["the key with a different case", `Bearer ${key.toUpperCase()}`],
    ["Basic base64 without the trailing colon", `Basic ${btoa(key)}`],
    ["Basic base64 with a password", `Basic ${btoa(`${key}:password`)}`],
    ["another scheme", `Token ${key}`],
    ["the bare key", key],
    ["an empty header", ""],
  ])("answers %s with the exact documented 401 body", async (_case, authorization) => {
    const res = await call("GET", "/instances", { authorization });
    expect(res.status).toBe(401);
    expect(res.text).toBe(INVALID_API_KEY_BODY_TEXT);
    expect(res.headers.get("content-type")).toContain("application/json");
  });

  it("checks the key on writes too, before touching any state", async () => {
    const before = mock.state.sshKeys.size;
    const res = await call("POST", "/ssh-keys", { authorization: "Bearer nope", body: { name: "k" } });
    expect(res.status).toBe(401);
    expect(mock.state.sshKeys.size).toBe(before);
  });

  it("checks the key on unknown paths too, and answers 404 global/not-found with it", async () => {
    expect((await call("GET", "/no-such-thing", { authorization: null })).status).toBe(401);
    const res = await call("GET", "/no-such-thing");
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: { code: "global/not-found", message: "The requested resource was not found." } });
  });
});

describe("options", () => {
  it.each([["http://lambda.test/api/v1/"], ["http://lambda.test/api/v1"], ["http://lambda.test/api/v1///"]])(
    "serves on a custom base URL %s (trailing slashes ignored) with a custom key",
    async (baseURL) => {
      const custom = createLambdaCloudMock({ baseURL, apiKey: "k-123" });
      server.use(...custom.handlers);
      expect(custom.baseURL).toBe("http://lambda.test/api/v1");
      const res = await api(custom)("GET", "/ssh-keys", { authorization: "Bearer k-123" });
      expect(res.status).toBe(200);
      const denied = await api(custom)("GET", "/ssh-keys", { authorization: `Bearer ${key}` });
      expect(denied.status).toBe(401);
    },
  );

  it("never shares state between two mocks", async () => {
    const a = createLambdaCloudMock({ baseURL: "http://a.test/api/v1" });
    const b = createLambdaCloudMock({ baseURL: "http://b.test/api/v1" });
    server.use(...a.handlers, ...b.handlers);
    const res = await api(a)("POST", "/ssh-keys", { body: { name: "only-in-a", public_key: "ssh-ed25519 AAAA x" } });
    expect(res.status).toBe(200);
    expect([...a.state.sshKeys.values()].map((k) => k.name)).toContain("only-in-a");
    expect([...b.state.sshKeys.values()].map((k) => k.name)).not.toContain("only-in-a");
    const listed = await api(b)("GET", "/ssh-keys");
    expect(listed.text).not.toContain("only-in-a");
  });

  it("reset() goes back to the seed, keeping the same state object", async () => {
    const state = mock.state;
    await call("POST", "/ssh-keys", { body: { name: "temp" } });
    expect([...state.sshKeys.values()].some((k) => k.name === "temp")).toBe(true);
    mock.reset();
    expect(mock.state).toBe(state);
    expect([...state.sshKeys.values()].map((k) => k.name)).toEqual(["my-public-key"]);
  });

  it("takes a partial seed and keeps the defaults for the rest", async () => {
    const seeded = createLambdaCloudMock({
      baseURL: "http://seeded.test/api/v1",
      seed: { sshKeys: [{ id: "k1", name: "seeded-key", public_key: "ssh-ed25519 AAAA s" }], instances: [] },
    });
    server.use(...seeded.handlers);
    expect((await api(seeded)("GET", "/ssh-keys")).json).toEqual({
      data: [{ id: "k1", name: "seeded-key", public_key: "ssh-ed25519 AAAA s" }],
    });
    expect((await api(seeded)("GET", "/instances")).json).toEqual({ data: [] });
    expect(seeded.state.regions.map((r) => r.name)).toContain("us-west-1");
  });
});
