import * as v from "valibot";
import {
  AllInstanceTypeFamilies,
  AppCompose,
  AppEnvEncryptPubKey,
  AppRevisions,
  type ApiVersion,
  AvailableNodes,
  CvmAttestation,
  CvmContainersStats,
  CvmNetwork,
  CvmState,
  CvmStats,
  FamilyInstanceTypes,
  FastApiErrorBody,
  KmsInfo,
  KmsListResponse,
  NextAppIds,
  OsImageList,
  Precondition465Body,
  ProvisionCvmResponse,
  schemasForVersion,
  SshKey,
  SshKeyList,
  StructuredError,
  StructuredPrecondition465,
  SUPPORTED_API_VERSIONS,
  UpdateCvmEnvsInProgress,
  UpdateDockerComposeInProgress,
  VmRecord,
  Workspace,
  WorkspaceList,
  WorkspaceNodes,
  WorkspaceQuotas,
} from "../src";
import type { PhalaCloudMock } from "../src/mock";
import { call, type CallOptions, useMock } from "./mock-setup";

const mock = useMock();
const appId = () => mock.state.cvms[0]!.app_id;
const provision = { name: "schema-app", compose_file: { docker_compose_file: "services:\n  a:\n    image: busybox\n" } };

interface Row {
  name: string;
  method: string;
  path: (m: PhalaCloudMock) => string;
  schema: (version: ApiVersion) => v.GenericSchema;
  status: number;
  options?: CallOptions;
  /** Runs first, e.g. to put the CVM in another state. */
  before?: (m: PhalaCloudMock, version: ApiVersion) => Promise<unknown>;
}

// From API version 2026-06-23 `/kms` answers KMS contracts: the Python SDK's models/kms.py,
// `KmsContract` and `ListKmsContractsResponse` (strict here: every field the model names).
const KmsContract = v.strictObject({
  id: v.string(),
  slug: v.nullish(v.string()),
  label: v.nullish(v.string()),
  contract_address: v.string(),
  chain_id: v.number(),
  k256_pubkey: v.nullish(v.string()),
  ca_pubkey: v.nullish(v.string()),
  node_count: v.number(),
});
const KmsContractList = v.strictObject({ items: v.array(KmsContract), total: v.number(), page: v.number(), page_size: v.number(), pages: v.number() });

