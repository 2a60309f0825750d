import { delay, http, HttpResponse } from "msw";
import {
  ApiError,
  AuthError,
  BusinessError,
  ConflictError,
  ConnectionError,
  PhalaCloudError,
  RequestError,
  ResourceError,
  ServerError,
  TimeoutError,
  ValidationError,
} from "../src";
import { useFake } from "./client-setup";
import { fixture } from "./fixture";

const fake = useFake();

async function failure(call: Promise<unknown>): Promise<PhalaCloudError> {
  const error = await call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (caught: unknown) => caught,
  );
  // Every row: a PhalaCloudError (and an auth-core ApiError) carrying status, detail and requestId.
  expect(error).toBeInstanceOf(PhalaCloudError);
  expect(error).toBeInstanceOf(ApiError);
  for (const field of ["status", "detail", "requestId"]) expect(Object.keys(error as object)).toContain(field);
  return error as PhalaCloudError;
}

describe("AuthError: 401 and 403", () => {
  it("a wrong key: 401 AuthError whose message quotes the server's detail and where the key came from", async () => {
    const error = await failure(fake.client({ apiKey: "phak_wrong_key_0000000000" }).getCurrentUser());
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 401, statusText: "Unauthorized", detail: "Not authenticated", isAuthError: true });
    expect(error.requestId).toMatch(/^req_/);
    expect(error.message).toBe(
      "Phala Cloud API returned 401 Unauthorized for GET /api/v1/auth/me (getCurrentUser): Not authenticated. " +
        "Check that the API key is correct and has not been revoked (it came from the apiKey option); " +
        `create one in the Phala Cloud dashboard if needed. Request id: ${error.requestId}.`,
    );
  });

  it("403 is an AuthError too, with its detail", async () => {
    fake.mock.failNext({ status: 403, body: { detail: "Workspace is suspended" }, headers: { "X-Request-ID": "req_403" } });
    const error = await failure(fake.client().getCvmList());
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 403, detail: "Workspace is suspended", requestId: "req_403" });
    expect(error.message).toContain("Workspace is suspended");
  });
});

describe("ValidationError: 422", () => {
  it("lists each field as {field, message, type}, the location dropped from loc", async () => {
    fake.mock.failNext({
      status: 422,
      body: {
        detail: [
          ...fixture<{ detail: object[] }>("error-422").detail,
          { loc: ["body", "compose_file", "name"], msg: "Field required", type: "missing" },
          { loc: ["query", "page"], msg: "Input should be greater than 0", type: "greater_than" },
          { loc: ["header", "x-compose-hash"], msg: "Invalid hash", type: "value_error" },
          { msg: "Field required", type: "missing" },
        ],
      },
    });
    const error = await failure(fake.client().getCvmList());
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.validationErrors).toEqual([
      { field: "name", message: "String should have at least 4 characters", type: "string_too_short", context: { min_length: 4 } },
      { field: "memory", message: "Input should be greater than or equal to 1024", type: "greater_than_equal" },
      { field: "compose_file.name", message: "Field required", type: "missing" },
      { field: "page", message: "Input should be greater than 0", type: "greater_than" },
      { field: "x-compose-hash", message: "Invalid hash", type: "value_error" },
      { field: "required field", message: "Field required", type: "missing" },
    ]);
    expect(validation.status).toBe(422);
    expect(Array.isArray(validation.detail)).toBe(true);
    expect(validation.message).toMatch(
      /^Phala Cloud API returned 422 Unprocessable Entity for GET \/api\/v1\/cvms\/paginated \(getCvmList\): validation failed: name: String should have at least 4 characters; memory: .*; and 1 more\. Fix the fields the server names\./,
    );
  });

  it("a 422 whose detail is not a list is a BusinessError", async () => {
    fake.mock.failNext({ status: 422, body: { detail: "Unprocessable" } });
    const error = await failure(fake.client().getCvmList());
    expect(error).toBeInstanceOf(BusinessError);
    expect(error).not.toBeInstanceOf(ValidationError);
  });
});

