import { http, HttpResponse } from "msw";
import { BusinessError, RequestValidationError, ResourceError } from "../src";
import { useFake } from "./client-setup";
import { fixture } from "./fixture";

const fake = useFake();
const TX = `0x${"ab".repeat(32)}`;
const YAML = "services:\n  web:\n    image: nginx:1.27\n";

describe("patchCvm", () => {
  it("PATCH /cvms/{cvmId} with the fields given; the change is visible in the next reads", async () => {
    const client = fake.client();
    const result = await client.patchCvm({ name: "my-web-app", docker_compose_file: YAML, public_logs: false, vcpu: 2 });
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app");
    expect(JSON.parse(sent.body)).toEqual({ docker_compose_file: YAML, public_logs: false, vcpu: 2 });
    expect(sent.headers.get("x-prepare-only")).toBeNull();
    // The fake answers 202 `{ correlation_id }` only; the status is filled in.
    expect(result.status).toBe("in_progress");
    expect(result.status !== "precondition_required" && result.correlation_id).toMatch(/^corr_/);
    expect((await client.getCvmComposeFile({ name: "my-web-app" })).docker_compose_file).toBe(YAML);
    expect((await client.getCvmInfo({ name: "my-web-app" })).resource.vcpu).toBe(2);
  });

  it("reads the official SDK's 202 and no_change bodies", async () => {
    fake.server.use(http.patch(`${fake.mock.baseURL}/cvms/:id`, () => HttpResponse.json(fixture("patch-cvm-accepted"), { status: 202 })));
    expect(await fake.client().patchCvm({ id: "cvm_1", docker_compose_file: YAML })).toEqual({ status: "in_progress", correlation_id: "corr-123" });
    fake.server.use(http.patch(`${fake.mock.baseURL}/cvms/:id`, () => HttpResponse.json(fixture("patch-cvm-no-change"))));
    expect(await fake.client().patchCvm({ id: "cvm_1", pre_launch_script: "" })).toEqual({
      status: "no_change",
      message: "Compose configuration unchanged",
    });
    expect(JSON.parse((await fake.last()).body)).toEqual({ pre_launch_script: "" });
  });

  it("the official SDK's 465 body becomes a precondition_required result", async () => {
    fake.server.use(http.patch(`${fake.mock.baseURL}/cvms/:id`, () => HttpResponse.json(fixture("patch-cvm-465"), { status: 465 })));
    const result = await fake.client().patchCvm({ id: "cvm_1", docker_compose_file: YAML });
    expect(result).toMatchObject({ status: "precondition_required", compose_hash: "0xabc123", app_id: "0xdef456", device_id: "0x789abc" });
    expect(result.status === "precondition_required" && result.kms_info?.chain_id).toBe(8453);
  });

  it("on an on-chain KMS: 465 as a result, then confirmCvmPatch sends the proof headers and the patch applies", async () => {
    const client = fake.client();
    const first = await client.patchCvm({ name: "onchain-app", docker_compose_file: YAML });
    if (first.status !== "precondition_required") throw new Error(`expected precondition_required, got ${first.status}`);
    expect(first.onchain_status).toEqual({ compose_hash_allowed: false, device_id_allowed: true, is_allowed: false });
    expect(first.commit_token).toBeUndefined();
    expect((await client.getCvmComposeFile({ name: "onchain-app" })).docker_compose_file).not.toBe(YAML);

    const confirmed = await client.confirmCvmPatch({ name: "onchain-app", composeHash: first.compose_hash, transactionHash: TX });
    const sent = await fake.expectLast("PATCH", "/cvms/onchain-app");
    expect(JSON.parse(sent.body)).toEqual({});
    expect(sent.headers.get("x-compose-hash")).toBe(first.compose_hash);
    expect(sent.headers.get("x-transaction-hash")).toBe(TX);
    expect(confirmed.correlation_id).toMatch(/^corr_/);
    expect((await client.getCvmComposeFile({ name: "onchain-app" })).docker_compose_file).toBe(YAML);
  });

  it("prepareOnly sends X-Prepare-Only: true; commitCvmUpdate with the token applies it", async () => {
    const client = fake.client();
    const prepared = await client.patchCvm({ name: "onchain-app", docker_compose_file: YAML, prepareOnly: true });
    const sent = await fake.expectLast("PATCH", "/cvms/onchain-app");
    expect(sent.headers.get("x-prepare-only")).toBe("true");
    expect(JSON.parse(sent.body)).toEqual({ docker_compose_file: YAML });
    if (prepared.status !== "precondition_required" || !prepared.commit_token) throw new Error("expected a commit token");
    expect(prepared.api_commit_url).toMatch(/\/commit-update$/);

    const committed = await client.commitCvmUpdate({
      name: "onchain-app",
      token: prepared.commit_token,
      composeHash: prepared.compose_hash,
      transactionHash: TX,
    });
    const commit = await fake.expectLast("POST", "/cvms/onchain-app/commit-update");
    expect(JSON.parse(commit.body)).toEqual({ token: prepared.commit_token, compose_hash: prepared.compose_hash, transaction_hash: TX });
    expect(committed).toMatchObject({ status: "in_progress" });
    expect((await client.getCvmComposeFile({ name: "onchain-app" })).docker_compose_file).toBe(YAML);
    // The token is one-time.
    const again = await client
      .commitCvmUpdate({ name: "onchain-app", token: prepared.commit_token, composeHash: prepared.compose_hash, transactionHash: TX })
      .catch((caught: unknown) => caught);
    expect(again).toBeInstanceOf(ResourceError);
    expect(again).toMatchObject({ status: 466 });
  });

  it("confirming a hash nothing waits for is a 466 ResourceError", async () => {
    const error = await fake
      .client()
      .confirmCvmPatch({ name: "onchain-app", composeHash: "0".repeat(64), transactionHash: TX })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BusinessError);
    expect(error).toMatchObject({ status: 466, errorCode: "ERR-01-006" });
  });

  it("refuses a patch without a CVM identifier before sending", async () => {
    await expect(fake.client().patchCvm({ vcpu: 2 } as never)).rejects.toBeInstanceOf(RequestValidationError);
    expect(await fake.requests()).toHaveLength(0);
  });
});

