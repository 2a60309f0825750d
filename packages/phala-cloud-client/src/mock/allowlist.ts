import type { MockCvm, PhalaCloudMockState } from "./types";
import { nodeOf } from "./views/lookups";

// The fake has no chain. It stands in for the app contract with what it knows: a compose hash
// counts as registered once the app has run it (it has a revision), and a device as allowed when
// its node supports on-chain KMS.

/** Whether the app has run this compose hash: the fake's "registered on-chain". */
export function isRegistered(state: PhalaCloudMockState, appId: string, hash: string): boolean {
  return state.revisions.some((rev) => rev.app_id === appId && rev.compose_hash === hash);
}

/** Whether a device is allowed: its node supports on-chain KMS. */
export function isDeviceAllowed(state: PhalaCloudMockState, deviceId: string): boolean {
  return state.nodes.some((node) => node.device_id === deviceId && node.support_onchain_kms);
}

/** The is-allowed answer for a CVM of an on-chain app, a compose hash and a device. */
export function allowCheck(state: PhalaCloudMockState, cvm: MockCvm, hash: string, deviceId: string | undefined, withCvmId: boolean) {
  const device_id = deviceId ?? nodeOf(state, cvm).device_id ?? "";
  const compose_hash_allowed = isRegistered(state, cvm.app_id, hash);
  const device_id_allowed = isDeviceAllowed(state, device_id);
  return {
    ...(withCvmId ? { cvm_id: cvm.id } : {}),
    app_contract_address: cvm.contract_address ?? `0x${cvm.app_id}`,
    compose_hash: hash,
    device_id,
    compose_hash_allowed,
    allow_any_device: false,
    device_id_allowed,
    is_allowed: compose_hash_allowed && device_id_allowed,
    error: null,
  };
}