describe("BusinessError: any other 4xx, 465–468 included", () => {
  it("404 from the fake", async () => {
    const error = await failure(fake.client().getCvmInfo({ name: "no-such-app" }));
    expect(error).toBeInstanceOf(BusinessError);
    expect(error).toMatchObject({ status: 404, detail: "CVM not found", isBusinessError: true });
    expect(error.message).toMatch(/404 Not Found for GET \/api\/v1\/cvms\/no-such-app \(getCvmInfo\): CVM not found\. Check the id/);
  });

  it("400 from the fake (a duplicate SSH key)", async () => {
    const key = fake.mock.state.sshKeys[0]!;
    const error = await failure(fake.client().createSshKey({ name: "again", public_key: key.public_key }));
    expect(error).toBeInstanceOf(BusinessError);
    expect(error).toMatchObject({ status: 400, detail: "An SSH key with this public key already exists" });
  });

  it.each([
    [429, "Too Many Requests", /Too many requests: slow down/],
    [465, "Compose hash verification required", /must be registered on-chain first/],
    [466, "Compose hash invalid", /invalid or has expired/],
    [467, "Transaction verification failed", /could not be verified/],
    [468, "Compose hash not allowed", /does not allow this compose hash/],
  ])("%i is a BusinessError with what to do", async (status, detail, hint) => {
    fake.mock.failNext({ status, body: { detail } });
    const error = await failure(fake.client().getCvmInfo({ name: "my-web-app" }));
    expect(error).toBeInstanceOf(BusinessError);
    expect(error).not.toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status, detail });
    expect(error.message).toMatch(hint);
  });
});