describe("two-phase compose file update", () => {
  it("provisionCvmComposeFileUpdate posts the app compose; commitCvmComposeFileUpdate applies the hash", async () => {
    const client = fake.client();
    const current = await client.getCvmComposeFile({ name: "my-web-app" });
    const provisioned = await client.provisionCvmComposeFileUpdate({
      name: "my-web-app",
      app_compose: { ...current, docker_compose_file: YAML },
      update_env_vars: false,
    });
    const sent = await fake.expectLast("POST", "/cvms/my-web-app/compose_file/provision");
    expect(JSON.parse(sent.body)).toMatchObject({ docker_compose_file: YAML, update_env_vars: false, allowed_envs: current.allowed_envs });
    expect(provisioned.compose_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(provisioned.compose_hash_registered).toBe(true);
    expect((await client.getCvmComposeFile({ name: "my-web-app" })).docker_compose_file).not.toBe(YAML);

    await expect(client.commitCvmComposeFileUpdate({ name: "my-web-app", compose_hash: provisioned.compose_hash, encrypted_env: "beef" })).resolves.toBeUndefined();
    const commit = await fake.expectLast("PATCH", "/cvms/my-web-app/compose_file");
    expect(JSON.parse(commit.body)).toEqual({ compose_hash: provisioned.compose_hash, encrypted_env: "beef" });
    expect((await client.getCvmComposeFile({ name: "my-web-app" })).docker_compose_file).toBe(YAML);
    expect(fake.mock.state.cvms[0]?.encrypted_env).toBe("beef");
  });

  it("on an on-chain KMS the provision reports the hash as not registered yet, with the KMS", async () => {
    const current = await fake.client().getCvmComposeFile({ name: "onchain-app" });
    const provisioned = await fake.client().provisionCvmComposeFileUpdate({ name: "onchain-app", app_compose: { ...current, docker_compose_file: YAML } });
    expect(provisioned.compose_hash_registered).toBe(false);
    expect(provisioned.kms_info?.chain_id).toBe(8453);
    expect(provisioned.app_id).toMatch(/^0x[0-9a-f]{40}$/);
  });

  it("refuses an app compose over 200 KB before sending", async () => {
    const error = await fake
      .client()
      .provisionCvmComposeFileUpdate({ name: "my-web-app", app_compose: { docker_compose_file: "x".repeat(201 * 1024) } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toMatch(/must not exceed 200KB/);
    expect(await fake.requests()).toHaveLength(0);
  });

  it("committing an unknown hash is a 466 ResourceError", async () => {
    const error = await fake.client().commitCvmComposeFileUpdate({ name: "my-web-app", compose_hash: "f".repeat(64) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceError);
    expect(error).toMatchObject({ status: 466 });
  });
});
