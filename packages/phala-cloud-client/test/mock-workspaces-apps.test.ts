import * as v from "valibot";
import {
  AppListV20251028,
  AppListV20260121,
  AppRevisions,
  DstackAppV20260121,
  SshKey,
  SshKeyList,
  Workspace,
  WorkspaceList,
  WorkspaceNodes,
  WorkspaceQuotas,
  schemasForVersion,
} from "../src";
import { call, useMock } from "./mock-setup";

const mock = useMock();
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGv0Yk3Zp7Wm5Gm0bJ8x7vPq2hZcK1mNwQeRtYuIoPaS bob@desk";

describe("workspaces", () => {
  it("follows the cursor to the end", async () => {
    const first = v.parse(WorkspaceList, (await call(mock, "GET", "/workspaces?limit=1")).body);
    expect(first.data.map((w) => w.slug)).toEqual(["acme"]);
    expect(first.pagination).toMatchObject({ has_more: true, total: 2 });
    const second = v.parse(WorkspaceList, (await call(mock, "GET", `/workspaces?limit=1&cursor=${first.pagination.next_cursor}`)).body);
    expect(second.data.map((w) => w.slug)).toEqual(["side-project"]);
    expect(second.pagination).toEqual({ has_more: false, next_cursor: null, total: 2 });
    expect((await call(mock, "GET", "/workspaces?cursor=garbage")).status).toBe(422);
  });

  it("reads one workspace, its nodes and its quotas", async () => {
    expect(v.parse(Workspace, (await call(mock, "GET", "/workspaces/acme")).body).id).toBe("wks_1a2b3c4d");
    expect((await call(mock, "GET", "/workspaces/nope")).status).toBe(404);
    const nodes = v.parse(WorkspaceNodes, (await call(mock, "GET", "/workspaces/acme/nodes?page_size=1")).body);
    expect(nodes).toMatchObject({ total: 2, pages: 2 });
    const quotas = v.parse(WorkspaceQuotas, (await call(mock, "GET", "/workspaces/acme/quotas")).body);
    expect(quotas.quotas.vm_slots).toEqual({ limit: 16, remaining: 14 });
    expect(quotas.quotas.vcpu).toEqual({ limit: 64, remaining: 62 });
  });
});

describe("apps", () => {
  it("groups CVMs by app, in each version's shape, with total_pages", async () => {
    const current = v.parse(AppListV20260121, (await call(mock, "GET", "/apps")).body);
    expect(current).toMatchObject({ total: 2, total_pages: 1, page: 1 });
    const legacy = v.parse(AppListV20251028, (await call(mock, "GET", "/apps", { version: "2025-10-28" })).body);
    expect(legacy.dstack_apps[0]?.current_cvm?.teepod_name).toBe("prod5");
    const searched = v.parse(AppListV20260121, (await call(mock, "GET", "/apps?search=onchain")).body);
    expect(searched.dstack_apps.map((a) => a.name)).toEqual(["onchain-app"]);
    expect((await call(mock, "GET", "/apps?page_size=101")).status).toBe(422);
  });

  it("reads an app and its CVMs by app id, with or without app_", async () => {
    const appId = mock.state.cvms[0]!.app_id;
    const app = v.parse(DstackAppV20260121, (await call(mock, "GET", `/apps/${appId}`)).body);
    expect(app).toMatchObject({ app_id: appId, cvm_count: 1, kms_type: "phala" });
    const cvms = (await call(mock, "GET", `/apps/app_${appId}/cvms`, { version: "2025-10-28" })).body;
    expect(v.parse(schemasForVersion("2025-10-28").appCvms, cvms)[0]?.hosted.app_id).toBe(appId);
    expect((await call(mock, "GET", `/apps/${"0".repeat(40)}`)).status).toBe(404);
  });

  it("lists revisions newest first", async () => {
    const appId = mock.state.cvms[0]!.app_id;
    const revs = v.parse(AppRevisions, (await call(mock, "GET", `/apps/${appId}/revisions`)).body);
    expect(revs.revisions.map((r) => r.operation_type)).toEqual(["deploy"]);
    expect(revs.total_pages).toBe(1);
  });
});

describe("SSH keys", () => {
  it("lists, creates (201), refuses a duplicate, deletes (204)", async () => {
    expect(v.parse(SshKeyList, (await call(mock, "GET", "/user/ssh-keys")).body)).toHaveLength(1);
    const created = await call(mock, "POST", "/user/ssh-keys", { body: { name: "desk", public_key: KEY } });
    expect(created.status).toBe(201);
    const key = v.parse(SshKey, created.body);
    expect(key.fingerprint).toMatch(/^SHA256:/);
    const dup = await call(mock, "POST", "/user/ssh-keys", { body: { name: "again", public_key: `${KEY} other-comment` } });
    expect(dup.status).toBe(400);
    expect((await call(mock, "DELETE", `/user/ssh-keys/${key.id}`)).status).toBe(204);
    expect((await call(mock, "DELETE", `/user/ssh-keys/${key.id}`)).status).toBe(404);
    expect(mock.state.sshKeys.map((k) => k.id)).toEqual(["sshkey_1"]);
  });

  it("rejects a malformed key with FastAPI's 422", async () => {
    const res = await call(mock, "POST", "/user/ssh-keys", { body: { name: "x", public_key: "hello" } });
    expect([res.status, res.body.detail[0].loc]).toEqual([422, ["body", "public_key"]]);
  });
});
