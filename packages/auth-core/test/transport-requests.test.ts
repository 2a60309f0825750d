import { http, HttpResponse } from "msw";
import * as v from "valibot";
import {
  apiKeyHeader,
  basic,
  bearer,
  cookieSession,
  createTransport,
  fromValue,
  RequestValidationError,
  type TransportOptions,
} from "../src/index.js";
import { TEST_KEY, useMswServer } from "./support/msw.js";

const server = useMswServer();
const BASE = "https://api.example.test/v1";
const make = (overrides: Partial<TransportOptions> = {}) =>
  createTransport({ provider: "Example", baseURL: BASE, credential: fromValue(TEST_KEY), auth: bearer(), ...overrides });

type Seen = { method: string; url: string; headers: Record<string, string>; body: string; credentials: RequestCredentials };
function record(path: string, response: () => Response = () => HttpResponse.json({ ok: true })) {
  const seen: Seen[] = [];
  server.use(
    http.all(`https://api.example.test${path}`, async ({ request }) => {
      seen.push({
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
        credentials: request.credentials,
      });
      return response();
    }),
  );
  return seen;
}

describe("URLs", () => {
  test.each([BASE, `${BASE}/`, `${BASE}//`])("base URL %s joins cleanly with a path", async (baseURL) => {
    const seen = record("/v1/instances");
    await make({ baseURL }).request({ operation: "instances.list", method: "GET", path: "/instances" });
    expect(seen[0]?.url).toBe("https://api.example.test/v1/instances");
  });

  test("path parameters are encoded so they cannot change the path", async () => {
    const seen = record("/v1/items/:id");
    await make().request({ operation: "items.get", method: "GET", path: "/items/{id}", pathParams: { id: "a/b?c#d" } });
    expect(seen[0]?.url).toBe("https://api.example.test/v1/items/a%2Fb%3Fc%23d");
  });

  test("an empty path parameter is refused before sending", async () => {
    const seen = record("/v1/items/*");
    await expect(make().request({ operation: "items.get", method: "GET", path: "/items/{id}", pathParams: { id: "" } })).rejects.toThrow(
      new RequestValidationError('items.get: "id" is required and must not be empty.', { operation: "items.get", issues: [] }),
    );
    expect(seen).toHaveLength(0);
  });

  test("query parameters: arrays repeat, undefined and null are left out", async () => {
    const seen = record("/v1/events");
    await make().request({
      operation: "events.list",
      method: "GET",
      path: "/events",
      query: { status: ["a", "b c"], page: 2, verbose: true, skipped: undefined, none: null },
    });
    expect(seen[0]?.url).toBe("https://api.example.test/v1/events?status=a&status=b%20c&page=2&verbose=true");
  });
});

describe("headers", () => {
  test("default, per-client and per-request headers layer, later winning", async () => {
    const seen = record("/v1/x");
    const transport = make({
      userAgent: "@cloud-sdk/example/1.2.3",
      headers: [{ "X-Version": "2026-01-21", "X-Source": "defaults" }, { "x-source": "client", "X-Trace": "t1" }],
    });
    await transport.request({ operation: "x", method: "GET", path: "/x", headers: { "X-Trace": "t2", "X-Call": "yes" } });
    expect(seen[0]?.headers).toMatchObject({
      "user-agent": "@cloud-sdk/example/1.2.3",
      "x-version": "2026-01-21",
      "x-source": "client",
      "x-trace": "t2",
      "x-call": "yes",
      accept: "application/json",
    });
  });

  test("User-Agent defaults to the package and can be overridden through headers", async () => {
    const seen = record("/v1/x");
    await make().request({ operation: "x", method: "GET", path: "/x" });
    await make({ headers: { "User-Agent": "my-app/9" } }).request({ operation: "x", method: "GET", path: "/x" });
    expect(seen[0]?.headers["user-agent"]).toBe("@cloud-sdk/auth-core/0.0.0");
    expect(seen[1]?.headers["user-agent"]).toBe("my-app/9");
  });

  test("a call's headers may be layers too; a list of name/value pairs is one layer", async () => {
    const seen = record("/v1/x");
    await make().request({ operation: "x", method: "GET", path: "/x", headers: [{ "X-A": "1", "X-B": "1" }, [["X-B", "2"]]] });
    await make().request({ operation: "x", method: "GET", path: "/x", headers: [["X-C", "3"], ["X-D", "4"]] });
    expect(seen[0]?.headers).toMatchObject({ "x-a": "1", "x-b": "2" });
    expect(seen[1]?.headers).toMatchObject({ "x-c": "3", "x-d": "4" });
  });

  test("null removes a header set by a lower layer; Headers instances and pairs are accepted", async () => {
    const seen = record("/v1/x");
    const transport = make({ headers: [new Headers({ "X-A": "1", "X-B": "2" }), [["X-C", "3"]]] });
    await transport.request({ operation: "x", method: "GET", path: "/x", headers: { "x-b": null } });
    expect(seen[0]?.headers).toMatchObject({ "x-a": "1", "x-c": "3" });
    expect(seen[0]?.headers["x-b"]).toBeUndefined();
  });
});

