import { INVALID_API_KEY_DETAIL, MISSING_API_KEY_DETAIL, PHOTA_MOCK_API_KEY } from "../src/mock";
import { field, useMock } from "./support";

const { mock, call } = useMock();

describe("X-API-Key", () => {
  it("answers a missing key with the spec's 403", async () => {
    const answer = await call("GET", "/profiles/ids", { key: null });
    expect(answer.status).toBe(403);
    expect(field(answer, "detail")).toBe(MISSING_API_KEY_DETAIL);
    expect(field(answer, "detail")).toBe("Missing X-API-Key header (no API key provided).");
  });

  it("treats an empty header as missing", async () => {
    expect((await call("GET", "/profiles/ids", { key: "" })).status).toBe(403);
  });

  it("answers a wrong key with the auth guide's exact 401 body", async () => {
    const answer = await call("POST", "/generate", { key: "wrong", body: { prompt: "x" } });
    expect(answer.status).toBe(401);
    expect(field(answer, "detail")).toBe("Missing or invalid API key in the X-API-Key header.");
    expect(field(answer, "detail")).toBe(INVALID_API_KEY_DETAIL);
  });

  it("checks the key on every endpoint before anything else", async () => {
    const calls: [string, string][] = [
      ["GET", "/"],
      ["POST", "/edit"],
      ["POST", "/generate"],
      ["POST", "/enhance"],
      ["POST", "/remix"],
      ["GET", "/jobs/nope"],
      ["POST", "/profiles/add"],
      ["GET", "/profiles/ids"],
      ["GET", "/profiles/nope/status"],
      ["GET", "/profiles/nope/profile_picture"],
      ["DELETE", "/profiles/nope"],
      ["GET", "/webhook-secret"],
    ];
    for (const [method, path] of calls) {
      const answer = await call(method, path, { key: "wrong", body: method === "POST" ? {} : undefined });
      expect([method, path, answer.status]).toEqual([method, path, 401]);
    }
    expect(mock.state.imageRequests).toHaveLength(0);
  });

  it("accepts the right key", async () => {
    expect(mock.apiKey).toBe(PHOTA_MOCK_API_KEY);
    const answer = await call("GET", "/");
    expect(answer.status).toBe(200);
  });
});

describe("request ids", () => {
  it("sends X-Request-Id on every response and repeats it as request_id in error bodies", async () => {
    const ok = await call("GET", "/webhook-secret");
    const denied = await call("GET", "/webhook-secret", { key: "wrong" });
    const notFound = await call("GET", "/jobs/unknown");
    for (const answer of [ok, denied, notFound]) expect(answer.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]+$/);
    expect(field(denied, "request_id")).toBe(denied.headers.get("x-request-id"));
    expect(field(notFound, "request_id")).toBe(notFound.headers.get("x-request-id"));
    expect(new Set([ok, denied, notFound].map((a) => a.headers.get("x-request-id"))).size).toBe(3);
  });
});
