import { PagePromise } from "../src";
import { useFake } from "./client-setup";

const fake = useFake();
const web = () => fake.mock.state.cvms.find((cvm) => cvm.name === "my-web-app")!;

describe("workspaces", () => {
  it("listWorkspaces: awaited, GET /workspaces answers one page with its cursor", async () => {
    const page = await fake.client().listWorkspaces({ limit: 1 });
    await fake.expectLast("GET", "/workspaces?limit=1");
    expect(page.data.map((workspace) => workspace.slug)).toEqual(["acme"]);
    expect(page.pagination).toMatchObject({ has_more: true, total: 2 });
    expect(page.pagination.next_cursor).toEqual(expect.any(String));
  });

  it("listWorkspaces: iterated, follows next_cursor over every page", async () => {
    const slugs: string[] = [];
    const list = fake.client().listWorkspaces({ limit: 1 });
    expect(list).toBeInstanceOf(PagePromise);
    for await (const workspace of list) slugs.push(workspace.slug ?? "");
    expect(slugs).toEqual(["acme", "side-project"]);
    const seen = await fake.requests();
    expect(seen.map((request) => request.url.search)).toEqual(["?limit=1", `?limit=1&cursor=wc_1`]);
  });

  it("listWorkspaces: the first page is fetched once whether awaited, iterated or both", async () => {
    const list = fake.client().listWorkspaces();
    const page = await list;
    const all = await list.toArray();
    expect(all.map((workspace) => workspace.slug)).toEqual(page.data.map((workspace) => workspace.slug));
    expect(await fake.requests()).toHaveLength(1);
    await fake.expectLast("GET", "/workspaces");
  });

  it("getWorkspace: GET /workspaces/{teamSlug}", async () => {
    const workspace = await fake.client().getWorkspace({ teamSlug: "acme" });
    await fake.expectLast("GET", "/workspaces/acme");
    expect(workspace).toMatchObject({ id: "wks_1a2b3c4d", name: "Acme", is_default: true });
  });

  it("getWorkspaceNodes: GET /workspaces/{teamSlug}/nodes with page and page_size", async () => {
    const nodes = await fake.client().getWorkspaceNodes({ teamSlug: "acme", page: 1, page_size: 1 });
    await fake.expectLast("GET", "/workspaces/acme/nodes?page=1&page_size=1");
    expect(nodes).toMatchObject({ total: 2, page: 1, page_size: 1, pages: 2 });
    expect(nodes.items[0]).toMatchObject({ object_type: "node", name: "prod5" });
  });

  it("getWorkspaceQuotas: GET /workspaces/{teamSlug}/quotas", async () => {
    const quotas = await fake.client().getWorkspaceQuotas({ teamSlug: "acme" });
    await fake.expectLast("GET", "/workspaces/acme/quotas");
    expect(quotas.team_slug).toBe("acme");
    expect(quotas.quotas.vm_slots).toEqual({ limit: 16, remaining: 14 });
  });
});

describe("apps", () => {
  it("getAppList: GET /apps with filters; status repeats", async () => {
    const list = await fake.client().getAppList({ status: ["running", "stopped"], page_size: 10 });
    await fake.expectLast("GET", "/apps?page_size=10&status=running&status=stopped");
    expect(list).toMatchObject({ page: 1, page_size: 10, total: 2, total_pages: 1 });
    expect(list.dstack_apps.map((app) => app.app_id)).toContain(web().app_id);
  });

  it("getAppInfo: GET /apps/{appId}", async () => {
    const app = await fake.client().getAppInfo({ appId: web().app_id });
    await fake.expectLast("GET", `/apps/${web().app_id}`);
    expect(app).toMatchObject({ app_id: web().app_id, name: "my-web-app" });
  });

  it("getAppCvms: GET /apps/{appId}/cvms", async () => {
    const cvms = await fake.client().getAppCvms({ appId: web().app_id });
    await fake.expectLast("GET", `/apps/${web().app_id}/cvms`);
    expect(cvms.map((cvm) => cvm.name)).toEqual(["my-web-app"]);
  });

  it("getAppRevisions: GET /apps/{appId}/revisions with page and page_size", async () => {
    const { revisions, total } = await fake.client().getAppRevisions({ appId: web().app_id, page: 1, page_size: 5 });
    await fake.expectLast("GET", `/apps/${web().app_id}/revisions?page=1&page_size=5`);
    expect(total).toBe(1);
    expect(revisions[0]).toMatchObject({ app_id: web().app_id, operation_type: "deploy", compose_hash: web().compose_hash });
  });
});

describe("SSH keys", () => {
  const PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH0Qv2y3T6Yc5Z2k8XnY9mJcQ1oP4sR7tU0vW3xY6zA1 bob@desk";

  it("listSshKeys: GET /user/ssh-keys", async () => {
    const keys = await fake.client().listSshKeys();
    await fake.expectLast("GET", "/user/ssh-keys");
    expect(keys.map((key) => key.id)).toEqual(["sshkey_1"]);
  });

  it("createSshKey: POST /user/ssh-keys with {name, public_key}", async () => {
    const key = await fake.client().createSshKey({ name: "desk", public_key: PUBLIC_KEY });
    const sent = await fake.expectLast("POST", "/user/ssh-keys");
    expect(JSON.parse(sent.body)).toEqual({ name: "desk", public_key: PUBLIC_KEY });
    expect(key).toMatchObject({ id: "sshkey_2", name: "desk", public_key: PUBLIC_KEY });
    expect(fake.mock.state.sshKeys).toHaveLength(2);
  });

  it("deleteSshKey: DELETE /user/ssh-keys/{keyId}", async () => {
    expect(await fake.client().deleteSshKey({ keyId: "sshkey_1" })).toBeUndefined();
    await fake.expectLast("DELETE", "/user/ssh-keys/sshkey_1");
    expect(fake.mock.state.sshKeys).toEqual([]);
  });
});
