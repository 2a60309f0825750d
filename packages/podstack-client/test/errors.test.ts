import { http, HttpResponse } from "msw";
import {
  ApiError,
  AuthenticationError,
  ConnectionError,
  InsufficientBalanceError,
  NetworkError,
  PermissionError,
  PodstackError,
  QuotaExceededError,
  RateLimitError,
  ResourceNotFoundError,
  ServerError,
  ValidationError,
} from "../src";
import { createPodstackMock, PODSTACK_MOCK_PROJECT_ID } from "../src/mock";
import { testClient } from "./support/client";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const client = testClient({ maxRetries: 0 });
const PROJECT = `the client's project is ${PODSTACK_MOCK_PROJECT_ID}`;
const REQUEST_ID = "req_mock_\\w+";

async function failure<T extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => T,
): Promise<T> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  expect(error).toBeInstanceOf(PodstackError);
  expect(error).toBeInstanceOf(ApiError);
  return error as T;
}

describe("401 → AuthenticationError", () => {
  it('"Invalid API token", the fix, and where the token came from', async () => {
    const error = await failure(
      testClient({ apiToken: "psk_wrong_token_000000000" }).pods.list(),
      AuthenticationError,
    );
    expect(error.message).toMatch(
      new RegExp(
        "^Invalid API token\\. Check that the token is correct and has not expired or been revoked; create a new one in the Podstack dashboard " +
          `\\(Account > API Tokens\\)\\. The token came from the apiToken option\\. \\(pods\\.list: GET /v1/pods answered 401 Unauthorized, request id ${REQUEST_ID}\\)$`,
      ),
    );
    expect(error).toMatchObject({
      name: "AuthenticationError",
      statusCode: 401,
      status: 401,
      details: { detail: "Invalid API token" },
    });
    expect(error.requestId).toMatch(/^req_mock_/);
  });

  it("adds the server's detail when it says more", async () => {
    mock.failNext({
      status: 401,
      body: { detail: "Token expired on 2024-12-31", code: "token_expired" },
    });
    const error = await failure(client.wallet.balance(), AuthenticationError);
    expect(error.message).toMatch(/^Invalid API token: Token expired on 2024-12-31\. Check that/);
    expect(error.code).toBe("token_expired");
  });
});

describe("403 → PermissionError", () => {
  it('"Access denied to resource", the detail and the project', async () => {
    mock.failNext({ status: 403, body: { detail: "The token lacks the pods:write permission" } });
    const error = await failure(client.pods.restart("pod-123"), PermissionError);
    expect(error.message).toMatch(
      new RegExp(
        "^Access denied to resource: The token lacks the pods:write permission\\. Check that the token has the required permissions " +
          `and that the resource is in the project you use \\(${PROJECT}\\)\\. \\(pods\\.restart: POST /v1/pods/pod-123/restart answered 403 Forbidden, request id ${REQUEST_ID}\\)$`,
      ),
    );
  });
});

describe("404 → ResourceNotFoundError", () => {
  it("names the resource type and id from the call, and that the route may be wrong", async () => {
    const error = await failure(client.pods.get("pod-missing"), ResourceNotFoundError);
    expect(error).toMatchObject({
      resourceType: "pod",
      resourceId: "pod-missing",
      statusCode: 404,
    });
    expect(error.message).toMatch(
      new RegExp(
        `^Pod pod-missing not found\\. Check the id and the project \\(${PROJECT}\\)\\. The route GET …/pods/\\{id\\} is assumed ` +
          "\\(Podstack does not document it\\) and may be wrong; if so, override it with the Client's routes option: " +
          'new Client\\(\\{ routes: \\{ "pods\\.get": \\{ method: "GET", path: "pods/\\{id\\}" \\} \\} \\}\\) with the right method and path\\. ' +
          `\\(pods\\.get: GET /v1/pods/pod-missing answered 404 Not Found, request id ${REQUEST_ID}\\)$`,
      ),
    );
  });

  it("decodes the id and prefers the body's resource_type / resource_id", async () => {
    const volume = await failure(client.volumes.delete("vol a/b"), ResourceNotFoundError);
    expect(volume).toMatchObject({ resourceType: "volume", resourceId: "vol a/b" });
    mock.failNext({
      status: 404,
      body: { detail: "gone", resource_type: "volume", resource_id: "vol-9" },
    });
    expect(await failure(client.pods.stop("pod-123"), ResourceNotFoundError)).toMatchObject({
      resourceType: "volume",
      resourceId: "vol-9",
    });
  });
});

