import * as v from "valibot";
import {
  AppAttestation,
  AppCvmsIsAllowed,
  AppFilterOptions,
  AppRevisionDetail,
  CvmAvailableOsImages,
  CvmStatusBatch,
  CvmUserConfig,
  DeviceAllowlist,
  ImportGithubProfileResult,
  InstanceIdRefreshResult,
  IsAllowedResult,
  KmsOnChainDetail,
  ProvisionCvmComposeFileUpdateResult,
  RefreshCvmInstanceIdsResult,
  StructuredPrecondition465,
  SyncGithubSshKeysResult,
  toComposePrecondition,
  VmRecord,
} from "../src";
import { call, useMock } from "./mock-setup";

const mock = useMock();
const cvm = (id: number) => mock.state.cvms.find((c) => c.id === id)!;
const TX = `0x${"ab".repeat(32)}`;
const YAML = "services:\n  api:\n    image: ghcr.io/acme/api:2\n";

describe("PATCH /cvms/{id}", () => {
  it("on Phala's KMS applies at once: 202 { correlation_id }", async () => {
    const res = await call(mock, "PATCH", "/cvms/101", { body: { docker_compose_file: YAML, public_sysinfo: false, memory: 4096 } });
    expect(res.status).toBe(202);
    expect(Object.keys(res.body)).toEqual(["correlation_id"]);
    expect(cvm(101).compose.docker_compose_file).toBe(YAML);
    expect(cvm(101)).toMatchObject({ public_sysinfo: false, memory: 4096 });
  });

  it("nothing to change answers no_change", async () => {
    const res = await call(mock, "PATCH", "/cvms/101", { body: {} });
    expect(res.body).toEqual({ status: "no_change", message: "Compose configuration unchanged" });
  });

  it("on an on-chain KMS holds a compose change behind a structured 465, then applies it on the proof headers", async () => {
    const first = await call(mock, "PATCH", "/cvms/102", { body: { allowed_envs: ["TOKEN"] } });
    expect(first.status).toBe(465);
    expect(v.parse(StructuredPrecondition465, first.body).error_code).toBe("ERR-01-005");
    const pre = toComposePrecondition(first.body)!;
    expect(cvm(102).compose.allowed_envs).toEqual(["API_KEY"]);
    expect(Object.keys(mock.state.pendingUpdates)).toEqual([pre.compose_hash]);

    const bad = await call(mock, "PATCH", "/cvms/102", { body: {}, headers: { "X-Compose-Hash": pre.compose_hash, "X-Transaction-Hash": "0x12" } });
    expect(bad.status).toBe(467);
    const ok = await call(mock, "PATCH", "/cvms/102", { body: {}, headers: { "X-Compose-Hash": pre.compose_hash, "X-Transaction-Hash": TX } });
    expect(ok.status).toBe(202);
    expect(cvm(102).compose.allowed_envs).toEqual(["TOKEN"]);
    expect(mock.state.pendingUpdates).toEqual({});
  });

  it("X-Prepare-Only holds any patch and answers the commit token; commit-update applies it once", async () => {
    const first = await call(mock, "PATCH", "/cvms/101", { body: { vcpu: 4 }, headers: { "X-Prepare-Only": "true" } });
    expect(first.status).toBe(465);
    const details = new Map((first.body.details as { field: string; value: unknown }[]).map((d) => [d.field, d.value]));
    const token = details.get("commit_token") as string;
    const hash = details.get("compose_hash") as string;
    expect(token).toMatch(/^ctk_/);
    expect(cvm(101).vcpu).toBe(1);
    const wrongToken = await call(mock, "POST", "/cvms/101/commit-update", { body: { token: "ctk_nope", compose_hash: hash, transaction_hash: TX } });
    expect(wrongToken.status).toBe(466);
    const commit = await call(mock, "POST", "/cvms/101/commit-update", { body: { token, compose_hash: hash, transaction_hash: TX } });
    expect(commit.status).toBe(200);
    expect(commit.body).toEqual({ correlation_id: expect.stringMatching(/^corr_/), status: "in_progress" });
    expect(cvm(101).vcpu).toBe(4);
  });

  it("refuses a body field of the wrong type with FastAPI's 422", async () => {
    const res = await call(mock, "PATCH", "/cvms/101", { body: { vcpu: "two" } });
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(["body", "vcpu"]);
  });
});

