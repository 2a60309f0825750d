import { delay, http, HttpResponse } from "msw";
import {
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
import { failure } from "./error-assertions";
import { fixture } from "./fixture";

const fake = useFake();

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
    // A 3xx that is not a redirect is an answer like any other: its body is read and quoted.
    expect(error).toMatchObject({ status: 300, detail: "Multiple choices" });
    expect(error.message).toMatch(/returned 300 Multiple Choices for GET \/api\/v1\/auth\/me \(getCurrentUser\): Multiple choices\./);
  });

  it("every class keeps its name and its identity marker (instanceof across package copies)", () => {
    for (const Class of [PhalaCloudError, AuthError, ValidationError, BusinessError, ConflictError, ResourceError, ServerError, RequestError]) {
      expect(Class.errorType).toBe(`phala-cloud.${Class.name}`);
    }
  });
});