describe("ConflictError: 409 without error_code", () => {
  it("another operation in progress on the CVM (from the fake)", async () => {
    const client = fake.client();
    await client.stopCvm({ name: "my-web-app" });
    const error = await failure(client.startCvm({ name: "my-web-app" }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toBeInstanceOf(BusinessError);
    expect(error).toMatchObject({ status: 409, isConflictError: true });
    expect(error.detail).toMatch(/Another operation is in progress/);
  });
});

describe("ResourceError: a body with error_code, whatever the status", () => {
  it("at the top level (duplicate CVM name, 409 from the fake): not a ConflictError", async () => {
    const error = (await failure(
      fake.client().provisionCvm({ name: "my-web-app", compose_file: { docker_compose_file: "services: {}\n" } }),
    )) as ResourceError;
    expect(error).toBeInstanceOf(ResourceError);
    expect(error).toBeInstanceOf(BusinessError);
    expect(error).not.toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, errorCode: "ERR-01-004", code: "ERR-01-004", isResourceError: true });
    expect(error.suggestions).toEqual(["Choose another name, or update the existing CVM"]);
    expect(error.structuredDetails).toEqual([{ field: "name", value: "my-web-app", message: null }]);
    expect(error.links).toEqual([]);
    expect(error.requestId).toMatch(/^req_/);
    expect((error.detail as { error_code: string }).error_code).toBe("ERR-01-004");
    expect(error.message).toMatch(
      /409 Conflict for POST \/api\/v1\/cvms\/provision \(provisionCvm\): ERR-01-004: A CVM named 'my-web-app' already exists in this workspace\. Choose another name, or update the existing CVM\. Request id: req_/,
    );
  });

  it("nested in detail, with links, and the body's request_id when no header carries one", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/cvms/:id`, () =>
        HttpResponse.json(
          {
            detail: {
              error_code: "ERR-03-001",
              message: "CVM not found",
              request_id: "rid-nested-1",
              links: [{ url: "https://docs.phala.com/errors", label: "Docs" }],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const error = (await failure(fake.client().getCvmInfo({ name: "my-web-app" }))) as ResourceError;
    expect(error).toBeInstanceOf(ResourceError);
    expect(error).toMatchObject({ status: 400, errorCode: "ERR-03-001", requestId: "rid-nested-1" });
    expect(error.links).toEqual([{ url: "https://docs.phala.com/errors", label: "Docs" }]);
    expect(error.suggestions).toEqual([]);
  });

  it("the structured 465 of a method other than the two updates is thrown as a ResourceError", async () => {
    fake.mock.failNext({ status: 465, body: fixture("error-465-structured") });
    const error = (await failure(fake.client().getCvmInfo({ name: "my-web-app" }))) as ResourceError;
    expect(error).toMatchObject({ status: 465, errorCode: "ERR-01-005", requestId: "rid-body-123" });
    expect(error.message).toContain("Register the compose hash on-chain.");
  });
});

describe("ServerError: 5xx", () => {
  it("a JSON 500", async () => {
    fake.mock.failNext({ status: 500, body: { detail: "Internal error" }, headers: { "X-Request-ID": "req_500" } });
    const error = await failure(fake.client().getCurrentUser());
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 500, detail: "Internal error", requestId: "req_500", isServerError: true });
  });

  it("a proxy's HTML 502 page is described, not a parse crash or 'Unknown API error'", async () => {
    fake.mock.failNext({ status: 502, body: "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>" });
    const error = await failure(fake.client().getCurrentUser());
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/502 Bad Gateway for GET \/api\/v1\/auth\/me \(getCurrentUser\): an HTML page \("502 Bad Gateway"\)\. The server had a problem/);
    expect(error.detail).toContain("<title>502 Bad Gateway</title>");
  });

  it("a plain-text 503 keeps its text", async () => {
    fake.mock.failNext({ status: 503, body: "upstream connect error" });
    const error = await failure(fake.client().getCurrentUser());
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('the text "upstream connect error"');
    expect(error.detail).toBe("upstream connect error");
  });
});

describe("RequestError: no answer", () => {
  it("a network failure keeps the original error as cause, and its message", async () => {
    fake.mock.failNext({ networkError: true });
    const error = (await failure(fake.client().getCurrentUser())) as RequestError;
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ status: 0, statusText: "", requestId: undefined, timedOut: false, isRequestError: true });
    expect(error.cause).toBeInstanceOf(ConnectionError);
    const original = (error.cause as ConnectionError).cause as Error;
    expect(original).toBeInstanceOf(TypeError);
    expect(error.message).toContain(original.message);
    expect(error.message).toMatch(/getCurrentUser could not reach https:\/\/cloud-api\.phala\.com .*Check the network connection/);
    expect(error.detail).toBe(error.message);
    expect(error.message).not.toContain("Unknown API error");
  });

  it("a timeout is a RequestError with timedOut, its cause a TimeoutError", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/auth/me`, async () => {
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    const error = (await failure(fake.client({ timeout: 50 }).getCurrentUser())) as RequestError;
    expect(error).toBeInstanceOf(RequestError);
    expect(error.timedOut).toBe(true);
    expect(error.cause).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/getCurrentUser \(GET cloud-api\.phala\.com\/api\/v1\/auth\/me\) timed out after 50 ms.*raise the timeout option/);
  });
});

describe("PhalaCloudError itself", () => {
  it("a status outside 4xx and 5xx that is not a redirect (300 without Location)", async () => {
    fake.mock.failNext({ status: 300, body: { detail: "Multiple choices" } });
    const error = await failure(fake.client().getCurrentUser());
    expect(error.constructor).toBe(PhalaCloudError);
    // auth-core never reads the body of a 3xx, so there is no detail to quote.
    expect(error).toMatchObject({ status: 300, detail: undefined });
    expect(error.message).toMatch(/returned 300 Multiple Choices for GET \/api\/v1\/auth\/me \(getCurrentUser\): an empty body\./);
  });

  it("every class keeps its name and its identity marker (instanceof across package copies)", () => {
    for (const Class of [PhalaCloudError, AuthError, ValidationError, BusinessError, ConflictError, ResourceError, ServerError, RequestError]) {
      expect(Class.errorType).toBe(`phala-cloud.${Class.name}`);
    }
  });
});
