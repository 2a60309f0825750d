import * as v from "valibot";
import {
  CvmDetailV20251028,
  CvmInfoDetailV20260121,
  StructuredPrecondition465,
  toComposePrecondition,
  UpdateCvmEnvsInProgress,
  UpdateDockerComposeInProgress,
} from "../src";
import { call, useMock } from "./mock-setup";

const mock = useMock();
const cvm = (id: number) => mock.state.cvms.find((c) => c.id === id)!;
const TX = `0x${"ab".repeat(32)}`;
const NEW_COMPOSE = "services:\n  api:\n    image: ghcr.io/acme/api:2\n";

describe("PATCH /cvms/{id}/envs", () => {
  it("on Phala's KMS starts the update at once", async () => {
    const res = await call(mock, "PATCH", "/cvms/101/envs", { body: { encrypted_env: "deadbeef", env_keys: ["API_KEY", "DB_URL"] } });
    expect(res.status).toBe(200);
    const body = v.parse(UpdateCvmEnvsInProgress, res.body);
    expect(body.allowed_envs_changed).toBe(true);
    expect(cvm(101).encrypted_env).toBe("deadbeef");
    expect(cvm(101).compose.allowed_envs).toEqual(["API_KEY", "DB_URL"]);
  });

  it("same keys: allowed_envs_changed is false and the hash stays", async () => {
    const before = cvm(101).compose_hash;
    const res = await call(mock, "PATCH", "/cvms/101/envs", { body: { encrypted_env: "00", env_keys: ["API_KEY"] } });
    expect(res.body.allowed_envs_changed).toBe(false);
    expect(cvm(101).compose_hash).toBe(before);
  });

  it("on an on-chain KMS answers 465 with the structured body, then accepts the retry with the headers", async () => {
    const first = await call(mock, "PATCH", "/cvms/102/envs", { body: { encrypted_env: "beef", env_keys: ["TOKEN"] } });
    expect(first.status).toBe(465);
    const wire = v.parse(StructuredPrecondition465, first.body);
    expect(wire.error_code).toBe("ERR-01-005");
    const pre = toComposePrecondition(first.body)!;
    expect(pre.app_id).toBe(`0x${cvm(102).app_id}`);
    expect(pre.kms_info?.chain_id).toBe(8453);
    expect(pre.device_id).toMatch(/^[0-9a-f]{64}$/);
    expect(cvm(102).encrypted_env).toBeNull();

    const retry = await call(mock, "PATCH", "/cvms/102/envs", {
      body: { encrypted_env: "beef", env_keys: ["TOKEN"] },
      headers: { "X-Compose-Hash": pre.compose_hash, "X-Transaction-Hash": TX },
    });
    expect(retry.status).toBe(200);
    expect(cvm(102).compose_hash).toBe(pre.compose_hash);
  });

  it("accepts the proof as body fields too", async () => {
    const first = await call(mock, "PATCH", "/cvms/102/envs", { body: { encrypted_env: "beef" } });
    const { compose_hash } = toComposePrecondition(first.body)!;
    const retry = await call(mock, "PATCH", "/cvms/102/envs", { body: { encrypted_env: "beef", compose_hash, transaction_hash: TX } });
    expect(retry.status).toBe(200);
  });

  it("a wrong compose hash is 466, a malformed transaction hash 467", async () => {
    const body = { encrypted_env: "beef" };
    const wrongHash = await call(mock, "PATCH", "/cvms/102/envs", { body, headers: { "X-Compose-Hash": "0".repeat(64), "X-Transaction-Hash": TX } });
    expect([wrongHash.status, wrongHash.body.error_code]).toEqual([466, "ERR-01-006"]);
    const { compose_hash } = toComposePrecondition((await call(mock, "PATCH", "/cvms/102/envs", { body })).body)!;
    const badTx = await call(mock, "PATCH", "/cvms/102/envs", { body, headers: { "X-Compose-Hash": compose_hash, "X-Transaction-Hash": "0x12" } });
    expect([badTx.status, badTx.body.error_code]).toEqual([467, "ERR-01-007"]);
  });

  it("a non-hex env is FastAPI's 422", async () => {
    const res = await call(mock, "PATCH", "/cvms/101/envs", { body: { encrypted_env: "not hex" } });
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(["body", "encrypted_env"]);
  });
});

