import { setupServer } from "msw/node";
import { createPhalaCloudMock, PHALA_CLOUD_MOCK_API_KEY, PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME } from "../src/mock";
import { call } from "./mock-setup";

describe("options", () => {
  const custom = createPhalaCloudMock({ baseURL: "https://phala.test/api/v1/", apiKey: "phak_custom", sessionCookie: "s3" });
  const other = createPhalaCloudMock({ baseURL: "https://other.test/api/v1" });
  const server = setupServer(...custom.handlers, ...other.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  it("strips a trailing slash from the base URL and uses the given key and cookie", async () => {
    expect(custom.baseURL).toBe("https://phala.test/api/v1");
    expect((await call(custom, "GET", "/auth/me")).status).toBe(200);
    expect((await call(custom, "GET", "/auth/me", { key: PHALA_CLOUD_MOCK_API_KEY })).status).toBe(401);
    const cookie = `${PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME}=s3`;
    expect((await call(custom, "GET", "/auth/me", { key: null, headers: { cookie } })).status).toBe(200);
  });

  it("two mocks never share data", async () => {
    expect((await call(custom, "DELETE", "/cvms/my-web-app")).status).toBe(204);
    expect(custom.state.cvms.map((c) => c.name)).toEqual(["onchain-app"]);
    expect(other.state.cvms.map((c) => c.name)).toEqual(["my-web-app", "onchain-app"]);
    custom.reset();
    expect(custom.state.cvms).toHaveLength(2);
  });

  it("takes a seed", async () => {
    const seeded = createPhalaCloudMock({ seed: { sshKeys: [] } });
    expect(seeded.state.sshKeys).toEqual([]);
    expect(seeded.state.cvms).toHaveLength(2);
  });
});
