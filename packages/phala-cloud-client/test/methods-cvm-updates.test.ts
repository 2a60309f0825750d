import { http, HttpResponse } from "msw";
import { BusinessError, ResourceError } from "../src";
import { useFake } from "./client-setup";
import { fixture } from "./fixture";

const fake = useFake();
const TX = `0x${"ab".repeat(32)}`;
const YAML = "services:\n  web:\n    image: nginx:1.27\n";

describe("updateCvmEnvs", () => {
  it("PATCH /cvms/{cvmId}/envs with the JSON body; answers in_progress", async () => {
    const result = await fake.client().updateCvmEnvs({ name: "my-web-app", encrypted_env: "deadbeef", env_keys: ["API_KEY", "DB_URL"] });
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app/envs");
    expect(JSON.parse(sent.body)).toEqual({ encrypted_env: "deadbeef", env_keys: ["API_KEY", "DB_URL"] });
    expect(result).toMatchObject({ status: "in_progress", allowed_envs_changed: true });
    expect(result.status === "in_progress" && result.correlation_id).toMatch(/^corr_/);
  });

  it("on an on-chain KMS, the 465 is a precondition_required result; the retry with both hashes goes through", async () => {
    const client = fake.client();
    const params = { name: "onchain-app", encrypted_env: "beef", env_keys: ["API_KEY", "NEW_KEY"] };
    const first = await client.updateCvmEnvs(params);
    if (first.status !== "precondition_required") throw new Error(`expected precondition_required, got ${first.status}`);
    expect(first.compose_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.app_id).toMatch(/^0x[0-9a-f]{40}$/);
    expect(first.kms_info?.chain_id).toBe(8453);
    expect(first.message).toBe("Compose hash registration required on-chain");

    const second = await client.updateCvmEnvs({ ...params, compose_hash: first.compose_hash, transaction_hash: TX });
    expect(JSON.parse((await fake.last()).body)).toMatchObject({ compose_hash: first.compose_hash, transaction_hash: TX });
    expect(second.status).toBe("in_progress");
  });

  it("the legacy flat 465 body becomes the same result", async () => {
    fake.server.use(
      http.patch(`${fake.mock.baseURL}/cvms/:id/envs`, () =>
        HttpResponse.json({ message: "Hash registration required", compose_hash: "c".repeat(64), app_id: "a".repeat(40), device_id: "d1" }, { status: 465 }),
      ),
    );
    const result = await fake.client().updateCvmEnvs({ name: "my-web-app", encrypted_env: "00" });
    expect(result).toEqual({
      status: "precondition_required",
      message: "Hash registration required",
      compose_hash: "c".repeat(64),
      app_id: "a".repeat(40),
      device_id: "d1",
      kms_info: null,
    });
  });

  it("a 466 (hash invalid or expired) is thrown, with the server's code and hint", async () => {
    const error = await fake
      .client()
      .updateCvmEnvs({ name: "onchain-app", encrypted_env: "00", env_keys: ["X"], compose_hash: "0".repeat(64), transaction_hash: TX })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceError);
    expect(error).toBeInstanceOf(BusinessError);
    expect(error).toMatchObject({ status: 466, errorCode: "ERR-01-006" });
  });

  it("a 465 body with no compose hash stays an error", async () => {
    fake.server.use(http.patch(`${fake.mock.baseURL}/cvms/:id/envs`, () => HttpResponse.json({ detail: "Register first" }, { status: 465 })));
    const error = await fake.client().updateCvmEnvs({ name: "my-web-app", encrypted_env: "00" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BusinessError);
    expect((error as BusinessError).message).toMatch(/465 for PATCH .*Register first\. The compose hash must be registered on-chain first/);
  });
});

describe("updateDockerCompose", () => {
  it("PATCH /cvms/{cvmId}/docker-compose with the YAML as text/yaml; answers in_progress", async () => {
    const result = await fake.client().updateDockerCompose({ name: "my-web-app", docker_compose_file: YAML });
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app/docker-compose");
    expect(sent.headers.get("content-type")).toBe("text/yaml");
    expect(sent.body).toBe(YAML);
    expect(sent.headers.get("x-compose-hash")).toBeNull();
    expect(result.status).toBe("in_progress");
    expect(fake.mock.state.cvms[0]?.compose.docker_compose_file).toBe(YAML);
  });

  it("on an on-chain KMS: the 465 result, then the retry sends X-Compose-Hash and X-Transaction-Hash (with the per-call headers)", async () => {
    const client = fake.client();
    const first = await client.updateDockerCompose({ name: "onchain-app", docker_compose_file: YAML });
    if (first.status !== "precondition_required") throw new Error(`expected precondition_required, got ${first.status}`);
    for (const headers of [{ "X-Trace-Id": "t1" }, new Headers({ "X-Trace-Id": "t1" })]) {
      const second = await client.updateDockerCompose(
        { name: "onchain-app", docker_compose_file: YAML, compose_hash: first.compose_hash, transaction_hash: TX },
        { headers },
      );
      const sent = await fake.last();
      expect(sent.headers.get("x-compose-hash")).toBe(first.compose_hash);
      expect(sent.headers.get("x-transaction-hash")).toBe(TX);
      expect(sent.headers.get("x-trace-id")).toBe("t1");
      expect(sent.body).toBe(YAML);
      expect(second.status).toBe("in_progress");
    }
  });

  it("parses the official SDK's in-progress body", async () => {
    const body = fixture<Record<string, unknown>>("update-docker-compose-in-progress");
    fake.server.use(http.patch(`${fake.mock.baseURL}/cvms/:id/docker-compose`, () => HttpResponse.json(body, { status: 202 })));
    expect(await fake.client().updateDockerCompose({ id: "cvm_x", docker_compose_file: YAML })).toEqual(body);
  });
});

describe("updateCvmResources and updateCvmVisibility", () => {
  it("updateCvmResources: PATCH /cvms/{cvmId}/resources with the JSON body; answers nothing (202)", async () => {
    const result = await fake.client().updateCvmResources({ name: "my-web-app", instance_type: "tdx.medium", allow_restart: true });
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app/resources");
    expect(JSON.parse(sent.body)).toEqual({ instance_type: "tdx.medium", allow_restart: true });
    expect(result).toBeUndefined();
    expect(fake.mock.state.cvms[0]).toMatchObject({ instance_type: "tdx.medium", vcpu: 2, memory: 4096 });
  });

  it("updateCvmVisibility: PATCH /cvms/{cvmId}/visibility; answers the CVM detail", async () => {
    const cvm = await fake.client().updateCvmVisibility({ name: "my-web-app", public_sysinfo: false, public_logs: false });
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app/visibility");
    expect(JSON.parse(sent.body)).toEqual({ public_sysinfo: false, public_logs: false });
    expect(cvm).toMatchObject({ name: "my-web-app", public_sysinfo: false, public_logs: false });
  });
});
