import { AuthError, BusinessError, ConflictError, ValidationError } from "../src";
import { useFake } from "./client-setup";
import { failure } from "./error-assertions";
import { fixture } from "./fixture";

const fake = useFake();

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

  it("in cookie mode, the 401 says no key was sent and what to do", async () => {
    const error = await failure(fake.client({ useCookieAuth: true }).getCurrentUser());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toContain("Not authenticated. No X-API-Key was sent (useCookieAuth is on), so the session cookie is missing or expired");
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
    expect(error.message).toMatch(/409 Conflict for POST \/api\/v1\/cvms\/my-web-app\/start \(startCvm\): Another operation is in progress.*wait until it settles, then retry/);
  });
});