const rows: Row[] = [
  { name: "auth/me", method: "GET", path: () => "/auth/me", schema: (ver) => schemasForVersion(ver).currentUser, status: 200 },
  { name: "cvm list", method: "GET", path: () => "/cvms/paginated", schema: (ver) => schemasForVersion(ver).cvmList, status: 200 },
  { name: "cvm list while creating", method: "GET", path: () => "/cvms/paginated", schema: (ver) => schemasForVersion(ver).cvmList, status: 200, before: commitNew },
  { name: "cvm detail", method: "GET", path: () => "/cvms/101", schema: (ver) => schemasForVersion(ver).cvmDetail, status: 200 },
  { name: "cvm detail while stopping", method: "GET", path: () => "/cvms/101", schema: (ver) => schemasForVersion(ver).cvmDetail, status: 200, before: stop },
  { name: "state", method: "GET", path: () => "/cvms/101/state", schema: () => CvmState, status: 200 },
  { name: "stats", method: "GET", path: () => "/cvms/101/stats", schema: () => CvmStats, status: 200 },
  { name: "stats while stopping", method: "GET", path: () => "/cvms/101/stats", schema: () => CvmStats, status: 200, before: stop },
  { name: "network", method: "GET", path: () => "/cvms/101/network", schema: () => CvmNetwork, status: 200 },
  { name: "composition", method: "GET", path: () => "/cvms/101/composition", schema: () => CvmContainersStats, status: 200 },
  { name: "attestation", method: "GET", path: () => "/cvms/101/attestation", schema: () => CvmAttestation, status: 200 },
  { name: "attestation while stopping", method: "GET", path: () => "/cvms/101/attestation", schema: () => CvmAttestation, status: 200, before: stop },
  { name: "compose_file", method: "GET", path: () => "/cvms/101/compose_file", schema: () => AppCompose, status: 200 },
  { name: "provision", method: "POST", path: () => "/cvms/provision", schema: () => ProvisionCvmResponse, status: 200, options: { body: provision } },
  { name: "stop", method: "POST", path: () => "/cvms/101/stop", schema: () => VmRecord, status: 200 },
  { name: "start", method: "POST", path: () => "/cvms/101/start", schema: () => VmRecord, status: 200 },
  { name: "shutdown", method: "POST", path: () => "/cvms/101/shutdown", schema: () => VmRecord, status: 200 },
  { name: "restart", method: "POST", path: () => "/cvms/101/restart", schema: () => VmRecord, status: 200, options: { body: { force: false } } },
  { name: "envs", method: "PATCH", path: () => "/cvms/101/envs", schema: () => UpdateCvmEnvsInProgress, status: 200, options: { body: { encrypted_env: "00" } } },
  { name: "envs 465", method: "PATCH", path: () => "/cvms/102/envs", schema: () => StructuredPrecondition465, status: 465, options: { body: { encrypted_env: "00" } } },
  { name: "compose", method: "PATCH", path: () => "/cvms/101/docker-compose", schema: () => UpdateDockerComposeInProgress, status: 202, options: { text: "services: {}\n" } },
  { name: "compose 465", method: "PATCH", path: () => "/cvms/102/docker-compose", schema: () => Precondition465Body, status: 465, options: { text: "services: {}\n" } },
  { name: "visibility", method: "PATCH", path: () => "/cvms/101/visibility", schema: (ver) => schemasForVersion(ver).cvmDetail, status: 200, options: { body: { public_sysinfo: false, public_logs: true } } },
  { name: "nodes", method: "GET", path: () => "/teepods/available", schema: () => AvailableNodes, status: 200 },
  { name: "instance types", method: "GET", path: () => "/instance-types", schema: () => AllInstanceTypeFamilies, status: 200 },
  { name: "family", method: "GET", path: () => "/instance-types/gpu", schema: () => FamilyInstanceTypes, status: 200 },
  { name: "os images", method: "GET", path: () => "/os-images", schema: () => OsImageList, status: 200 },
  { name: "kms list", method: "GET", path: () => "/kms", schema: (ver) => (ver >= "2026-06-23" ? KmsContractList : KmsListResponse), status: 200 },
  { name: "kms info", method: "GET", path: () => "/kms/kms_eth_1", schema: (ver) => (ver >= "2026-06-23" ? KmsContract : KmsInfo), status: 200 },
  { name: "pubkey", method: "GET", path: () => `/kms/kms_phala_1/pubkey/${"1".repeat(40)}`, schema: () => AppEnvEncryptPubKey, status: 200 },
  { name: "next app ids", method: "GET", path: () => "/kms/phala/next_app_id", schema: () => NextAppIds, status: 200 },
  { name: "workspaces", method: "GET", path: () => "/workspaces", schema: () => WorkspaceList, status: 200 },
  { name: "workspace", method: "GET", path: () => "/workspaces/side-project", schema: () => Workspace, status: 200 },
  { name: "workspace nodes", method: "GET", path: () => "/workspaces/acme/nodes", schema: () => WorkspaceNodes, status: 200 },
  { name: "quotas", method: "GET", path: () => "/workspaces/acme/quotas", schema: () => WorkspaceQuotas, status: 200 },
  { name: "apps", method: "GET", path: () => "/apps", schema: (ver) => schemasForVersion(ver).appList, status: 200 },
  { name: "app", method: "GET", path: () => `/apps/${appId()}`, schema: (ver) => schemasForVersion(ver).appInfo, status: 200 },
  { name: "app cvms", method: "GET", path: () => `/apps/${appId()}/cvms`, schema: (ver) => schemasForVersion(ver).appCvms, status: 200 },
  { name: "revisions", method: "GET", path: () => `/apps/${appId()}/revisions`, schema: () => AppRevisions, status: 200 },
  { name: "ssh keys", method: "GET", path: () => "/user/ssh-keys", schema: () => SshKeyList, status: 200 },
  { name: "create ssh key", method: "POST", path: () => "/user/ssh-keys", schema: () => SshKey, status: 201, options: { body: { name: "k", public_key: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 me@host" } } },
  { name: "401", method: "GET", path: () => "/auth/me", schema: () => FastApiErrorBody, status: 401, options: { key: "bad" } },
  { name: "404", method: "GET", path: () => "/cvms/none", schema: () => FastApiErrorBody, status: 404 },
  { name: "422", method: "POST", path: () => "/cvms/provision", schema: () => FastApiErrorBody, status: 422, options: { body: { name: 1 } } },
  { name: "409 structured", method: "POST", path: () => "/cvms/provision", schema: () => StructuredError, status: 409, options: { body: { ...provision, name: "my-web-app" } } },
  { name: "409 busy", method: "POST", path: () => "/cvms/101/start", schema: () => FastApiErrorBody, status: 409, before: stop },
];

async function stop(m: PhalaCloudMock) {
  expect((await call(m, "POST", "/cvms/101/stop")).status).toBe(200);
}

async function commitNew(m: PhalaCloudMock) {
  const prov = await call(m, "POST", "/cvms/provision", { body: provision });
  expect((await call(m, "POST", "/cvms", { body: { app_id: prov.body.app_id, compose_hash: prov.body.compose_hash } })).status).toBe(200);
}

describe.each(SUPPORTED_API_VERSIONS)("with X-Phala-Version %s every fake response parses with its schema", (version) => {
  it.each(rows.map((row) => [row.name, row] as const))("%s", async (_name, row) => {
    await row.before?.(mock, version);
    const res = await call(mock, row.method, row.path(mock), { ...row.options, version });
    expect(res.status).toBe(row.status);
    const parsed = v.safeParse(row.schema(version), res.body);
    if (!parsed.success) throw new Error(`${row.name}: ${v.summarize(parsed.issues)}`);
  });

  it("the commit answer parses as a VM record", async () => {
    const prov = await call(mock, "POST", "/cvms/provision", { body: provision, version });
    const res = await call(mock, "POST", "/cvms", { body: { app_id: prov.body.app_id, compose_hash: prov.body.compose_hash }, version });
    expect(v.parse(VmRecord, res.body).status).toBe("creating");
  });
});