describe("header injectors", () => {
  test("bearer(): Authorization: Bearer <secret>", async () => {
    const seen = record("/v1/x");
    await make({ auth: bearer() }).request({ operation: "x", method: "GET", path: "/x" });
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  test("basic(): the secret as username with an empty password", async () => {
    const seen = record("/v1/x");
    await make({ auth: basic() }).request({ operation: "x", method: "GET", path: "/x" });
    expect(seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`${TEST_KEY}:`).toString("base64")}`);
  });

  test("apiKeyHeader(name): the secret as-is in that header", async () => {
    const seen = record("/v1/x");
    await make({ auth: apiKeyHeader("X-API-Key") }).request({ operation: "x", method: "GET", path: "/x" });
    expect(seen[0]?.headers["x-api-key"]).toBe(TEST_KEY);
    expect(seen[0]?.headers.authorization).toBeUndefined();
  });

  test("cookieSession(): no credential header, credentials: include", async () => {
    const seen = record("/v1/x");
    await make({ auth: cookieSession(), credential: fromValue(TEST_KEY) }).request({ operation: "x", method: "GET", path: "/x" });
    expect(seen[0]?.headers.authorization).toBeUndefined();
    expect(seen[0]?.headers["x-api-key"]).toBeUndefined();
    expect(seen[0]?.credentials).toBe("include");
  });

  test("the resolved credential wins over a caller header of the same name", async () => {
    const seen = record("/v1/x");
    const transport = make({ auth: apiKeyHeader("X-API-Key"), headers: { "X-API-Key": "client-level-fake" } });
    await transport.request({ operation: "x", method: "GET", path: "/x", headers: { "x-api-key": "call-level-fake" } });
    expect(seen[0]?.headers["x-api-key"]).toBe(TEST_KEY);
  });
});

describe("bodies", () => {
  test("JSON bodies are sent with Content-Type: application/json", async () => {
    const seen = record("/v1/things");
    await make().request({ operation: "things.create", method: "POST", path: "/things", json: { name: "a", tags: [1] } });
    expect(seen[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen[0]!.body)).toEqual({ name: "a", tags: [1] });
  });

  test("text bodies keep their own content type", async () => {
    const seen = record("/v1/compose");
    await make().request({
      operation: "compose.update",
      method: "PATCH",
      path: "/compose",
      body: { contentType: "text/yaml", data: "services:\n  app: {}\n" },
    });
    expect(seen[0]?.headers["content-type"]).toBe("text/yaml");
    expect(seen[0]?.body).toBe("services:\n  app: {}\n");
  });

  test("byte bodies are sent as-is", async () => {
    const seen = record("/v1/upload");
    await make().request({
      operation: "upload",
      method: "PUT",
      path: "/upload",
      body: { contentType: "application/octet-stream", data: new Uint8Array([104, 105]) },
    });
    expect(seen[0]?.body).toBe("hi");
  });
});

describe("responses", () => {
  test("JSON is validated by the schema; unknown extra fields pass through a loose schema", async () => {
    record("/v1/x", () => HttpResponse.json({ id: "i1", added_later: 42 }));
    const schema = v.looseObject({ id: v.string() });
    const result = await make().request({ operation: "x", method: "GET", path: "/x", schema });
    expect(result).toEqual({ id: "i1", added_later: 42 });
  });

  test("bytes and text response types", async () => {
    record("/v1/picture", () => new HttpResponse(new Uint8Array([255, 216, 255]), { headers: { "content-type": "image/jpeg" } }));
    const bytes = await make().request({ operation: "picture", method: "GET", path: "/picture", responseType: "bytes" });
    expect(bytes).toEqual(new Uint8Array([255, 216, 255]));
    record("/v1/yaml", () => new HttpResponse("a: 1\n", { headers: { "content-type": "text/yaml" } }));
    expect(await make().request({ operation: "yaml", method: "GET", path: "/yaml", responseType: "text" })).toBe("a: 1\n");
  });

  test("an empty success body is undefined", async () => {
    record("/v1/x", () => new HttpResponse(null, { status: 204 }));
    expect(await make().request({ operation: "x", method: "DELETE", path: "/x" })).toBeUndefined();
  });

  test("requestWithResponse gives status, headers (credentials removed) and request id", async () => {
    record("/v1/x", () =>
      HttpResponse.json({ ok: 1 }, { status: 201, headers: { "x-request-id": "req_42", "set-cookie": "session=abc", "x-other": "1" } }),
    );
    const result = await make().requestWithResponse({ operation: "x", method: "POST", path: "/x" });
    expect(result).toMatchObject({ status: 201, requestId: "req_42", data: { ok: 1 } });
    expect(result.headers["x-other"]).toBe("1");
    expect(result.headers["set-cookie"]).toBeUndefined();
  });
});

describe("custom fetch", () => {
  test("is used for every request and never changed", async () => {
    const calls: string[] = [];
    const customFetch = Object.freeze(async (input: Request | string | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      calls.push(`${request.method} ${request.url} ${request.headers.get("authorization")}`);
      return Response.json({ via: "custom" });
    });
    const transport = make({ fetch: customFetch });
    expect(await transport.request({ operation: "x", method: "GET", path: "/x" })).toEqual({ via: "custom" });
    expect(await transport.request({ operation: "x", method: "GET", path: "/y" })).toEqual({ via: "custom" });
    expect(calls).toEqual([`GET ${BASE}/x Bearer ${TEST_KEY}`, `GET ${BASE}/y Bearer ${TEST_KEY}`]);
    expect(Object.isFrozen(customFetch)).toBe(true);
  });

  test("withOptions derives a transport with changed options and the same fetch", async () => {
    const seen = record("/v1/x");
    const base = make({ headers: { "X-Version": "1" } });
    await base.withOptions({ headers: { "X-Version": "2" } }).request({ operation: "x", method: "GET", path: "/x" });
    await base.request({ operation: "x", method: "GET", path: "/x" });
    expect(seen.map((call) => call.headers["x-version"])).toEqual(["2", "1"]);
  });
});

describe("the fetch function", () => {
  test("is called as a plain function, never as a method (workerd's and browsers' fetch throw 'Illegal invocation' otherwise)", async () => {
    const seenThis: unknown[] = [];
    const fetch = function (this: unknown) {
      seenThis.push(this);
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return Promise.resolve(Response.json({ ok: true }));
    } as unknown as typeof globalThis.fetch;
    const transport = createTransport({ provider: "Example", baseURL: "https://api.example.test", credential: fromValue(TEST_KEY), auth: bearer(), fetch });
    await expect(transport.request({ operation: "x", method: "GET", path: "/x" })).resolves.toEqual({ ok: true });
    expect(seenThis).toEqual([undefined]);
  });
});
