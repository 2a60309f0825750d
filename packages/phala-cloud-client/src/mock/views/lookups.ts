import type { KmsInfo, TeepodCapacity, Workspace } from "../../schemas";
import type { MockCvm, PhalaCloudMockState } from "../types";

/** The node a CVM runs on (a placeholder if the seed lacks it, so rendering never throws). */
export function nodeOf(state: PhalaCloudMockState, cvm: MockCvm): Pick<TeepodCapacity, "teepod_id" | "name" | "region_identifier" | "device_id"> {
  return (
    state.nodes.find((node) => node.teepod_id === cvm.node_id) ?? {
      teepod_id: cvm.node_id,
      name: `node-${cvm.node_id}`,
      region_identifier: null,
      device_id: null,
    }
  );
}

/** The KMS a CVM uses. */
export function kmsOf(state: PhalaCloudMockState, id: string): KmsInfo {
  return (
    state.kms.find((kms) => kms.id === id || kms.slug === id) ?? {
      id,
      slug: id,
      url: "https://kms.phala.example",
      version: "v0.5.3",
      chain_id: null,
      kms_contract_address: null,
      gateway_app_id: null,
    }
  );
}

/** `phala`, `base` or `ethereum`, from the KMS's chain. */
export function kmsTypeOf(kms: KmsInfo): "phala" | "base" | "ethereum" {
  if (kms.chain_id === 8453) return "base";
  if (kms.chain_id !== null) return "ethereum";
  return "phala";
}

/** True when the CVM's KMS is on a chain, so compose changes need the on-chain step (465). */
export function isOnChain(state: PhalaCloudMockState, cvm: MockCvm): boolean {
  return kmsOf(state, cvm.kms_id).chain_id !== null;
}

/** The workspace a CVM belongs to. */
export function workspaceOf(state: PhalaCloudMockState, cvm: MockCvm): Workspace | undefined {
  return state.workspaces.find((ws) => ws.id === cvm.workspace_id);
}

/** The gateway domain of a CVM's node. */
export function gatewayDomain(state: PhalaCloudMockState, cvm: MockCvm): string {
  return `dstack-${nodeOf(state, cvm).name}.phala.network`;
}

/** The public URLs of a CVM (app and instance), empty while it is not running. */
export function publicUrls(state: PhalaCloudMockState, cvm: MockCvm): { app: string; instance: string }[] {
  if (cvm.status !== "running") return [];
  const domain = gatewayDomain(state, cvm);
  return [{ app: `https://${cvm.app_id}-80.${domain}`, instance: `https://${cvm.instance_id ?? cvm.app_id}-80.${domain}` }];
}

/** Memory in GB as the 2026-01-21 shape reports it. */
export function memoryInGb(cvm: MockCvm): number {
  return Math.round((cvm.memory / 1024) * 100) / 100;
}
