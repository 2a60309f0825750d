import type { CvmInfoDetailV20260121, CvmInfoV20260121 } from "../../schemas";
import { toAppCompose } from "../compose";
import type { MockCvm, PhalaCloudMockState } from "../types";
import { gatewayDomain, kmsOf, kmsTypeOf, memoryInGb, nodeOf, publicUrls, workspaceOf } from "./lookups";

/** A CVM in the 2026-01-21 list-item shape. */
export function toCvmInfoV20260121(state: PhalaCloudMockState, cvm: MockCvm): CvmInfoV20260121 {
  const node = nodeOf(state, cvm);
  const kms = kmsOf(state, cvm.kms_id);
  const workspace = workspaceOf(state, cvm);
  const image = state.osImages.find((img) => img.name === cvm.image);
  return {
    id: cvm.hashed_id,
    name: cvm.name,
    app_id: cvm.app_id,
    vm_uuid: cvm.vm_uuid,
    instance_id: cvm.instance_id,
    resource: {
      instance_type: cvm.instance_type,
      vcpu: cvm.vcpu,
      memory_in_gb: memoryInGb(cvm),
      disk_in_gb: cvm.disk_size,
      gpus: cvm.gpus,
      compute_billing_price: state.instanceTypes.find((t) => t.id === cvm.instance_type)?.hourly_rate ?? null,
      billing_period: "hourly",
    },
    node_info: {
      object_type: "node",
      id: node.teepod_id,
      name: node.name,
      region: node.region_identifier ?? null,
      device_id: node.device_id ?? null,
      ppid: null,
      status: "online",
      version: "0.5.3",
    },
    os: { name: cvm.image, version: "0.5.3", is_dev: image?.is_dev ?? false, os_image_hash: image?.os_image_hash ?? null },
    kms_type: kmsTypeOf(kms),
    kms_info: {
      chain_id: kms.chain_id,
      dstack_kms_address: kms.kms_contract_address,
      dstack_app_address: cvm.contract_address,
      deployer_address: cvm.deployer_address,
      rpc_endpoint: kms.chain_id === null ? null : `https://rpc.chain-${kms.chain_id}.example`,
      encrypted_env_pubkey: cvm.encrypted_env_pubkey,
    },
    status: cvm.status,
    in_progress: cvm.pending.length > 0,
    progress: cvm.progress,
    compose_hash: cvm.compose_hash,
    gateway: { base_domain: gatewayDomain(state, cvm), cname: null },
    services: [],
    endpoints: publicUrls(state, cvm),
    public_logs: cvm.public_logs,
    public_sysinfo: cvm.public_sysinfo,
    public_tcbinfo: cvm.public_tcbinfo,
    gateway_enabled: cvm.compose.gateway_enabled,
    secure_time: false,
    listed: cvm.listed,
    storage_fs: cvm.compose.storage_fs ?? "ext4",
    workspace: workspace
      ? { object_type: "workspace", id: workspace.id, name: workspace.name, slug: workspace.slug, avatar_url: null }
      : null,
    creator: { object_type: "user", id: "usr_alice", username: state.user.username, avatar_url: null },
    created_at: cvm.created_at,
    deleted_at: null,
  };
}

/** A CVM in the 2026-01-21 detail shape (`GET /cvms/{id}`): the list item plus the compose. */
export function toCvmDetailV20260121(state: PhalaCloudMockState, cvm: MockCvm): CvmInfoDetailV20260121 {
  return { ...toCvmInfoV20260121(state, cvm), compose_file: toAppCompose(cvm) };
}
