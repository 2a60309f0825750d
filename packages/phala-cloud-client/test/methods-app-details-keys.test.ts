import { http, HttpResponse } from "msw";
import { BusinessError, ResponseValidationError } from "../src";
import { useFake } from "./client-setup";
import { fixture } from "./fixture";

const fake = useFake();
const appOf = (index: number) => fake.mock.state.cvms[index]!.app_id;

describe("app details", () => {
  it("createAppInstance: POST /apps/{appId}/instances; the new CVM belongs to the app", async () => {
    const client = fake.client();
    const vm = await client.createAppInstance({ appId: appOf(0), node_id: 6, encrypted_env: "beef" });
    const sent = await fake.expectLast("POST", `/apps/${appOf(0)}/instances`);
    expect(JSON.parse(sent.body)).toEqual({ node_id: 6, encrypted_env: "beef" });
    expect(vm).toMatchObject({ app_id: appOf(0), teepod_id: 6, status: "starting" });
    expect((await client.getAppCvms({ appId: appOf(0) })).map((cvm) => cvm.name)).toContain(vm.name);
  });

  it("createAppInstance refuses a known field of the wrong type before sending", async () => {
    await expect(fake.client().createAppInstance({ appId: appOf(0), node_id: "six" } as never)).rejects.toThrow(/node_id/);
    expect(await fake.requests()).toHaveLength(0);
  });

  it("createAppInstance sends a field this SDK does not know as given (fields newer than the release)", async () => {
    // The fake's schema is strict like the official one, so the server is the one to refuse it.
    await expect(fake.client().createAppInstance({ appId: appOf(0), node_id: 6, gpu_count: 2 } as never)).rejects.toThrow(/gpu_count/);
    expect(JSON.parse((await fake.last()).body)).toMatchObject({ node_id: 6, gpu_count: 2 });
  });

  it("getAppAttestation: GET /apps/{appId}/attestations, one instance per CVM", async () => {
    const attestation = await fake.client().getAppAttestation({ appId: appOf(1) });
    await fake.expectLast("GET", `/apps/${appOf(1)}/attestations`);
    expect(attestation.app_id).toBe(appOf(1));
    expect(attestation.kms_info.kms_type).toBe("base");
    expect(attestation.instances).toHaveLength(1);
    expect(attestation.instances[0]?.tcb_info?.mrtd).toMatch(/^[0-9a-f]+$/);
  });

  it("getAppAttestation reads the official SDK's fixture (numeric chain_id, null agents)", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/apps/:appId/attestations`, () => HttpResponse.json(fixture("app-attestation"))));
    const attestation = await fake.client().getAppAttestation({ appId: "40c47977fd468f08e82021256be9d86877a176a2" });
    expect(attestation.kms_info.chain_id).toBe(8453);
    expect(attestation.kms_guest_agent_info).toBeNull();
  });

  it("getAppDeviceAllowlist: GET /apps/{appId}/device-allowlist", async () => {
    const allowlist = await fake.client().getAppDeviceAllowlist({ appId: appOf(1) });
    await fake.expectLast("GET", `/apps/${appOf(1)}/device-allowlist`);
    expect(allowlist).toMatchObject({ is_onchain_kms: true, chain_id: 8453, allow_any_device: false });
    expect(allowlist.devices).toEqual([expect.objectContaining({ node_name: "prod5", cvm_ids: [102], allowed_onchain: true })]);
    fake.server.use(http.get(`${fake.mock.baseURL}/apps/:appId/device-allowlist`, () => HttpResponse.json(fixture("device-allowlist"))));
    expect(await fake.client().getAppDeviceAllowlist({ appId: appOf(0) })).toEqual(fixture("device-allowlist"));
  });

  it("getAppFilterOptions: GET /apps/filter-options, from the CVMs that exist", async () => {
    const options = await fake.client().getAppFilterOptions();
    await fake.expectLast("GET", "/apps/filter-options");
    expect(options).toMatchObject({ statuses: ["running"], instance_types: ["tdx.small"], kms_types: ["base", "phala"], nodes: ["prod5"] });
    fake.server.use(http.get(`${fake.mock.baseURL}/apps/filter-options`, () => HttpResponse.json(fixture("app-filter-options"))));
    expect(await fake.client().getAppFilterOptions()).toEqual(fixture("app-filter-options"));
  });

  it("getAppRevisionDetail: GET /apps/{appId}/revisions/{revisionId}, rawComposeFile as raw_compose_file", async () => {
    const client = fake.client();
    const { revisions } = await client.getAppRevisions({ appId: appOf(0) });
    const revisionId = revisions[0]!.revision_id;
    const detail = await client.getAppRevisionDetail({ appId: appOf(0), revisionId });
    await fake.expectLast("GET", `/apps/${appOf(0)}/revisions/${revisionId}`);
    expect(detail).toMatchObject({ revision_id: revisionId, compose_hash: fake.mock.state.cvms[0]!.compose_hash });
    expect(detail.compose_file).toMatchObject({ docker_compose_file: expect.stringMatching(/^services:/) });
    const raw = await client.getAppRevisionDetail({ appId: appOf(0), revisionId, rawComposeFile: true });
    await fake.expectLast("GET", `/apps/${appOf(0)}/revisions/${revisionId}?raw_compose_file=true`);
    expect(typeof raw.compose_file).toBe("string");
  });

  it("getAppRevisionDetail reads the Python SDK's fixture (no env, no user config)", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/apps/:appId/revisions/:id`, () => HttpResponse.json(fixture("app-revision-detail"))));
    const detail = await fake.client().getAppRevisionDetail({ appId: "a", revisionId: "rev_1" });
    expect(detail).toMatchObject({ revision_id: "rev_1", operation_type: "deploy" });
    expect(detail.encrypted_env).toBeUndefined();
  });

  it("an unknown revision is the server's 404", async () => {
    await expect(fake.client().getAppRevisionDetail({ appId: appOf(0), revisionId: "rev_nope" })).rejects.toBeInstanceOf(BusinessError);
  });
});