describe("PATCH /cvms/{id}/docker-compose (text/yaml)", () => {
  it("replaces the compose, answers 202 and records a revision", async () => {
    const res = await call(mock, "PATCH", "/cvms/101/docker-compose", { text: NEW_COMPOSE, headers: { "Content-Type": "text/yaml" } });
    expect(res.status).toBe(202);
    v.parse(UpdateDockerComposeInProgress, res.body);
    const compose = await call(mock, "GET", "/cvms/101/compose_file");
    expect(compose.body.docker_compose_file).toBe(NEW_COMPOSE);
    const revisions = await call(mock, "GET", `/apps/${cvm(101).app_id}/revisions`);
    expect(revisions.body.revisions.map((r: { operation_type: string }) => r.operation_type)).toEqual(["update", "deploy"]);
  });

  it("on an on-chain KMS: 465 first, 202 with the headers", async () => {
    const first = await call(mock, "PATCH", "/cvms/102/docker-compose", { text: NEW_COMPOSE, headers: { "Content-Type": "text/yaml" } });
    expect(first.status).toBe(465);
    const { compose_hash } = toComposePrecondition(first.body)!;
    expect(cvm(102).compose.docker_compose_file).not.toBe(NEW_COMPOSE);
    const retry = await call(mock, "PATCH", "/cvms/102/docker-compose", {
      text: NEW_COMPOSE,
      headers: { "Content-Type": "text/yaml", "X-Compose-Hash": compose_hash, "X-Transaction-Hash": TX },
    });
    expect(retry.status).toBe(202);
    expect(cvm(102).compose.docker_compose_file).toBe(NEW_COMPOSE);
  });

  it("an empty body is FastAPI's 422", async () => {
    const res = await call(mock, "PATCH", "/cvms/101/docker-compose", { text: "", headers: { "Content-Type": "text/yaml" } });
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(["body"]);
  });
});

describe("PATCH resources and visibility", () => {
  it("resources: 202 with no body, and the CVM is resized", async () => {
    const res = await call(mock, "PATCH", "/cvms/101/resources", { body: { instance_type: "tdx.large", disk_size: 40, allow_restart: true } });
    expect([res.status, res.body]).toEqual([202, ""]);
    const detail = v.parse(CvmDetailV20251028, (await call(mock, "GET", "/cvms/101", { version: "2025-10-28" })).body);
    expect(detail).toMatchObject({ vcpu: 4, memory: 8192, disk_size: 40, instance_type: "tdx.large" });
  });

  it("resources: a smaller disk or an unknown type is refused", async () => {
    expect((await call(mock, "PATCH", "/cvms/101/resources", { body: { disk_size: 10 } })).status).toBe(400);
    expect((await call(mock, "PATCH", "/cvms/101/resources", { body: { instance_type: "nope" } })).body.error_code).toBe("ERR-02-001");
    expect((await call(mock, "PATCH", "/cvms/101/resources", { body: { vcpu: 0 } })).status).toBe(422);
  });

  it("visibility answers the CVM detail in the requested version", async () => {
    const res = await call(mock, "PATCH", "/cvms/101/visibility", { body: { public_sysinfo: false, public_logs: false, public_tcbinfo: false } });
    const detail = v.parse(CvmInfoDetailV20260121, res.body);
    expect(detail).toMatchObject({ public_sysinfo: false, public_logs: false, public_tcbinfo: false });
    const legacy = await call(mock, "PATCH", "/cvms/101/visibility", { body: { public_sysinfo: true, public_logs: false }, version: "2025-10-28" });
    expect(v.parse(CvmDetailV20251028, legacy.body).public_sysinfo).toBe(true);
    const bad = await call(mock, "PATCH", "/cvms/101/visibility", { body: { public_sysinfo: true } });
    expect(bad.body.detail).toEqual([{ loc: ["body", "public_logs"], msg: "Field required", type: "missing" }]);
  });

  it("updates to an unknown CVM are 404", async () => {
    expect((await call(mock, "PATCH", "/cvms/nope/envs", { body: { encrypted_env: "00" } })).status).toBe(404);
    expect((await call(mock, "PATCH", "/cvms/nope/docker-compose", { text: NEW_COMPOSE })).status).toBe(404);
  });
});