describe("400 / 422 → ValidationError", () => {
  it("carries fieldErrors and lists them in the message", async () => {
    const error = await failure(
      client.pods.create({ name: "my-pod", image: "x" }),
      ValidationError,
    );
    expect(error.fieldErrors).toEqual({
      name: ["A pod named my-pod already exists in this project"],
    });
    expect(error.message).toMatch(
      /^Invalid request: Validation error: name: A pod named my-pod already exists in this project\. Fix the fields named above\. \(pods\.create: POST \/v1\/pods answered 422 Unprocessable Entity/,
    );
  });

  it("reads FastAPI's detail list without repeating itself", async () => {
    mock.failNext({
      status: 422,
      body: {
        detail: [{ loc: ["body", "gpu_type"], msg: "Unknown GPU type", type: "value_error" }],
      },
    });
    const error = await failure(
      client.pods.create({ name: "x", image: "y", gpu_type: "Z9" }),
      ValidationError,
    );
    expect(error.fieldErrors).toEqual({ gpu_type: ["Unknown GPU type"] });
    expect(error.message).toMatch(
      /^Invalid request: gpu_type: Unknown GPU type\. Fix the fields named above\./,
    );
  });

  it("a 400 without fields: the server's message and a general hint", async () => {
    const error = await failure(client.pods.delete("pod-123"), ValidationError);
    expect(error.fieldErrors).toEqual({});
    expect(error.message).toMatch(
      /^Invalid request: Pod pod-123 is running: stop it first or delete it with force=true\. Check the parameters against the method's documentation\. \(pods\.delete: DELETE \/v1\/pods\/pod-123 answered 400 Bad Request/,
    );
  });
});

describe("402 → InsufficientBalanceError", () => {
  it("with the amounts the server sends", async () => {
    mock.state.wallet.balance = 0;
    const error = await failure(
      client.pods.create({ name: "x", image: "y" }),
      InsufficientBalanceError,
    );
    expect(error).toMatchObject({ requiredAmount: 1, availableAmount: 0, statusCode: 402 });
    expect(error.message).toMatch(
      /^Insufficient balance\. Add funds to the wallet in the Podstack dashboard; client\.wallet\.balance\(\) shows the balance\. It needs 1; the wallet holds 0\. \(pods\.create: POST \/v1\/pods answered 402 Payment Required/,
    );
  });
});

describe("QuotaExceededError", () => {
  it("for a 403 whose code mentions a quota, with resource_type, limit and current", async () => {
    mock.failNext({
      status: 403,
      body: {
        detail: "GPU limit reached",
        code: "quota_exceeded",
        resource_type: "gpu",
        limit: 8,
        current: 8,
      },
    });
    const error = await failure(client.pods.create({ name: "x", image: "y" }), QuotaExceededError);
    expect(error).toMatchObject({
      resourceType: "gpu",
      limit: 8,
      current: 8,
      code: "quota_exceeded",
      statusCode: 403,
    });
    expect(error.message).toMatch(
      /^Quota exceeded: GPU limit reached\. Delete resources you no longer need, or ask Podstack to raise the quota \(limit 8, in use 8\)\. \(pods\.create/,
    );
  });

  it("for a 400 or 422 whose message mentions a quota; not for a 429", async () => {
    mock.failNext({ status: 400, body: { message: "Volume quota exceeded for this project" } });
    await failure(client.volumes.create({ name: "v", quota_gb: 1 }), QuotaExceededError);
    mock.failNext({ status: 429, body: { detail: "Request quota exceeded" } });
    await failure(client.volumes.list(), RateLimitError);
  });
});

describe("429 → RateLimitError", () => {
  it("with retryAfter in seconds", async () => {
    mock.failNext({ status: 429, headers: { "Retry-After": "3" } });
    const error = await failure(client.wallet.balance(), RateLimitError);
    expect(error.retryAfter).toBe(3);
    expect(error.message).toMatch(
      /^Rate limit exceeded: Too Many Requests\. Slow down, then retry \(the client already retried up to maxRetries times\)\. The server asked to wait 3 s\. \(wallet\.balance/,
    );
  });

  it("retryAfter is undefined without Retry-After", async () => {
    mock.failNext({ status: 429 });
    expect((await failure(client.wallet.balance(), RateLimitError)).retryAfter).toBeUndefined();
  });
});

describe("5xx → ServerError", () => {
  it("describes an HTML error page instead of failing to parse it", async () => {
    server.use(
      http.get(`${mock.baseURL}/pods`, () =>
        HttpResponse.html(
          "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
          { status: 502 },
        ),
      ),
    );
    const error = await failure(client.pods.list(), ServerError);
    expect(error.message).toBe(
      'Podstack server error: an HTML page ("502 Bad Gateway"). Retry later, and quote the request id if you contact Podstack support. (pods.list: GET /v1/pods answered 502 Bad Gateway)',
    );
    expect(error.details).toBeUndefined();
    expect(error.body).toContain("<title>502 Bad Gateway</title>");
  });

  it("for every 5xx", async () => {
    for (const status of [500, 503, 504]) {
      mock.failNext({ status });
      expect((await failure(client.projects.list(), ServerError)).statusCode).toBe(status);
    }
  });
});

describe("other statuses → PodstackError itself", () => {
  it("409 keeps auth-core's hint", async () => {
    mock.failNext({ status: 409, body: { detail: "Pod is busy" } });
    const error = await failure(client.pods.start("pod-456"), PodstackError);
    expect(error.constructor).toBe(PodstackError);
    expect(error.message).toMatch(
      /^Podstack API error 409: Pod is busy\. The resource is in a conflicting state; wait until it settles, then retry\. \(pods\.start/,
    );
  });

  it("405 on an assumed route says the route may be wrong", async () => {
    mock.failNext({ status: 405, body: { detail: "Method Not Allowed" } });
    const error = await failure(
      client.volumes.resize("vol-123456", { quota_gb: 300 }),
      PodstackError,
    );
    expect(error.message).toContain(
      "The route GET …/volumes/{id} is assumed (Podstack does not document it) and may be wrong; " +
        `if so, override it with the Client's routes option: new Client({ routes: { "volumes.get": { method: "GET", path: "volumes/{id}" } } })`,
    );
  });
});

describe("NetworkError", () => {
  it("is a connection failure with its cause, and no statusCode", async () => {
    const refused = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), {
        code: "ECONNREFUSED",
      }),
    });
    const offline = testClient({ maxRetries: 0, fetch: () => Promise.reject(refused) });
    const error = await failure(offline.wallet.balance(), NetworkError);
    expect(error).toMatchObject({ statusCode: undefined, status: 0, operation: "wallet.balance" });
    expect(error.cause).toBeInstanceOf(ConnectionError);
    expect((error.cause as ConnectionError).cause).toBe(refused);
    expect(error.message).toMatch(
      /^wallet\.balance could not reach https:\/\/api\.podstack\.ai \(GET api\.podstack\.ai\/v1\/wallet\/balance\): .*ECONNREFUSED.*\. Check the network connection, any proxy, and the apiEndpoint option\.$/,
    );
  });
});

describe("every error keeps what support needs, never the token", () => {
  it("code, requestId, details, headers without Authorization", async () => {
    mock.failNext({
      status: 500,
      body: { error: { message: "boom", code: "E42", request_id: "req_body" } },
      headers: { "x-request-id": "req_header" },
    });
    const error = await failure(client.pods.get("pod-123"), ServerError);
    expect(error).toMatchObject({
      code: "E42",
      requestId: "req_header",
      details: { error: { message: "boom", code: "E42", request_id: "req_body" } },
    });
    expect(error.message).toMatch(/^Podstack server error: boom\./);
    expect(error.headers).not.toHaveProperty("authorization");
    expect(error).toMatchObject({
      method: "GET",
      url: "https://api.podstack.ai/v1/pods/pod-123?project_id=" + PODSTACK_MOCK_PROJECT_ID,
    });
  });
});
