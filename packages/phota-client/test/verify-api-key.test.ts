// client.verifyApiKey(): the key check of Phota's authentication guide (docs.photalabs.com,
// api/authentication): `GET https://api.photalabs.com/v1/phota/` with `X-API-Key`.
import { AuthenticationError, PhotaClient, ServerError } from "../src";
import { INVALID_API_KEY_DETAIL, PHOTA_MOCK_API_KEY } from "../src/mock";
import { rejectionOf, useClient } from "./client-support";

const { mock, sent, makeClient } = useClient();

describe("client.verifyApiKey()", () => {
  it("GETs the API root, with its trailing slash and the key, and resolves when the key is accepted", async () => {
    await expect(makeClient().verifyApiKey()).resolves.toBeUndefined();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe("GET");
    expect(sent[0]?.url.href).toBe("https://api.photalabs.com/v1/phota/");
    expect(sent[0]?.headers.get("x-api-key")).toBe(PHOTA_MOCK_API_KEY);
    expect(mock.state.chargedCalls).toBe(0);
  });

  it("rejects a wrong key with AuthenticationError (the guide's 401), without retrying", async () => {
    const error = await rejectionOf(new PhotaClient({ apiKey: "phota_wrong_key_0000", maxRetries: 2 }).verifyApiKey());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect(error.message).toContain(INVALID_API_KEY_DETAIL);
    expect(error.message).toContain("verifyApiKey");
    expect(sent).toHaveLength(1);
  });

  it("does not care what the root's (undocumented) body looks like", async () => {
    mock.failNext({ status: 200, path: "/", body: "Phota API v0.7.0" });
    await expect(makeClient().verifyApiKey()).resolves.toBeUndefined();
  });

  it("is a read: retried after a 5xx, and a lasting 5xx is a ServerError, not a key problem", async () => {
    mock.failNext({ status: 503, path: "/", headers: { "Retry-After": "0" } });
    await makeClient({ maxRetries: 1 }).verifyApiKey();
    expect(sent).toHaveLength(2);
    mock.failNext({ status: 503, path: "/", times: 2, headers: { "Retry-After": "0" } });
    const error = await rejectionOf(makeClient({ maxRetries: 1 }).verifyApiKey());
    expect(error).toBeInstanceOf(ServerError);
    expect(error).not.toBeInstanceOf(AuthenticationError);
  });
});
