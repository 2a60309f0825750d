import { HttpResponse, http } from "msw";
import {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  ContentModerationError,
  GatewayTimeoutError,
  InsufficientCreditError,
  NotFoundError,
  PermissionDeniedError,
  PhotaError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  ValidationError,
} from "../src";
import { MISSING_API_KEY_DETAIL, PHOTA_MOCK_MODERATION_TRIGGER } from "../src/mock";
import { rejectionOf, useClient } from "./client-support";
import { validation422 } from "./fixtures/errors";

const { mock, server, makeClient } = useClient();

/** Makes `path` answer `status` with a JSON body (and no X-Request-Id unless given). */
function answer(method: "get" | "post", path: string, status: number, body: Parameters<typeof HttpResponse.json>[0], headers: Record<string, string> = {}) {
  server.use(http[method](`${mock.baseURL}${path}`, () => HttpResponse.json(body, { status, headers })));
}

describe("status → error class", () => {
  it("401: AuthenticationError carrying the server's detail and the request id", async () => {
    const error = await rejectionOf(makeClient({ apiKey: "phota_wrong_key" }).profiles.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    const auth = error as AuthenticationError;
    expect(auth.status).toBe(401);
    expect(auth.detail).toBe("Missing or invalid API key in the X-API-Key header.");
    expect(auth.message).toContain("Missing or invalid API key in the X-API-Key header.");
    expect(auth.message).toContain("PHOTA_API_KEY");
    expect(auth.message).toContain("https://platform.photalabs.com");
    expect(auth.requestId).toMatch(/^req_/);
    expect(auth.requestId).toBe(auth.headers["x-request-id"]);
    expect(auth.operation).toBe("profiles.list");
  });

  it("403 for a missing key: AuthenticationError saying no key arrived", async () => {
    answer("get", "/profiles/ids", 403, { detail: MISSING_API_KEY_DETAIL, request_id: "req_403" });
    const error = await rejectionOf(makeClient().profiles.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain(MISSING_API_KEY_DETAIL);
    expect(error.message).toContain("received no X-API-Key header");
    expect((error as AuthenticationError).requestId).toBe("req_403");
  });

  it("other 403: PermissionDeniedError", async () => {
    answer("get", "/profiles/ids", 403, { detail: "This account is suspended." });
    const error = await rejectionOf(makeClient().profiles.list());
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).not.toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain("This account is suspended");
  });

  it("402: InsufficientCreditError telling where to top up", async () => {
    mock.state.creditCents = 0;
    const error = await rejectionOf(makeClient().generate({ prompt: "x" }));
    expect(error).toBeInstanceOf(InsufficientCreditError);
    expect((error as InsufficientCreditError).detail).toBe("Insufficient prepaid credit balance.");
    expect(error.message).toContain("top it up at https://platform.photalabs.com");
  });

  it("400 with CONTENT_MODERATION: ContentModerationError (a BadRequestError)", async () => {
    const error = await rejectionOf(makeClient().generate({ prompt: `a ${PHOTA_MOCK_MODERATION_TRIGGER}` }));
    expect(error).toBeInstanceOf(ContentModerationError);
    expect(error).toBeInstanceOf(BadRequestError);
    const moderation = error as ContentModerationError;
    expect([moderation.status, moderation.code, moderation.detail]).toEqual([400, "CONTENT_MODERATION", "CONTENT_MODERATION"]);
    expect(moderation.message).toContain("Content moderation violation");
    expect(moderation.message).toContain("retrying the same request will not help");
  });

  it("400 with the marker in `code`: ContentModerationError too", async () => {
    answer("post", "/generate", 400, { detail: "The prompt was refused.", code: "CONTENT_MODERATION" });
    const error = await rejectionOf(makeClient().generate({ prompt: "x" }));
    expect(error).toBeInstanceOf(ContentModerationError);
    expect(error.message).toContain("The prompt was refused");
  });

  it("other 400: BadRequestError with the server's detail", async () => {
    const error = await rejectionOf(makeClient().generate({ prompt: "x", base_model: "nb2", quality: "high" }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).not.toBeInstanceOf(ContentModerationError);
    expect((error as BadRequestError).detail).toMatch(/quality/);
    expect(error.message).toMatch(/quality/);
  });

  it("404: NotFoundError", async () => {
    const error = await rejectionOf(makeClient().profiles.status("no-such-profile"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).detail).toBe("Profile not found.");
    expect(error.message).toContain("GET /v1/phota/profiles/no-such-profile/status (profiles.status): Profile not found.");
  });

  it("422: ValidationError with FastAPI's issues, the request id taken from the body", async () => {
    answer("post", "/enhance", 422, validation422);
    const error = await rejectionOf(makeClient().enhance({ image: "https://example.com/a.jpg" }));
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.issues).toEqual(validation422.detail);
    expect(validation.detail).toEqual(validation422.detail);
    expect(validation.requestId).toBe("req_01HZX4K9V7");
    expect(validation.message).toContain("image: Field required; num_output_images: Input should be less than or equal to 4");
    expect(validation.message).toContain("Request id: req_01HZX4K9V7");
  });

  it("429: RateLimitError with the server's Retry-After", async () => {
    mock.failNext({ status: 429, headers: { "Retry-After": "3" } });
    const error = await rejectionOf(makeClient().profiles.list());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3000);
    expect(error.message).toContain("wait 3 s");
  });

  it.each([500, 502, 503])("%i: ServerError", async (status) => {
    mock.failNext({ status });
    const error = await rejectionOf(makeClient().profiles.list());
    expect(error).toBeInstanceOf(ServerError);
    expect(error).not.toBeInstanceOf(GatewayTimeoutError);
    expect((error as ServerError).status).toBe(status);
  });

  it("504: GatewayTimeoutError (a ServerError) saying the reserved cost is refunded", async () => {
    server.use(http.post(`${mock.baseURL}/edit`, () => new HttpResponse("", { status: 504 })));
    const error = await rejectionOf(makeClient().edit({ images: ["https://example.com/a.jpg"] }));
    expect(error).toBeInstanceOf(GatewayTimeoutError);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain("the reserved cost has been refunded");
    expect(error.message).toContain("async: true");
  });

  it("another status: a plain PhotaError", async () => {
    answer("get", "/profiles/ids", 409, { detail: "Conflict." });
    const error = await rejectionOf(makeClient().profiles.list());
    expect(error.constructor).toBe(PhotaError);
    expect((error as PhotaError).status).toBe(409);
  });

  it("every class is a PhotaError and an auth-core ApiError, named after itself", async () => {
    mock.failNext({ status: 504 });
    const error = await rejectionOf(makeClient().profiles.list());
    expect(error).toBeInstanceOf(PhotaError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.name).toBe("GatewayTimeoutError");
  });
});

