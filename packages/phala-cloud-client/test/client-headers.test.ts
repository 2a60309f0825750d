import { createClient } from "../src";
import { PHALA_CLOUD_MOCK_SESSION_COOKIE, PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME } from "../src/mock";
import { useFake } from "./client-setup";
import { recordingFetch } from "./recording-fetch";

const fake = useFake();
const KEY = fake.mock.apiKey;

describe("headers of every request", () => {
  it("X-API-Key, X-Phala-Version (pinned default), a User-Agent naming the package, Accept", async () => {
    await fake.client().getCurrentUser();
    const { headers } = await fake.last();
    expect(headers.get("x-api-key")).toBe(KEY);
    expect(headers.get("x-phala-version")).toBe("2026-01-21");
    expect(headers.get("user-agent")).toBe("@cloud-sdk/phala-cloud-client/0.0.0");
    expect(headers.get("accept")).toBe("application/json");
  });

  it("the client's headers go on every request, in any HeadersInit form, and a per-call header on that call only", async () => {
    for (const headers of [
      { "X-Request-Source": "my-automation" },
      new Headers({ "X-Request-Source": "my-automation" }),
      [["X-Request-Source", "my-automation"]] as [string, string][],
    ]) {
      const client = fake.client({ headers });
      await client.getCvmList();
      await client.getCvmState({ name: "my-web-app" }, { headers: { "X-Trace-Id": "trace-1" } });
      await client.listSshKeys();
    }
    const seen = await fake.requests();
    expect(seen).toHaveLength(9);
    expect(seen.every((request) => request.headers.get("x-request-source") === "my-automation")).toBe(true);
    expect(seen.map((request) => request.headers.get("x-trace-id"))).toEqual([null, "trace-1", null, null, "trace-1", null, null, "trace-1", null]);
  });

  it("a per-call header beats the client's; neither can replace the key", async () => {
    const client = fake.client({ headers: { "X-Request-Source": "client", "X-API-Key": "phak_forged_1" } });
    await client.getCurrentUser({ headers: { "X-Request-Source": "call", "x-api-key": "phak_forged_2" } });
    const { headers } = await fake.last();
    expect(headers.get("x-request-source")).toBe("call");
    expect(headers.get("x-api-key")).toBe(KEY);
  });

  it("a per-call User-Agent overrides the default (browsers forbid setting it, so it stays optional)", async () => {
    await fake.client().getCurrentUser({ headers: { "User-Agent": "my-tool/2.0" } });
    expect((await fake.last()).headers.get("user-agent")).toBe("my-tool/2.0");
  });
});

describe("cookie auth", () => {
  const cookie = `${PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME}=${PHALA_CLOUD_MOCK_SESSION_COOKIE}`;

  it("sends no X-API-Key even when a key is set, and the session cookie authenticates", async () => {
    const client = fake.client({ useCookieAuth: true, apiKey: KEY, headers: { cookie } });
    const me = await client.getCurrentUser();
    expect(me.user.username).toBe("alice");
    const { headers } = await fake.last();
    expect(headers.get("x-api-key")).toBeNull();
    expect(headers.get("cookie")).toBe(cookie);
    expect(headers.get("x-phala-version")).toBe("2026-01-21");
  });

  it("requests go with credentials: 'include' (the browser then sends its cookie)", async () => {
    const { fetch, calls } = recordingFetch();
    await createClient({ useCookieAuth: true, apiKey: KEY, fetch }).getCurrentUser();
    expect(calls[0]?.credentials).toBe("include");
    expect(calls[0]?.headers.get("x-api-key")).toBeNull();
  });

  it("with a key and no cookie mode, the default credentials mode is kept", async () => {
    const { fetch, calls } = recordingFetch();
    await createClient({ apiKey: KEY, fetch }).getCurrentUser();
    expect(calls[0]?.credentials).toBe("same-origin");
  });
});

describe("a custom fetch", () => {
  it("is the one used for every request, with the key and headers, and it is not changed", async () => {
    const { fetch, calls } = recordingFetch();
    const before = Object.getOwnPropertyNames(fetch).sort();
    const client = createClient({ apiKey: KEY, fetch, headers: { "X-Request-Source": "proxy-test" } });
    await client.getCurrentUser();
    await client.getCurrentUser({ headers: { "X-Trace-Id": "t" } });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(calls.map((call) => call.url)).toEqual([
      "https://cloud-api.phala.com/api/v1/auth/me",
      "https://cloud-api.phala.com/api/v1/auth/me",
    ]);
    expect(calls[0]?.headers.get("x-api-key")).toBe(KEY);
    expect(calls[1]?.headers.get("x-request-source")).toBe("proxy-test");
    expect(Object.getOwnPropertyNames(fetch).sort()).toEqual(before);
    expect((await fake.requests()).length).toBe(0);
  });

  it("works when it wraps the global fetch (the shape of an undici dispatcher wrapper)", async () => {
    const seen: string[] = [];
    const wrapped = (input: Request | string | URL, init?: RequestInit) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return globalThis.fetch(input, init);
    };
    const { items } = await fake.client({ fetch: wrapped }).getCvmList();
    expect(items.map((cvm) => cvm.name)).toEqual(["my-web-app", "onchain-app"]);
    expect(seen).toEqual(["https://cloud-api.phala.com/api/v1/cvms/paginated"]);
  });
});
