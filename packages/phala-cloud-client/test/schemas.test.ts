import * as v from "valibot";
import {
  AllInstanceTypeFamilies,
  AppEnvEncryptPubKey,
  AppListV20260121,
  AppRevisions,
  AvailableNodes,
  AppCompose,
  CurrentUserV20251028,
  CurrentUserV20260121,
  CvmContainersStats,
  CvmDetailV20251028,
  CvmInfoDetailV20260121,
  CvmState,
  FamilyInstanceTypes,
  KmsListResponse,
  NextAppIds,
  OsImageList,
  PaginatedCvmInfosV20251028,
  PaginatedCvmInfosV20260121,
  PhalaErrorBody,
  ProvisionCvmResponse,
  SshKeyList,
  StructuredError,
  UpdateCvmEnvsInProgress,
  UpdateDockerComposeInProgress,
  VmRecord,
  WorkspaceList,
  WorkspaceNodes,
  WorkspaceQuotas,
} from "../src";
import { fixture } from "./fixture";

type Json = Record<string, unknown>;

/** [fixture, schema, path of a required field to delete] */
const cases: [string, v.GenericSchema, string[]][] = [
  ["current-user-v20260121", CurrentUserV20260121, ["user", "email"]],
  ["current-user-v20251028", CurrentUserV20251028, ["team_name"]],
  ["cvm-list-v20251028", PaginatedCvmInfosV20251028, ["items", "0", "hosted"]],
  ["cvm-detail-v20251028", CvmDetailV20251028, ["vcpu"]],
  ["cvm-list-v20260121", PaginatedCvmInfosV20260121, ["items", "0", "resource"]],
  ["cvm-detail-v20260121", CvmInfoDetailV20260121, ["status"]],
  ["commit-cvm-provision", VmRecord, ["created_at"]],
  ["provision-cvm", ProvisionCvmResponse, ["compose_hash"]],
  ["available-nodes", AvailableNodes, ["nodes", "0", "remaining_vcpu"]],
  ["kms-list", KmsListResponse, ["items", "0", "url"]],
  ["app-env-encrypt-pubkey", AppEnvEncryptPubKey, ["signature"]],
  ["next-app-ids", NextAppIds, ["app_ids", "0", "nonce"]],
  ["instance-type-families", AllInstanceTypeFamilies, ["result"]],
  ["family-instance-types", FamilyInstanceTypes, ["family"]],
  ["os-images", OsImageList, ["items", "0", "is_dev"]],
  ["workspaces", WorkspaceList, ["pagination", "has_more"]],
  ["workspace-nodes", WorkspaceNodes, ["pages"]],
  ["workspace-quotas", WorkspaceQuotas, ["team_slug"]],
  ["app-list-v20260121", AppListV20260121, ["total_pages"]],
  ["app-revisions", AppRevisions, ["revisions", "0", "compose_hash"]],
  ["ssh-keys", SshKeyList, ["0", "public_key"]],
  ["update-cvm-envs-in-progress", UpdateCvmEnvsInProgress, ["correlation_id"]],
  ["update-docker-compose-in-progress", UpdateDockerComposeInProgress, ["correlation_id"]],
  ["cvm-state", CvmState, ["name"]],
  ["cvm-containers-stats", CvmContainersStats, ["containers", "0", "image"]],
  ["compose-file", AppCompose, ["docker_compose_file"]],
  ["error-465-structured", StructuredError, ["error_code"]],
  ["error-422", PhalaErrorBody, ["detail"]],
];

function deleteAt(root: unknown, path: string[]): void {
  let node = root as Json;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  const last = path[path.length - 1] as string;
  expect(node[last]).toBeDefined(); // the test must remove something that was there
  delete node[last];
}

describe.each(cases)("fixture %s", (name, schema, requiredPath) => {
  it("parses", () => {
    const result = v.safeParse(schema, fixture(name));
    if (!result.success) throw new Error(v.summarize(result.issues));
    expect(result.success).toBe(true);
  });

  it(`rejects a body without ${requiredPath.join(".")}`, () => {
    const body = fixture(name);
    deleteAt(body, requiredPath);
    expect(v.safeParse(schema, body).success).toBe(false);
  });

  it("keeps fields it does not know", () => {
    const body = fixture<unknown>(name);
    const target = (Array.isArray(body) ? body[0] : body) as Json;
    target.added_by_the_server_tomorrow = { nested: 1 };
    const result = v.parse(schema, body) as unknown;
    const out = (Array.isArray(result) ? result[0] : result) as Json;
    expect(out.added_by_the_server_tomorrow).toEqual({ nested: 1 });
  });
});

describe("versioned shapes are not interchangeable", () => {
  it("the 2026-01-21 /auth/me body fails the 2025-10-28 schema and vice versa", () => {
    expect(v.safeParse(CurrentUserV20251028, fixture("current-user-v20260121")).success).toBe(false);
    expect(v.safeParse(CurrentUserV20260121, fixture("current-user-v20251028")).success).toBe(false);
  });

  it("a 2025-10-28 CVM list fails the 2026-01-21 schema (numeric ids, no resource)", () => {
    expect(v.safeParse(PaginatedCvmInfosV20260121, fixture("cvm-list-v20251028")).success).toBe(false);
    expect(v.safeParse(PaginatedCvmInfosV20251028, fixture("cvm-list-v20260121")).success).toBe(false);
  });
});

describe("open enumerations", () => {
  it("accept a status the server adds later", () => {
    const body = fixture<Json>("cvm-list-v20260121");
    (body.items as Json[])[0]!.status = "hibernating";
    expect(v.parse(PaginatedCvmInfosV20260121, body).items[0]!.status).toBe("hibernating");
  });

  it("accept an unknown error code", () => {
    const body = { ...fixture<Json>("error-465-structured"), error_code: "ERR-09-001" };
    expect(v.parse(StructuredError, body).error_code).toBe("ERR-09-001");
  });

  it("still type-check strings: a number is rejected", () => {
    const body = fixture<Json>("cvm-state");
    body.status = 3;
    expect(v.safeParse(CvmState, body).success).toBe(false);
  });
});

describe("nullability follows the SDK", () => {
  it("kms_info fields that are null for Phala's KMS accept null", () => {
    expect(v.parse(KmsListResponse, fixture("kms-list")).items[0]!.chain_id).toBeNull();
  });

  it("a required non-nullable field rejects null", () => {
    const body = fixture<Json>("commit-cvm-provision");
    body.vcpu = null;
    expect(v.safeParse(VmRecord, body).success).toBe(false);
  });
});
