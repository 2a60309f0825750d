import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  CloudSdkError,
  ConflictError,
  InsufficientCapacityError,
  LambdaCloudError,
  NotFoundError,
  PermissionDeniedError,
  QuotaExceededError,
  RateLimitError,
  ServerError,
} from "../src/index.js";
import { ERROR_FIXTURES } from "./fixtures/errors.js";
import { useLambdaClient } from "./support/client.js";

const { mock, client } = useLambdaClient();

async function failingCall(failure: Parameters<typeof mock.failNext>[0]): Promise<LambdaCloudError> {
  mock.failNext(failure);
  const error = await client({ maxRetries: 0 })
    .regions.list()
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(LambdaCloudError);
  return error as LambdaCloudError;
}

const STATUS_HINT_404 = "Check the id or the path: the resource may not exist or may have been deleted.";
const STATUS_HINT_400 = "Check the request parameters against the API documentation.";

// Every documented error body (test/fixtures/errors.ts) and the class it must become.
const EXPECTED: Record<keyof typeof ERROR_FIXTURES, typeof LambdaCloudError> = {
  invalidApiKey: AuthenticationError,
  accountInactive: PermissionDeniedError,
  invalidAddress: PermissionDeniedError,
  forbidden: PermissionDeniedError,
  invalidParameters: BadRequestError,
  duplicate: BadRequestError,
  quotaExceeded: QuotaExceededError,
  insufficientCapacity: InsufficientCapacityError,
  fileSystemInWrongRegion: BadRequestError,
  filesystemInUse: BadRequestError,
  firewallRulesetInUse: BadRequestError,
  instanceNotFound: NotFoundError,
  filesystemNotFound: NotFoundError,
  firewallRulesetNotFound: NotFoundError,
  notFound: NotFoundError,
  ticketNotFound: NotFoundError,
  conflict: ConflictError,
  internalError: ConflictError,
  providerUnavailable: ServerError,
  withRequestId: AuthenticationError,
};

describe("every documented error code maps to its class, with message and suggestion", () => {
  it.each(Object.entries(ERROR_FIXTURES))("%s", async (name, fixture) => {
    const error = await failingCall({ status: fixture.status, body: fixture.body });
    const documented = fixture.body.error as { code: string; message: string; suggestion?: string; request_id?: string };
    expect(error).toBeInstanceOf(EXPECTED[name as keyof typeof ERROR_FIXTURES]);
    expect(error.name).toBe(EXPECTED[name as keyof typeof ERROR_FIXTURES].name);
    expect(error).toMatchObject({
      status: fixture.status,
      code: documented.code,
      suggestion: documented.suggestion,
      requestId: documented.request_id,
      operation: "regions.list",
      method: "GET",
      url: `${mock.baseURL}/regions`,
      body: fixture.body,
    });
    expect(error.message.startsWith(`${documented.code}: ${documented.message}`)).toBe(true);
    if (documented.suggestion) expect(error.message).toContain(documented.suggestion);
  });

  it("words the message as Lambda does: code, message, suggestion, and where the key came from", async () => {
    const error = await failingCall({ status: 401, body: ERROR_FIXTURES.invalidApiKey.body });
    expect(error.message).toBe(
      "global/invalid-api-key: API key was invalid, expired, or deleted. Check your API key or create a new one, then try again. The key in use came from the apiKey option.",
    );
  });

  it("adds what to do when Lambda gives no suggestion", async () => {
    expect((await failingCall(ERROR_FIXTURES.notFound)).message).toBe(
      `global/not-found: The requested resource was not found. ${STATUS_HINT_404}`,
    );
    expect((await failingCall(ERROR_FIXTURES.invalidParameters)).message).toBe(`global/invalid-parameters: Invalid request data. ${STATUS_HINT_400}`);
  });

  it("ends sentences that Lambda leaves without a period (provider/* errors)", async () => {
    expect((await failingCall(ERROR_FIXTURES.providerUnavailable)).message).toBe(
      "provider/internal-unavailable: Provider unavailable. Try again shortly.",
    );
  });

  it("quotes the request id from the body, or from the x-request-id header", async () => {
    const fromBody = await failingCall(ERROR_FIXTURES.withRequestId);
    expect(fromBody.requestId).toBe("req_0123456789abcdef (illustrative)");
    expect(fromBody.message).toContain("Request id: req_0123456789abcdef (illustrative).");
    const fromHeader = await failingCall({ ...ERROR_FIXTURES.notFound, headers: { "x-request-id": "req_from_header" } });
    expect(fromHeader.requestId).toBe("req_from_header");
    expect(fromHeader.message).toContain("Request id: req_from_header.");
  });

  it("accepts a code Lambda adds later, as a plain LambdaCloudError for an unmapped status", async () => {
    const error = await failingCall({ status: 422, body: { error: { code: "global/something-new", message: "Something new." } } });
    expect(error.constructor).toBe(LambdaCloudError);
    expect(error).toMatchObject({ status: 422, code: "global/something-new" });
    expect(error.message).toBe("global/something-new: Something new. Fix the fields the server names.");
  });

  it("is an auth-core ApiError and CloudSdkError, so generic handlers catch it", async () => {
    const error = await failingCall(ERROR_FIXTURES.conflict);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(CloudSdkError);
    expect(error).toBeInstanceOf(Error);
  });
});

describe("error bodies that are not Lambda's JSON", () => {
  it("an HTML 502 page from the edge is a ServerError that describes the page", async () => {
    const page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>";
    const error = await failingCall({ status: 502, body: page });
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).toBeUndefined();
    expect(error.body).toBe(page);
    expect(error.message).toBe(
      'Lambda Cloud API returned 502 Bad Gateway for GET /api/v1/regions (regions.list): an HTML page ("502 Bad Gateway"). The server had a problem; retry later, and quote the request id if you contact support.',
    );
  });

  it("a plain-text 429 (Cloudflare 1015) is a RateLimitError with the wait and how to avoid it", async () => {
    const error = await failingCall({ status: 429, body: "error code: 1015", headers: { "retry-after": "30" } });
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(30_000);
    expect(error.code).toBeUndefined();
    expect(error.message).toBe(
      'Lambda Cloud API returned 429 Too Many Requests for GET /api/v1/regions (regions.list): the text "error code: 1015". Too many requests: slow down, then retry. The server asked to wait 30 s. Lambda allows about 1 request per second, and 1 launch per 12 s; the client option `rateLimit: true` keeps to these limits.',
    );
  });

  it("the request id comes last, after Lambda's advice", async () => {
    const limited = await failingCall({ status: 429, body: "error code: 1015", headers: { "x-request-id": "req_9" } });
    expect(limited.message).toMatch(/`rateLimit: true` keeps to these limits\. Request id: req_9\.$/);
    const rejected = await failingCall({ ...ERROR_FIXTURES.invalidApiKey, headers: { "x-request-id": "req_10" } });
    expect(rejected.message).toMatch(/The key in use came from the apiKey option\. Request id: req_10\.$/);
  });

  it("an empty 500 is a ServerError saying the body was empty", async () => {
    const error = await failingCall({ status: 500, body: "" });
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain("(regions.list): an empty body.");
  });

  it("a truncated JSON body is described, never a parse crash", async () => {
    const error = await failingCall({ status: 503, body: '{"error": {"code": "provider/internal-unav', headers: { "content-type": "application/json" } });
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain("a truncated or malformed JSON body");
  });

  it("JSON in another shape keeps its message", async () => {
    const error = await failingCall({ status: 504, body: { message: "upstream timed out" } });
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain("(regions.list): upstream timed out.");
  });
});
