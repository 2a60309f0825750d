import { SUPPORTED_API_VERSIONS } from "../src";
import { useFake } from "./client-setup";

// The fake with `referenceShapes: true` answers in the shapes the official SDK reads, where they
// differ from its defaults. Each test names the reference: @phala/cloud 0.2.9, package/dist/index.js.
const reference = useFake({ referenceShapes: true });

describe("shapes @phala/cloud 0.2.9 reads, through the client", () => {
  // src/actions/cvms/update_cvm_visibility.ts: updateCvmVisibility is checked against
  // CvmDetailV20251028Schema (numeric `id`, flat fields, no `resource`) whatever the version.
  it.each(SUPPORTED_API_VERSIONS)("updateCvmVisibility at %s reads the legacy flat CVM record", async (version) => {
    const cvm = await reference.client({ version }).updateCvmVisibility({ name: "my-web-app", public_sysinfo: false, public_logs: true });
    await reference.expectLast("PATCH", "/cvms/my-web-app/visibility", version);
    expect(cvm).toMatchObject({ id: 101, name: "my-web-app", teepod_id: 3, vcpu: 1, memory: 2048, public_sysinfo: false, public_logs: true });
    expect(cvm).not.toHaveProperty("resource");
    expect(typeof cvm.id).toBe("number");
  });

  it("a drifted visibility answer is reported against one shape: the legacy one for a numeric id, else the version's", async () => {
    const client = reference.client();
    reference.mock.failNext({ status: 200, body: { id: "cvm_x1", name: "my-web-app", status: "running" } });
    await expect(client.updateCvmVisibility({ name: "my-web-app", public_sysinfo: true, public_logs: true })).rejects.toThrow(
      /does not have the expected shape: resource: missing \(required\)\./,
    );
    reference.mock.failNext({ status: 200, body: { id: 101, name: "my-web-app", status: "running" } });
    await expect(client.updateCvmVisibility({ name: "my-web-app", public_sysinfo: true, public_logs: true })).rejects.toThrow(
      /does not have the expected shape: teepod_id: missing \(required\); app_id: missing/,
    );
  });

  // src/actions/workspaces/get_workspace_quotas.ts: WorkspaceReservedGpuQuotaSchema has
  // `gpus: QuotaMetricSchema` ({ limit, remaining }).
  it("getWorkspaceQuotas reads reserved_gpu.gpus as { limit, remaining }", async () => {
    const quotas = await reference.client().getWorkspaceQuotas({ teamSlug: "acme" });
    expect(quotas.reserved_gpu).toEqual({ gpus: { limit: 0, remaining: 0 }, in_use: 0, misconfigured: 0 });
  });

  // src/actions/cvms/get_cvm_stats.ts: CvmSystemInfoSchema has `in_progress: z.boolean().default(false)`.
  it("getCvmStats reads a body without in_progress as false", async () => {
    const stats = await reference.client().getCvmStats({ name: "my-web-app" });
    const raw = JSON.parse(await (await fetchStats()).text());
    expect(raw).not.toHaveProperty("in_progress");
    expect(stats.in_progress).toBe(false);
    expect(stats.is_online).toBe(true);
  });

  // src/types/app_info_v20251028.ts: DstackAppWithCvmResponseV20251028Schema is a union of the full
  // app and DstackAppMinimalResponseV20251028Schema ({ app_id }, every other field null); the same
  // for 2026-01-21 (app_info_v20260121.ts).
  it.each(SUPPORTED_API_VERSIONS)("getAppList and getAppInfo at %s read a minimal app (no CVM left)", async (version) => {
    const client = reference.client({ version });
    const appId = reference.mock.state.cvms[0]!.app_id;
    await client.deleteCvm({ name: "my-web-app" });
    const list = await client.getAppList();
    const minimal = list.dstack_apps.find((app) => app.app_id === appId);
    expect(minimal).toEqual({
      id: null,
      app_id: appId,
      name: null,
      app_provision_type: null,
      app_icon_url: null,
      created_at: null,
      kms_type: null,
      current_cvm: null,
      cvms: null,
      cvm_count: null,
    });
    expect(await client.getAppInfo({ appId })).toEqual(minimal);
  });
});

// The CVM's stats as the fake sends them, read without the client, to show the field is missing.
function fetchStats(): Promise<Response> {
  return fetch(`${reference.mock.baseURL}/cvms/my-web-app/stats`, { headers: { "X-API-Key": reference.mock.apiKey } });
}

describe("the number form of reserved_gpu.gpus is still read", () => {
  // The fake's default answer (and the Python SDK's fixtures) send a count.
  it("reserved_gpu.gpus: 2", async () => {
    reference.mock.failNext({
      status: 200,
      body: { team_slug: "acme", tier: "pro", quotas: {}, reserved_nodes: [], reserved_gpu: { gpus: 2, in_use: 1, misconfigured: 0 }, as_of: "2026-02-01T12:00:00Z" },
    });
    expect((await reference.client().getWorkspaceQuotas({ teamSlug: "acme" })).reserved_gpu?.gpus).toBe(2);
  });
});