describe("compose file provision and commit", () => {
  it("provision answers the hash without changing the CVM; the commit applies it (202 {})", async () => {
    const provision = await call(mock, "POST", "/cvms/101/compose_file/provision", { body: { docker_compose_file: YAML, update_env_vars: true } });
    const result = v.parse(ProvisionCvmComposeFileUpdateResult, provision.body);
    expect(result.compose_hash_registered).toBe(true);
    expect(cvm(101).compose.docker_compose_file).not.toBe(YAML);
    const commit = await call(mock, "PATCH", "/cvms/101/compose_file", { body: { compose_hash: result.compose_hash } });
    expect(commit.status).toBe(202);
    expect(commit.body).toEqual({});
    expect(cvm(101).compose_hash).toBe(result.compose_hash);
    expect(mock.state.revisions.at(-1)).toMatchObject({ compose_hash: result.compose_hash, operation_type: "update" });
  });

  it("provision without docker_compose_file is a 422", async () => {
    const res = await call(mock, "POST", "/cvms/101/compose_file/provision", { body: { name: "x" } });
    expect(res.status).toBe(422);
  });
});

describe("CVM configuration routes", () => {
  it("pre-launch script and docker compose are plain text", async () => {
    const update = await call(mock, "PATCH", "/cvms/101/pre-launch-script", { text: "echo hi", headers: { "Content-Type": "text/plain" } });
    expect(update.status).toBe(202);
    const script = await call(mock, "GET", "/cvms/101/pre-launch-script");
    expect(script.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(script.body).toBe("echo hi");
    const yaml = await call(mock, "GET", "/cvms/my-web-app/docker-compose.yml");
    expect(yaml.headers.get("content-type")).toBe("text/yaml");
    expect(yaml.body).toBe(cvm(101).compose.docker_compose_file);
  });

  it("user config and available OS images have the official shapes", async () => {
    expect(v.parse(CvmUserConfig, (await call(mock, "GET", "/cvms/101/user_config")).body).default_gateway_domain).toMatch(/prod5/);
    const images = v.parse(CvmAvailableOsImages, (await call(mock, "GET", "/cvms/101/available-os-images")).body);
    expect(images[0]?.prod?.is_current).toBe(true);
  });

  it("os-image without a name is a 422; with a known one, 202 and the CVM's image changes", async () => {
    expect((await call(mock, "PATCH", "/cvms/101/os-image", { body: {} })).status).toBe(422);
    const res = await call(mock, "PATCH", "/cvms/101/os-image", { body: { os_image_name: "dstack-dev-0.5.3" } });
    expect(res.status).toBe(202);
    expect(cvm(101).image).toBe("dstack-dev-0.5.3");
  });
});

describe("replicas, instance ids, status batch", () => {
  it("a replica is a new CVM of the same app, starting then running", async () => {
    const res = await call(mock, "POST", "/cvms/101/replicas", { body: { node_id: 3 } });
    const replica = v.parse(VmRecord, res.body);
    const stored = mock.state.cvms.find((c) => c.name === replica.name)!;
    expect(stored).toMatchObject({ app_id: cvm(101).app_id, status: "starting", pending: ["running"] });
    expect(mock.state.cvms).toHaveLength(3);
  });

  it("instance-id and instance-ids answer the official shapes; instance-ids is not taken for a CVM id", async () => {
    cvm(101).instance_id = null;
    expect(v.parse(InstanceIdRefreshResult, (await call(mock, "PATCH", "/cvms/101/instance-id", { body: {} })).body).status).toBe("updated");
    const batch = await call(mock, "PATCH", "/cvms/instance-ids", { body: { running_only: true } });
    expect(v.parse(RefreshCvmInstanceIdsResult, batch.body)).toMatchObject({ total: 2, unchanged: 2 });
    expect((await call(mock, "PATCH", "/cvms/instance-ids", { body: { limit: 0 } })).status).toBe(422);
  });

  it("status batch needs vm_uuids", async () => {
    expect((await call(mock, "POST", "/status/batch", { body: { uuids: [] } })).status).toBe(422);
    const res = await call(mock, "POST", "/status/batch", { body: { vm_uuids: [cvm(102).vm_uuid.replace(/-/g, "")] } });
    expect(Object.values(v.parse(CvmStatusBatch, res.body))[0]?.vm_uuid).toBe(cvm(102).vm_uuid);
  });
});

describe("on-chain checks and KMS contracts", () => {
  it("is-allowed routes answer the official shapes", async () => {
    const single = await call(mock, "POST", "/cvms/102/is-allowed", { body: {} });
    expect(v.parse(IsAllowedResult, single.body).is_allowed).toBe(true);
    const app = await call(mock, "POST", `/apps/${cvm(102).app_id}/is-allowed`, { body: { compose_hash: "0".repeat(64) } });
    expect(v.parse(IsAllowedResult, app.body).compose_hash_allowed).toBe(false);
    expect((await call(mock, "POST", `/apps/${cvm(102).app_id}/is-allowed`, { body: {} })).status).toBe(422);
    const all = await call(mock, "POST", `/apps/${cvm(102).app_id}/cvms/is-allowed`, { body: {} });
    expect(v.parse(AppCvmsIsAllowed, all.body).total).toBe(1);
  });

  it("KMS contracts by chain name or id; an unknown chain is a 404", async () => {
    expect(v.parse(KmsOnChainDetail, (await call(mock, "GET", "/kms/on-chain/8453")).body).chain_name).toBe("base");
    expect(v.parse(KmsOnChainDetail, (await call(mock, "GET", "/kms/on-chain/ethereum")).body).chain_id).toBe(1);
    expect((await call(mock, "GET", "/kms/on-chain/solana")).status).toBe(404);
  });
});

describe("app routes", () => {
  it("filter-options is not taken for an app id", async () => {
    const res = await call(mock, "GET", "/apps/filter-options");
    expect(res.status).toBe(200);
    expect(v.parse(AppFilterOptions, res.body).regions).toEqual(["us-west"]);
  });

  it("attestations, device allowlist and revision detail answer the official shapes", async () => {
    const appId = cvm(102).app_id;
    expect(v.parse(AppAttestation, (await call(mock, "GET", `/apps/${appId}/attestations`)).body).instances).toHaveLength(1);
    expect(v.parse(DeviceAllowlist, (await call(mock, "GET", `/apps/${appId}/device-allowlist`)).body).devices).toHaveLength(1);
    const revision = mock.state.revisions.find((rev) => rev.app_id === appId)!;
    const detail = await call(mock, "GET", `/apps/${appId}/revisions/${revision.revision_id}?raw_compose_file=true`);
    expect(typeof v.parse(AppRevisionDetail, detail.body).compose_file).toBe("string");
    expect((await call(mock, "GET", `/apps/${cvm(101).app_id}/revisions/${revision.revision_id}`)).status).toBe(404);
  });

  it("a new instance of an unknown app is a 404", async () => {
    expect((await call(mock, "POST", `/apps/${"0".repeat(40)}/instances`, { body: {} })).status).toBe(404);
  });
});

describe("GitHub SSH key routes", () => {
  it("import adds one key per user; an impossible username is a 404; sync counts the imported keys", async () => {
    expect(v.parse(ImportGithubProfileResult, (await call(mock, "POST", "/user/ssh-keys/github-profile", { body: { github_username: "octocat" } })).body).keys_added).toBe(1);
    expect((await call(mock, "POST", "/user/ssh-keys/github-profile", { body: { github_username: "-bad-" } })).status).toBe(404);
    expect(v.parse(SyncGithubSshKeysResult, (await call(mock, "POST", "/user/ssh-keys/github-sync", { body: {} })).body).synced_count).toBe(1);
  });

  it("the new routes check the key like the others", async () => {
    expect((await call(mock, "POST", "/user/ssh-keys/github-sync", { body: {}, key: "phak_wrong" })).status).toBe(401);
  });
});

describe("GET /cvms/{id}/state as server-sent events", () => {
  it("answers text/event-stream: a state per transition, then complete", async () => {
    cvm(101).status = "starting";
    cvm(101).pending = ["running"];
    const res = await call(mock, "GET", "/cvms/101/state?target=running", { headers: { Accept: "text/event-stream" } });
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    const events = (res.body as string).split("\n\n").filter(Boolean).map((block) => block.split("\n")[0]);
    expect(events).toEqual(["event: state", "event: state", "event: complete"]);
    expect(res.body).toContain('"status":"starting"');
    expect(cvm(101).status).toBe("running");
  });

  it("ends with timeout when the target cannot be reached; needs target; plain JSON without the Accept header", async () => {
    const res = await call(mock, "GET", "/cvms/101/state?target=stopped", { headers: { Accept: "text/event-stream" } });
    expect(res.body).toMatch(/event: timeout\ndata: \{"message":"Timed out waiting for status 'stopped'"/);
    expect((await call(mock, "GET", "/cvms/101/state", { headers: { Accept: "text/event-stream" } })).status).toBe(422);
    expect((await call(mock, "GET", "/cvms/101/state")).body).toMatchObject({ name: "my-web-app", status: "running" });
  });
});
