import { http, HttpResponse } from "msw";
import * as v from "valibot";
import {
  ApiError,
  bearer,
  ConnectionError,
  createTransport,
  describeApiError,
  fromValue,
  ResponseValidationError,
  type ApiErrorContext,
  type TransportOptions,
} from "../src/index.js";
import { TEST_KEY, useMswServer } from "./support/msw.js";

const server = useMswServer();
const BASE = "https://api.example.test/v1";
const make = (overrides: Partial<TransportOptions> = {}) =>
  createTransport({ provider: "Example", baseURL: BASE, credential: fromValue(TEST_KEY), auth: bearer(), maxRetries: 0, ...overrides });
const answer = (response: () => Response, method: "get" | "post" = "get") =>
  server.use(http[method]("https://api.example.test/v1/x", response));
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error);

describe("malformed error bodies become typed errors, never parse crashes", () => {
  test("an HTML 502 page", async () => {
    answer(() => new HttpResponse("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", { status: 502, statusText: "Bad Gateway", headers: { "content-type": "text/html" } }));
    const error = await failure(make().request({ operation: "things.list", method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error?.message).toBe(
      'Example API returned 502 Bad Gateway for GET /v1/x (things.list): an HTML page ("502 Bad Gateway"). The server had a problem; retry later, and quote the request id if you contact support.',
    );
    expect((error as ApiError).body).toContain("<title>502 Bad Gateway</title>");
  });

  test("an empty 429", async () => {
    answer(() => new HttpResponse(null, { status: 429, statusText: "Too Many Requests", headers: { "retry-after": "7" } }));
    const error = (await failure(make().request({ operation: "x", method: "GET", path: "/x" }))) as ApiError;
    expect(error.status).toBe(429);
    expect(error.message).toBe(
      "Example API returned 429 Too Many Requests for GET /v1/x (x): an empty body. Too many requests: slow down, then retry. The server asked to wait 7 s.",
    );
    expect(error.body).toBeUndefined();
  });

  test("truncated JSON", async () => {
    answer(() => new HttpResponse('{"error": {"code": "global/inv', { status: 500, headers: { "content-type": "application/json" } }));
    const error = (await failure(make().request({ operation: "x", method: "GET", path: "/x" }))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toContain('a truncated or malformed JSON body ("{\\"error\\": {\\"code\\": \\"global/inv")');
  });

  test("plain text", async () => {
    answer(() => new HttpResponse("upstream connect error", { status: 503, headers: { "content-type": "text/plain" } }));
    expect((await failure(make().request({ operation: "x", method: "GET", path: "/x" })))?.message).toContain('the text "upstream connect error"');
  });

  test("a JSON error body gives the server's message, code and request id", async () => {
    answer(() =>
      HttpResponse.json(
        { error: { code: "global/object-does-not-exist", message: "Specified instance does not exist.", request_id: "req_body" } },
        { status: 404, statusText: "Not Found" },
      ),
    );
    const error = (await failure(make().request({ operation: "instances.get", method: "GET", path: "/x" }))) as ApiError;
    expect(error).toMatchObject({ status: 404, code: "global/object-does-not-exist", requestId: "req_body", operation: "instances.get", method: "GET" });
    expect(error.message).toBe(
      "Example API returned 404 Not Found for GET /v1/x (instances.get): Specified instance does not exist. Check the id or the path: the resource may not exist or may have been deleted. Request id: req_body.",
    );
  });

  test("the request id header wins and credential headers are removed from error.headers", async () => {
    answer(() =>
      HttpResponse.json({ detail: "nope", request_id: "from-body" }, { status: 403, headers: { "x-request-id": "from-header", "set-cookie": "s=1", "www-authenticate": "Bearer" } }),
    );
    const error = (await failure(make().request({ operation: "x", method: "GET", path: "/x" }))) as ApiError;
    expect(error.requestId).toBe("from-header");
    expect(error.headers["set-cookie"]).toBeUndefined();
    expect(error.headers["www-authenticate"]).toBe("Bearer");
  });
});

describe("describeApiError overrides", () => {
  test("a provider's own message and advice replace the generic ones", async () => {
    answer(() => HttpResponse.json({ detail: "Missing X-API-Key header" }, { status: 403, statusText: "Forbidden", headers: { "x-request-id": "r1" } }));
    const transport = make({
      createApiError: (context) =>
        new ApiError({ status: context.status, message: describeApiError(context, { hint: "Send the key in X-API-Key." }) }),
    });
    expect((await failure(transport.request({ operation: "x", method: "GET", path: "/x" })))?.message).toBe(
      "Example API returned 403 Forbidden for GET /v1/x (x): Missing X-API-Key header. Send the key in X-API-Key. Request id: r1.",
    );
    const withMessage = make({
      createApiError: (context) => new ApiError({ status: context.status, message: describeApiError(context, { message: "prompt: Field required" }) }),
    });
    expect((await failure(withMessage.request({ operation: "x", method: "GET", path: "/x" })))?.message).toContain(
      "(x): prompt: Field required. The credential is valid but not allowed",
    );
  });
});

describe("provider hooks", () => {
  class ProviderNotFound extends ApiError {
    static override readonly errorType: string = "example.ProviderNotFound";
  }
  class ProviderNetworkError extends Error {}

  test("createApiError chooses the class from the full context", async () => {
    answer(() => HttpResponse.json({ detail: "missing" }, { status: 404 }));
    const contexts: ApiErrorContext[] = [];
    const transport = make({
      createApiError: (context) => {
        contexts.push(context);
        return new ProviderNotFound({ status: context.status, message: `custom: ${String((context.body.value as { detail: string }).detail)}` });
      },
    });
    const error = await failure(transport.request({ operation: "things.get", method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(ProviderNotFound);
    expect(error?.message).toBe("custom: missing");
    expect(contexts[0]).toMatchObject({ provider: "Example", operation: "things.get", method: "GET", idempotent: true, status: 404, body: { kind: "json" } });
  });

  test("wrapError sees every failure that is not an API error, API errors never", async () => {
    const seen: string[] = [];
    const transport = make({
      wrapError: (error) => {
        seen.push(error.name);
        return error;
      },
    });
    answer(() => HttpResponse.json({ id: 1 }));
    await failure(transport.request({ operation: "x", method: "GET", path: "/x", schema: v.looseObject({ id: v.string() }) }));
    await failure(transport.request({ operation: "x", method: "GET", path: "/x/{id}", pathParams: { id: "" } }));
    answer(() => HttpResponse.json({ detail: "no" }, { status: 404 }));
    await failure(transport.request({ operation: "x", method: "GET", path: "/x" }));
    expect(seen).toEqual(["ResponseValidationError", "RequestValidationError"]);
  });

  test("wrapError replaces transport errors with the provider's class", async () => {
    answer(() => HttpResponse.error());
    const transport = make({ wrapError: (error) => (error instanceof ConnectionError ? new ProviderNetworkError(error.message, { cause: error }) : error) });
    const error = await failure(transport.request({ operation: "x", method: "GET", path: "/x" }));
    expect(error).toBeInstanceOf(ProviderNetworkError);
    expect(error?.cause).toBeInstanceOf(ConnectionError);
  });
});

describe("response validation", () => {
  const Instance = v.looseObject({ id: v.string(), name: v.string(), ports: v.array(v.number()) });

  test("a missing required field names the operation, the field, what was expected and the request id", async () => {
    answer(() => HttpResponse.json({ data: [{ name: "a", ports: [22] }] }, { headers: { "x-request-id": "req_9" } }));
    const error = await failure(
      make().request({ operation: "instances.list", method: "GET", path: "/x", schema: v.looseObject({ data: v.array(Instance) }) }),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error?.message).toBe(
      "Example API response to instances.list does not have the expected shape: data[0].id: missing (required). The API may have changed; please report it to the SDK maintainers. Request id: req_9. " +
        'To receive the body as sent instead, set responseValidation: "warn" (or "off") on the client or on this call.',
    );
    expect((error as ResponseValidationError).issues[0]).toMatchObject({ path: "data[0].id", expected: "a required field", received: "undefined" });
  });

  test("several problems are summarised, not dumped", async () => {
    answer(() => HttpResponse.json({ id: 1, name: 2, ports: ["a", "b"] }));
    const error = (await failure(make().request({ operation: "x", method: "GET", path: "/x", schema: Instance }))) as ResponseValidationError;
    expect(error.issues).toHaveLength(4);
    expect(error.message).toContain("id: expected string, received 1; name: expected string, received 2; ports[0]: expected number, received \"a\" (and 1 more)");
  });

  test("a field a strict schema does not accept, and a custom check, read as words", async () => {
    answer(() => HttpResponse.json({ id: "a", extra: 1, size: 3 }));
    const Strict = v.pipe(
      v.strictObject({ id: v.string(), size: v.number() }),
      v.check((value) => value.size % 2 === 0, "size must be even"),
    );
    const first = (await failure(make().request({ operation: "x", method: "GET", path: "/x", schema: Strict }))) as ResponseValidationError;
    expect(first.message).toContain("does not have the expected shape: extra: not an accepted field.");
    answer(() => HttpResponse.json({ id: "a", size: 3 }));
    const second = (await failure(make().request({ operation: "x", method: "GET", path: "/x", schema: Strict }))) as ResponseValidationError;
    expect(second.message).toContain("does not have the expected shape: the value: size must be even.");
  });

  test("a rule's own message is used for a validation rule (regex, length)", async () => {
    answer(() => HttpResponse.json({ id: "not-a-uuid" }));
    const Uuid = v.looseObject({ id: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, "must be a 32-hex id")) });
    const error = (await failure(make().request({ operation: "x", method: "GET", path: "/x", schema: Uuid }))) as ResponseValidationError;
    expect(error.message).toContain("does not have the expected shape: id: must be a 32-hex id.");
    expect(error.issues[0]).toMatchObject({ path: "id", kind: "validation" });
  });

  test("a 3xx that is not a redirect keeps its body for the error", async () => {
    answer(() => HttpResponse.json({ detail: "several representations" }, { status: 300, statusText: "Multiple Choices" }));
    const error = (await failure(make().request({ operation: "x", method: "GET", path: "/x" }))) as ApiError;
    expect(error.status).toBe(300);
    expect(error.message).toContain("(x): several representations.");
  });

  test("an HTML page with status 200 where JSON was expected", async () => {
    answer(() => new HttpResponse("<!doctype html><title>Sign in to Wi-Fi</title>", { headers: { "content-type": "text/html" } }));
    const error = await failure(make().request({ operation: "x", method: "GET", path: "/x", schema: Instance }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error?.message).toBe(
      'Example API answered x with an HTML page ("Sign in to Wi-Fi") where JSON was expected (status 200). A proxy or captive portal may be in the way; check the baseURL option.',
    );
  });
});
