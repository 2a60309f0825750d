import * as v from "valibot";
import { CurrentUserV20251028, CurrentUserV20260121, FastApiErrorBody } from "../src";
import {
  PHALA_CLOUD_DEFAULT_BASE_URL,
  PHALA_CLOUD_MOCK_API_KEY,
  PHALA_CLOUD_MOCK_SESSION_COOKIE,
  PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME,
} from "../src/mock";
import { call, useMock } from "./mock-setup";

const mock = useMock();

describe("credential check", () => {
  it("answers on the real base URL with the default key", async () => {
    expect(mock.baseURL).toBe(PHALA_CLOUD_DEFAULT_BASE_URL);
    expect(mock.apiKey).toBe(PHALA_CLOUD_MOCK_API_KEY);
    const res = await call(mock, "GET", "/auth/me");
    expect(res.status).toBe(200);
  });

  it.each([
    ["missing", null],
    ["wrong", "phak_wrong"],
    ["empty", ""],
  ])("a %s X-API-Key gets FastAPI's 401", async (_label, key) => {
    const res = await call(mock, "GET", "/cvms/paginated", { key });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: "Not authenticated" });
    expect(v.safeParse(FastApiErrorBody, res.body).success).toBe(true);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("checks every route, not only /auth/me", async () => {
    for (const [method, path] of [
      ["POST", "/cvms/provision"],
      ["DELETE", "/user/ssh-keys/sshkey_1"],
      ["PATCH", `/cvms/101/envs`],
      ["GET", "/workspaces"],
    ] as const) {
      expect((await call(mock, method, path, { key: "nope", body: {} })).status).toBe(401);
    }
    expect(mock.state.sshKeys).toHaveLength(1);
  });

  it("accepts the session cookie when no key header is sent (cookie mode)", async () => {
    const cookie = `${PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME}=${PHALA_CLOUD_MOCK_SESSION_COOKIE}`;
    expect((await call(mock, "GET", "/auth/me", { key: null, headers: { cookie } })).status).toBe(200);
    expect((await call(mock, "GET", "/auth/me", { key: null, headers: { cookie: `${PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME}=stale` } })).status).toBe(401);
    expect((await call(mock, "GET", "/auth/me", { key: null, headers: { cookie: `other=${PHALA_CLOUD_MOCK_SESSION_COOKIE}` } })).status).toBe(401);
  });

  it("a wrong key is not rescued by a valid cookie", async () => {
    const cookie = `${PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME}=${PHALA_CLOUD_MOCK_SESSION_COOKIE}`;
    expect((await call(mock, "GET", "/auth/me", { key: "phak_wrong", headers: { cookie } })).status).toBe(401);
  });
});

describe("GET /auth/me follows X-Phala-Version", () => {
  it("2026-01-21 (and no header) answers the three-layer shape", async () => {
    for (const version of ["2026-01-21", undefined]) {
      const res = await call(mock, "GET", "/auth/me", { version });
      const me = v.parse(CurrentUserV20260121, res.body);
      expect(me.user.username).toBe("alice");
      expect(me.workspace.slug).toBe("acme");
      expect(me.credits.balance).toBe("25.00");
    }
  });

  it("2025-10-28 answers the flat shape", async () => {
    const res = await call(mock, "GET", "/auth/me", { version: "2025-10-28" });
    const me = v.parse(CurrentUserV20251028, res.body);
    expect(me).toMatchObject({ username: "alice", credits: 25, granted_credits: 5, team_name: "Acme", team_tier: "pro" });
    expect(v.safeParse(CurrentUserV20260121, res.body).success).toBe(false);
  });

  it("an unknown version falls back to the default shape silently, as the API does", async () => {
    const res = await call(mock, "GET", "/auth/me", { version: "2025-05-31" });
    expect(res.status).toBe(200);
    expect(v.safeParse(CurrentUserV20260121, res.body).success).toBe(true);
  });
});
