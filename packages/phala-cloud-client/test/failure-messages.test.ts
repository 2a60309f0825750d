import { delay, http, HttpResponse } from "msw";
import { AbortError, RequestValidationError, ResponseValidationError, resolveCvmId } from "../src";
import { useFake } from "./client-setup";

const fake = useFake();

async function rejection(call: () => Promise<unknown>): Promise<Error> {
  // A bad argument must reject the promise, not throw at the call site.
  let promise: Promise<unknown> | undefined;
  expect(() => {
    promise = call();
  }).not.toThrow();
  return promise!.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: Error) => error,
  );
}

describe("bad arguments: RequestValidationError before anything is sent", () => {
  it.each([
    ["no CVM identifier", () => fake.client().getCvmInfo({}), /^getCvmInfo: invalid arguments: the value: One of id, uuid, app_id, instance_id, or name must be provided\.$/],
    ["a malformed UUID", () => fake.client().stopCvm({ uuid: "not-a-uuid" }), /^stopCvm: invalid arguments: uuid: Invalid UUID format\.$/],
    ["a bad CVM name", () => fake.client().provisionCvm({ name: "1x", compose_file: {} }), /provisionCvm: invalid arguments: name: Name must be 5-63 characters/],
    ["a missing field", () => fake.client().updateCvmEnvs({ name: "my-web-app" } as never), /^updateCvmEnvs: invalid arguments: encrypted_env: missing \(required\)\.$/],
    ["a wrong type", () => fake.client().getCvmList({ page: "2" as never }), /^getCvmList: invalid arguments: page: expected number, received "2"\.$/],
    // An unknown key is sent as given (test/unknown-fields.test.ts); a known one is still checked.
    ["a known query key with a bad value", () => fake.client().getKmsList({ is_onchain: "yes" } as never), /^getKmsList: invalid arguments: is_onchain: expected boolean, received "yes"\.$/],
    ["an SSH key that is not one", () => fake.client().createSshKey({ name: "k", public_key: "hello" }), /createSshKey: invalid arguments: public_key: Invalid SSH public key format/],
    ["an empty YAML", () => fake.client().updateDockerCompose({ name: "my-web-app", docker_compose_file: "" }), /docker_compose_file: docker_compose_file is required/],
    ["an app id of the wrong length", () => fake.client().getAppEnvEncryptPubKey({ kms: "phala-prod", app_id: "abc" }), /app_id: App ID must be exactly 40 characters/],
  ])("%s", async (_label, call, message) => {
    const error = await rejection(call);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toMatch(message);
    expect(await fake.requests()).toHaveLength(0);
  });

  it("a bad filter of cvms() or listWorkspaces() rejects the first page, not the call", async () => {
    const cvms = fake.client().cvms({ page_size: 0 });
    await expect(cvms.toArray()).rejects.toThrow(/^cvms: invalid arguments: page_size: /);
    const workspaces = fake.client().listWorkspaces({ limit: -1 });
    await expect(workspaces).rejects.toBeInstanceOf(RequestValidationError);
    expect(await fake.requests()).toHaveLength(0);
  });

  it("resolveCvmId throws the same error type", () => {
    expect(() => resolveCvmId({})).toThrow(RequestValidationError);
  });
});

describe("unexpected responses: ResponseValidationError naming the operation and the field", () => {
  it("a field of the wrong type", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/cvms/:id/state`, () => HttpResponse.json({ name: "x", status: 42 }, { headers: { "X-Request-ID": "req_shape" } })));
    const error = (await rejection(() => fake.client().getCvmState({ name: "my-web-app" }))) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.operation).toBe("getCvmState");
    expect(error.message).toMatch(/response to getCvmState does not have the expected shape: status: expected string, received 42\. .*Request id: req_shape\./);
  });

  it("an HTML page where JSON was expected (a captive portal answering 200)", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/auth/me`, () => HttpResponse.html("<html><title>Sign in to Wi-Fi</title></html>")));
    const error = await rejection(() => fake.client().getCurrentUser());
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toMatch(/answered getCurrentUser with an HTML page \("Sign in to Wi-Fi"\) where JSON was expected.*baseURL/);
  });

  it("the other version's shape: the version the client asked for is checked", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/auth/me`, () => HttpResponse.json({ username: "alice", email: "a@b.c", credits: 1, granted_credits: 0, avatar: "", team_name: "A", team_tier: "free" })));
    const error = await rejection(() => fake.client().getCurrentUser());
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toMatch(/user: missing \(required\)/);
  });
});

describe("abort", () => {
  it("an already aborted signal rejects at once, sending nothing", async () => {
    const error = await rejection(() => fake.client().getCurrentUser({ signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(await fake.requests()).toHaveLength(0);
  });

  it("aborting mid-flight rejects with AbortError, not a RequestError", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/auth/me`, async () => {
        await delay(1_000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const call = fake.client().getCurrentUser({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await call.catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toContain("getCurrentUser");
  });
});
