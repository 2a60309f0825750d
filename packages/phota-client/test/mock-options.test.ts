import { setupServer } from "msw/node";
import { PHOTA_DEFAULT_BASE_URL, PHOTA_MOCK_API_KEY, createPhotaMock } from "../src/mock";

// Each test runs its own server: no other msw server is listening in this file.
describe("options", () => {
  it("uses the given key and a base URL given with a trailing slash", async () => {
    const custom = createPhotaMock({ baseURL: "http://localhost:4010/phota/", apiKey: "k-123" });
    expect(custom.baseURL).toBe("http://localhost:4010/phota");
    const server = setupServer(...custom.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const ok = await fetch("http://localhost:4010/phota/profiles/ids", { headers: { "X-API-Key": "k-123" } });
      expect(ok.status).toBe(200);
      const root = await fetch("http://localhost:4010/phota/", { headers: { "X-API-Key": "k-123" } });
      expect(root.status).toBe(200);
      const wrong = await fetch("http://localhost:4010/phota/profiles/ids", { headers: { "X-API-Key": PHOTA_MOCK_API_KEY } });
      expect(wrong.status).toBe(401);
    } finally {
      server.close();
    }
  });

  it("answers the same paths on a base URL given without a trailing slash", async () => {
    const custom = createPhotaMock({ baseURL: "https://phota.internal.test/v1/phota" });
    const server = setupServer(...custom.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const headers = { "X-API-Key": custom.apiKey };
      expect((await fetch("https://phota.internal.test/v1/phota/profiles/ids", { headers })).status).toBe(200);
      expect((await fetch("https://phota.internal.test/v1/phota/", { headers })).status).toBe(200);
    } finally {
      server.close();
    }
  });

  it("answers the root with and without the trailing slash", async () => {
    const custom = createPhotaMock();
    expect(custom.baseURL).toBe(PHOTA_DEFAULT_BASE_URL);
    const server = setupServer(...custom.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const headers = { "X-API-Key": custom.apiKey };
      expect((await fetch(`${PHOTA_DEFAULT_BASE_URL}/`, { headers })).status).toBe(200);
      expect((await fetch(PHOTA_DEFAULT_BASE_URL, { headers })).status).toBe(200);
    } finally {
      server.close();
    }
  });

  it("rejects a relative base URL", () => {
    expect(() => createPhotaMock({ baseURL: "/v1/phota" })).toThrow();
  });
});
