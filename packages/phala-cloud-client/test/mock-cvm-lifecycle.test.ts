import * as v from "valibot";
import { FastApiErrorBody, ProvisionCvmResponse, StructuredError, VmRecord } from "../src";
import { call, useMock } from "./mock-setup";

const mock = useMock();

const COMPOSE = "services:\n  web:\n    image: nginx:latest\n";
const provisionBody = { name: "new-app", instance_type: "tdx.medium", compose_file: { docker_compose_file: COMPOSE } };

async function provision(body: object = provisionBody) {
  const res = await call(mock, "POST", "/cvms/provision", { body });
  expect(res.status).toBe(200);
  return v.parse(ProvisionCvmResponse, res.body);
}

async function status(id: string | number): Promise<string> {
  return (await call(mock, "GET", `/cvms/${id}`)).body.status;
}

describe("provision, then commit", () => {
  it("creates a CVM that is creating on the first read and running after", async () => {
    const prov = await provision();
    expect(prov.app_id).toMatch(/^[0-9a-f]{40}$/);
    expect(prov.compose_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(prov).toMatchObject({ instance_type: "tdx.medium", node_id: 3, kms_id: "kms_phala_1" });
    expect(mock.state.cvms).toHaveLength(2);

    const commit = await call(mock, "POST", "/cvms", {
      body: { app_id: prov.app_id, compose_hash: prov.compose_hash, encrypted_env: "00ff", env_keys: [] },
    });
    expect(commit.status).toBe(200);
    const vm = v.parse(VmRecord, commit.body);
    expect(vm).toMatchObject({ name: "new-app", status: "creating", vcpu: 2, memory: 4096, app_id: prov.app_id });
    expect(mock.state.cvms).toHaveLength(3);

    const list = await call(mock, "GET", "/cvms/paginated");
    expect(list.body.items[2]).toMatchObject({ name: "new-app", status: "creating", in_progress: true });
    expect(await status(vm.id)).toBe("running");
    expect(await status(vm.id)).toBe("running");
  });

  it("commit is idempotent on app_id + compose_hash", async () => {
    const prov = await provision();
    const body = { app_id: prov.app_id, compose_hash: prov.compose_hash };
    const first = await call(mock, "POST", "/cvms", { body });
    const again = await call(mock, "POST", "/cvms", { body });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(mock.state.cvms.filter((cvm) => cvm.name === "new-app")).toHaveLength(1);
  });

  it("the same app_id with another compose hash is a 409 ERR-03-007", async () => {
    const prov = await provision();
    await call(mock, "POST", "/cvms", { body: { app_id: prov.app_id, compose_hash: prov.compose_hash } });
    const res = await call(mock, "POST", "/cvms", { body: { app_id: prov.app_id, compose_hash: "f".repeat(64) } });
    expect(res.status).toBe(409);
    const error = v.parse(StructuredError, res.body);
    expect(error.error_code).toBe("ERR-03-007");
    expect(error.request_id).toBe(res.headers.get("x-request-id"));
  });

  it("a commit without a provision is refused", async () => {
    const res = await call(mock, "POST", "/cvms", { body: { app_id: "a".repeat(40), compose_hash: "b".repeat(64) } });
    expect(res.status).toBe(400);
    expect(typeof res.body.detail).toBe("string");
  });

  it("provision with a predicted nonce gets the predicted app id", async () => {
    const next = await call(mock, "GET", "/kms/phala/next_app_id?counts=2");
    const [, second] = next.body.app_ids;
    const prov = await provision({ ...provisionBody, nonce: second.nonce, app_id: second.app_id });
    expect(prov.app_id).toBe(second.app_id);
    const wrong = await call(mock, "POST", "/cvms/provision", { body: { ...provisionBody, name: "other-app", nonce: 0, app_id: "c".repeat(40) } });
    expect(wrong.status).toBe(400);
  });

  it("an on-chain KMS provision has no app id; commit needs the contract", async () => {
    const prov = await provision({ ...provisionBody, kms: "BASE" });
    expect(prov.app_id).toBeNull();
    expect(prov.kms_info?.chain_id).toBe(8453);
    const appId = "d".repeat(40);
    expect((await call(mock, "POST", "/cvms", { body: { app_id: appId, compose_hash: prov.compose_hash } })).status).toBe(400);
    const ok = await call(mock, "POST", "/cvms", {
      body: { app_id: appId, compose_hash: prov.compose_hash, contract_address: `0x${appId}`, deployer_address: `0x${"e".repeat(40)}` },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.app_auth_contract_address).toBe(`0x${appId}`);
  });
});

describe("bad provision bodies", () => {
  it("an invalid name is FastAPI's 422 at body.name", async () => {
    const res = await call(mock, "POST", "/cvms/provision", { body: { ...provisionBody, name: "1x" } });
    expect(res.status).toBe(422);
    expect(v.safeParse(FastApiErrorBody, res.body).success).toBe(true);
    expect(res.body.detail[0]).toMatchObject({ loc: ["body", "name"], type: "string_pattern_mismatch" });
    expect(res.body.detail[0].msg).toMatch(/Name must be 5-63 characters/);
  });

  it("a missing field is 'missing', bad JSON is 'json_invalid', no body is 'missing' at body", async () => {
    const missing = await call(mock, "POST", "/cvms/provision", { body: { name: "new-app" } });
    expect(missing.body.detail).toEqual([{ loc: ["body", "compose_file"], msg: "Field required", type: "missing" }]);
    const broken = await call(mock, "POST", "/cvms/provision", { text: "{not json", headers: { "Content-Type": "application/json" } });
    expect(broken.status).toBe(422);
    expect(broken.body.detail[0]).toMatchObject({ loc: ["body", 0], type: "json_invalid" });
    const none = await call(mock, "POST", "/cvms/provision");
    expect(none.body.detail).toEqual([{ loc: ["body"], msg: "Field required", type: "missing" }]);
  });

  it("business errors are structured: duplicate name, unknown instance type, unknown node", async () => {
    const dup = await call(mock, "POST", "/cvms/provision", { body: { ...provisionBody, name: "my-web-app" } });
    expect([dup.status, dup.body.error_code]).toEqual([409, "ERR-01-004"]);
    const type = await call(mock, "POST", "/cvms/provision", { body: { ...provisionBody, instance_type: "tdx.huge" } });
    expect([type.status, type.body.error_code]).toEqual([400, "ERR-02-001"]);
    const node = await call(mock, "POST", "/cvms/provision", { body: { ...provisionBody, node_id: 99 } });
    expect([node.status, node.body.error_code]).toEqual([404, "ERR-01-001"]);
  });
});

describe("start, stop, shutdown, restart, delete", () => {
  it("stop goes through stopping to stopped, then start through starting to running", async () => {
    const stop = await call(mock, "POST", "/cvms/101/stop");
    expect(v.parse(VmRecord, stop.body).status).toBe("stopping");
    expect(await status(101)).toBe("stopping");
    expect(await status(101)).toBe("stopped");
    expect((await call(mock, "POST", "/cvms/101/start")).body.status).toBe("starting");
    expect(await status(101)).toBe("starting");
    expect(await status(101)).toBe("running");
  });

  it("shutdown goes through shutting_down to stopped", async () => {
    expect((await call(mock, "POST", "/cvms/101/shutdown")).body.status).toBe("shutting_down");
    await status(101);
    expect(await status(101)).toBe("stopped");
  });

  it("restart takes {force} and goes through restarting to running", async () => {
    expect((await call(mock, "POST", "/cvms/101/restart", { body: { force: true } })).body.status).toBe("restarting");
    await status(101);
    expect(mock.state.cvms[0]!.status).toBe("running");
    const bad = await call(mock, "POST", "/cvms/101/restart", { body: { force: "yes" } });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0]).toMatchObject({ loc: ["body", "force"], type: "bool_type" });
  });

  it("an action during a transition is a 409 without error_code; a satisfied one changes nothing", async () => {
    await call(mock, "POST", "/cvms/101/stop");
    const busy = await call(mock, "POST", "/cvms/101/start");
    expect(busy.status).toBe(409);
    expect(busy.body.error_code).toBeUndefined();
    expect(typeof busy.body.detail).toBe("string");
    const again = await call(mock, "POST", "/cvms/102/start");
    expect([again.status, again.body.status]).toEqual([200, "running"]);
  });

  it("delete answers 204 and the CVM is gone", async () => {
    const res = await call(mock, "DELETE", "/cvms/101");
    expect(res.status).toBe(204);
    expect(res.body).toBe("");
    expect((await call(mock, "GET", "/cvms/101")).status).toBe(404);
    expect((await call(mock, "DELETE", "/cvms/101")).status).toBe(404);
    expect((await call(mock, "POST", "/cvms/101/start")).status).toBe(404);
  });
});
