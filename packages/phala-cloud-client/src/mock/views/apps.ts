import type { AppRevision } from "../../schemas";
import type { ApiVersion } from "../../api-version";
import type { MockCvm, PhalaCloudMockState } from "../types";
import { toCvmBasicInfoV20251028, toCvmInfoV20251028 } from "./cvm-v20251028";
import { toCvmInfoV20260121 } from "./cvm-v20260121";
import { kmsOf, kmsTypeOf } from "./lookups";

/** A CVM as a list or app-CVMs item in the requested version's shape. */
export function toCvmListItem(state: PhalaCloudMockState, cvm: MockCvm, version: ApiVersion) {
  return version === "2025-10-28" ? toCvmInfoV20251028(state, cvm) : toCvmInfoV20260121(state, cvm);
}

/** An app: its CVMs (newest is `current_cvm`) in the requested version's shape. */
export function toDstackApp(state: PhalaCloudMockState, cvms: MockCvm[], version: ApiVersion) {
  const first = cvms[0] as MockCvm;
  const current = cvms[cvms.length - 1] as MockCvm;
  const render = (cvm: MockCvm) =>
    version === "2025-10-28" ? toCvmBasicInfoV20251028(state, cvm) : toCvmInfoV20260121(state, cvm);
  return {
    id: first.app_id,
    name: first.name,
    app_id: first.app_id,
    app_provision_type: "dstack",
    app_icon_url: null,
    created_at: first.created_at,
    kms_type: kmsTypeOf(kmsOf(state, first.kms_id)),
    profile: null,
    current_cvm: render(current),
    cvms: cvms.map(render),
    cvm_count: cvms.length,
  };
}

/**
 * An app with no CVM left, as the "minimal app" `@phala/cloud` 0.2.9 accepts at both versions
 * (`DstackAppMinimalResponseV20251028Schema`): the app id, every other field `null`.
 */
export function toMinimalApp(appId: string) {
  return {
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
  };
}

/** Groups CVMs by app id, in order of first appearance. */
export function groupByApp(cvms: MockCvm[]): MockCvm[][] {
  const groups = new Map<string, MockCvm[]>();
  for (const cvm of cvms) groups.set(cvm.app_id, [...(groups.get(cvm.app_id) ?? []), cvm]);
  return [...groups.values()];
}

/** Records a revision of an app (deploy or update). */
export function addRevision(state: PhalaCloudMockState, cvm: MockCvm, operation_type: string, created_at: string): AppRevision {
  const revision: AppRevision = {
    revision_id: `rev_${(state.revisions.length + 1).toString().padStart(6, "0")}`,
    app_id: cvm.app_id,
    vm_uuid: cvm.vm_uuid,
    compose_hash: cvm.compose_hash,
    created_at,
    trace_id: null,
    operation_type,
    triggered_by: { object_type: "user", id: "usr_alice", username: state.user.username, avatar_url: null },
    cvm: { object_type: "cvm", id: cvm.hashed_id, name: cvm.name, app_id: cvm.app_id, vm_uuid: cvm.vm_uuid },
    workspace: null,
  };
  state.revisions.push(revision);
  return revision;
}
