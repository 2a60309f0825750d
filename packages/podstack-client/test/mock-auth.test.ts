import { createPodstackMock, PODSTACK_MOCK_API_KEY } from "../src/mock";
import { OPERATION_IDS, ROUTES } from "../src/routes";
import { asList, asRecord, call } from "./support/call";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);

describe("the fake's Bearer check", () => {
  it.each(OPERATION_IDS)(
    "%s answers 401 to a wrong token and leaves the state alone",
    async (operation) => {
      const before = JSON.stringify(mock.state);
      const id = ROUTES[operation].path.includes("{id}") ? "pod-123" : undefined;
      const result = await call(mock, operation, {
        id,
        token: "psk_wrong",
        body: ROUTES[operation].body ? {} : undefined,
      });
      expect(result.status).toBe(401);
      expect(result.body).toEqual({ detail: "Invalid API token" });
      expect(result.headers.get("www-authenticate")).toBe("Bearer");
      expect(JSON.stringify(mock.state)).toBe(before);
    },
  );

  it("answers 401 to a missing header", async () => {
    const result = await call(mock, "pods.list", { token: null });
    expect(result.status).toBe(401);
    expect(result.body).toEqual({ detail: "Not authenticated" });
  });

  it("answers 401 to the token without the Bearer prefix (a documented cause)", async () => {
    const result = await call(mock, "pods.list", { authorization: PODSTACK_MOCK_API_KEY });
    expect(result.status).toBe(401);
  });

  it("answers 401 to another scheme", async () => {
    expect(
      (await call(mock, "pods.list", { authorization: `Token ${PODSTACK_MOCK_API_KEY}` })).status,
    ).toBe(401);
  });

  it("accepts the scheme in any case", async () => {
    expect(
      (await call(mock, "pods.list", { authorization: `bearer ${PODSTACK_MOCK_API_KEY}` })).status,
    ).toBe(200);
  });

  it("accepts the right token", async () => {
    const result = await call(mock, "pods.list");
    expect(result.status).toBe(200);
    expect(asList(result.body).length).toBeGreaterThan(0);
  });

  it("answers an unknown path 404 with a good token and 401 with a bad one", async () => {
    const headers = { Authorization: `Bearer ${mock.apiKey}` };
    const unknown = await fetch(`${mock.baseURL}/gpus/availability`, { headers });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ detail: "Not Found" });
    const bad = await fetch(`${mock.baseURL}/gpus/availability`, {
      headers: { Authorization: "Bearer nope" },
    });
    expect(bad.status).toBe(401);
  });

  it("tags every response with a request id", async () => {
    const first = await call(mock, "wallet.balance");
    const second = await call(mock, "wallet.balance", { token: "bad" });
    expect(first.headers.get("x-request-id")).toMatch(/^req_mock_/);
    expect(second.headers.get("x-request-id")).toMatch(/^req_mock_/);
    expect(first.headers.get("x-request-id")).not.toBe(second.headers.get("x-request-id"));
  });
});

describe("options", () => {
  it("uses the default base URL and key", () => {
    expect(mock.baseURL).toBe("https://api.podstack.ai/v1");
    expect(mock.apiKey).toBe(PODSTACK_MOCK_API_KEY);
  });

  it("answers on a custom base URL given with a trailing slash, with a custom key", async () => {
    const custom = createPodstackMock({
      baseURL: "https://api.custom.podstack.ai/v1/",
      apiKey: "psk_custom",
    });
    expect(custom.baseURL).toBe("https://api.custom.podstack.ai/v1");
    server.use(...custom.handlers);
    const ok = await call(custom, "auth.whoami", { baseURL: "https://api.custom.podstack.ai/v1/" });
    expect(ok.status).toBe(200);
    expect(asRecord(ok.body).email).toBe("user@example.com");
    expect((await call(custom, "auth.whoami", { token: PODSTACK_MOCK_API_KEY })).status).toBe(401);
  });

  it("keeps two mocks' data apart", async () => {
    const other = createPodstackMock({ baseURL: "https://other.test/v1" });
    server.use(...other.handlers);
    const created = await call(other, "volumes.create", {
      body: { name: "only-here", quota_gb: 10 },
    });
    expect(created.status).toBe(201);
    expect(other.state.volumes.map((v) => v.name)).toContain("only-here");
    expect(mock.state.volumes.map((v) => v.name)).not.toContain("only-here");
  });
});