describe("GitHub SSH keys", () => {
  it("importGithubProfileSshKeys: POST /user/ssh-keys/github-profile; a second import skips the key", async () => {
    const client = fake.client();
    const before = (await client.listSshKeys()).length;
    const first = await client.importGithubProfileSshKeys({ github_username: "octocat" });
    const sent = await fake.expectLast("POST", "/user/ssh-keys/github-profile");
    expect(JSON.parse(sent.body)).toEqual({ github_username: "octocat" });
    expect(first).toEqual({ github_username: "octocat", keys_added: 1, keys_skipped: 0, errors: [] });
    expect(await client.listSshKeys()).toHaveLength(before + 1);
    expect(await client.importGithubProfileSshKeys({ github_username: "octocat" })).toMatchObject({ keys_added: 0, keys_skipped: 1 });
  });

  it("syncGithubSshKeys: POST /user/ssh-keys/github-sync {}", async () => {
    const client = fake.client();
    await client.importGithubProfileSshKeys({ github_username: "octocat" });
    const result = await client.syncGithubSshKeys();
    const sent = await fake.expectLast("POST", "/user/ssh-keys/github-sync");
    expect(JSON.parse(sent.body)).toEqual({});
    expect(result).toEqual({ synced_count: 1, keys_added: 0, keys_updated: 0, keys_removed: 0, errors: [] });
  });

  it("reads the Python SDK's import and sync fixtures", async () => {
    fake.server.use(
      http.post(`${fake.mock.baseURL}/user/ssh-keys/github-profile`, () => HttpResponse.json(fixture("github-profile-import"))),
      http.post(`${fake.mock.baseURL}/user/ssh-keys/github-sync`, () => HttpResponse.json(fixture("github-sync"))),
    );
    expect(await fake.client().importGithubProfileSshKeys({ github_username: "octo" })).toEqual(fixture("github-profile-import"));
    expect(await fake.client().syncGithubSshKeys()).toEqual(fixture("github-sync"));
  });

  it("a result without its counts is a ResponseValidationError naming the method", async () => {
    fake.server.use(http.post(`${fake.mock.baseURL}/user/ssh-keys/github-sync`, () => HttpResponse.json({ errors: [] })));
    const error = await fake.client().syncGithubSshKeys().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/syncGithubSshKeys/);
  });
});
