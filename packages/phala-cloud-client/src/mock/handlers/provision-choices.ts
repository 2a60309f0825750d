import type * as v from "valibot";
import { ErrorCodes, type KmsInfo, type ProvisionCvmRequest, type TeepodCapacity } from "../../schemas";
import { structuredError } from "../responses";
import type { PhalaCloudMockState } from "../types";

type Provision = v.InferOutput<typeof ProvisionCvmRequest>;

/** The size of a new CVM: the instance type's, or the deprecated vcpu/memory (default `tdx.small`). */
export function chooseSize(
  state: PhalaCloudMockState,
  input: Provision,
): { instance_type: string; vcpu: number; memory: number; disk_size: number } | Response {
  if (!input.instance_type && (input.vcpu || input.memory)) {
    return { instance_type: "custom", vcpu: input.vcpu ?? 1, memory: input.memory ?? 2048, disk_size: input.disk_size ?? 20 };
  }
  const id = input.instance_type ?? "tdx.small";
  const type = state.instanceTypes.find((t) => t.id === id);
  if (!type) {
    return structuredError(state, 400, {
      error_code: ErrorCodes.INSTANCE_TYPE_NOT_FOUND,
      message: `Instance type '${id}' does not exist`,
      details: [{ field: "instance_type", value: id, message: null }],
      suggestions: [`Use one of: ${state.instanceTypes.map((t) => t.id).join(", ")}`],
    });
  }
  return { instance_type: type.id, vcpu: type.vcpu, memory: type.memory_mb, disk_size: input.disk_size ?? type.default_disk_size_gb ?? 20 };
}

/** The node: the one asked for, else the best-scored one in the region, else the best overall. */
export function chooseNode(state: PhalaCloudMockState, input: Provision): TeepodCapacity | Response {
  const wanted = input.node_id ?? input.teepod_id;
  if (wanted !== undefined) {
    const node = state.nodes.find((n) => n.teepod_id === wanted);
    if (node) return node;
    return structuredError(state, 404, {
      error_code: ErrorCodes.NODE_NOT_FOUND,
      message: `Node ${wanted} not found or not available`,
      details: [{ field: "node_id", value: wanted, message: null }],
    });
  }
  const candidates = state.nodes
    .filter((n) => input.region === undefined || n.region_identifier === input.region)
    .sort((a, b) => b.resource_score - a.resource_score);
  const best = candidates[0];
  if (best) return best;
  return structuredError(state, 400, {
    error_code: ErrorCodes.RESOURCE_NOT_AVAILABLE,
    message: `No node available in region '${input.region}'`,
    details: [{ field: "region", value: input.region, message: null }],
  });
}

const CHAINS: Record<string, number | null> = { PHALA: null, ETHEREUM: 1, BASE: 8453 };

/** The KMS: `kms_id` if given, else the first of the node's KMS on the asked chain. */
export function chooseKms(state: PhalaCloudMockState, input: Provision, node: TeepodCapacity): KmsInfo | Response {
  const kmsNotFound = (value: unknown) =>
    structuredError(state, 404, {
      error_code: ErrorCodes.KMS_NOT_FOUND,
      message: "No matching KMS for this node",
      details: [{ field: "kms", value, message: null }],
    });
  if (input.kms_id) return state.kms.find((k) => k.id === input.kms_id || k.slug === input.kms_id) ?? kmsNotFound(input.kms_id);
  const kind = (input.kms ?? "PHALA").toUpperCase();
  if (!(kind in CHAINS)) return kmsNotFound(input.kms);
  const chain = CHAINS[kind];
  const usable = state.kms.filter((k) => (node.kms_list ?? []).includes(k.id) && k.chain_id === chain);
  const contract = input.kms_contract?.toLowerCase();
  return usable.find((k) => contract === undefined || k.kms_contract_address?.toLowerCase() === contract) ?? kmsNotFound(input.kms);
}