describe("failures that are not a Phota error body", () => {
  it("an HTML error page from a proxy: ServerError describing the page", async () => {
    server.use(
      http.get(`${mock.baseURL}/profiles/ids`, () =>
        HttpResponse.html("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", { status: 502 }),
      ),
    );
    const error = await rejectionOf(makeClient().profiles.list());
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('an HTML page ("502 Bad Gateway")');
    expect((error as ServerError).detail).toBeUndefined();
  });

  it("a success body of the wrong shape: ResponseValidationError naming the field", async () => {
    answer("post", "/generate", 200, { known_subjects: { counts: { p: "many" } }, images: [] }, { "X-Request-Id": "req_shape" });
    const error = await rejectionOf(makeClient().generate({ prompt: "x" }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("known_subjects.counts.p");
    expect(error.message).toContain("req_shape");
  });

  it("HTML where JSON was expected (a captive portal): ResponseValidationError", async () => {
    server.use(http.get(`${mock.baseURL}/profiles/ids`, () => HttpResponse.html("<html><title>Log in</title></html>")));
    const error = await rejectionOf(makeClient().profiles.list());
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("check the baseURL option");
  });

  it("a network failure: ConnectionError keeping the cause", async () => {
    const cause = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });
    const client = makeClient({ fetch: () => Promise.reject(cause) });
    const error = await rejectionOf(client.profiles.list());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain("fetch failed");
    expect(error.cause).toBe(cause);
  });

  it("an aborted call: AbortError, nothing retried", async () => {
    server.use(http.post(`${mock.baseURL}/generate`, () => new Promise<Response>(() => undefined)));
    const controller = new AbortController();
    const pending = makeClient({ maxRetries: 2 }).generate({ prompt: "x" }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user left")), 20);
    const error = await rejectionOf(pending);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toContain("generate");
  });
});
