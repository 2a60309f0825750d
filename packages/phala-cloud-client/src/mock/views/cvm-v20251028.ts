import type { CvmBasicInfoV20251028, CvmDetailV20251028, CvmInfoV20251028 } from "../../schemas";
import type { MockCvm, PhalaCloudMockState } from "../types";
import { gatewayDomain, kmsOf, kmsTypeOf, nodeOf, publicUrls } from "./lookups";

function uptime(cvm: MockCvm): string {
  return cvm.status === "running" ? "5m" : "";
}

function teepod(state: PhalaCloudMockState, cvm: MockCvm) {
  const node = nodeOf(state, cvm);
  return { id: node.teepod_id, name: node.name, region_identifier: node.region_identifier ?? null };
}

function machineInfo(cvm: MockCvm) {
  return { vcpu: cvm.vcpu, memory: cvm.memory, disk_size: cvm.disk_size, gpu_count: cvm.gpus };
}

/** A CVM in the 2025-10-28 list-item shape (`hosted` plus flat fields). */
export function toCvmInfoV20251028(state: PhalaCloudMockState, cvm: MockCvm): CvmInfoV20251028 {
  const urls = publicUrls(state, cvm);
  return {
    hosted: {
      id: cvm.vm_uuid,
      name: cvm.name,
      status: cvm.status,
      uptime: uptime(cvm),
      app_url: urls[0]?.app ?? null,
      app_id: cvm.app_id,
      instance_id: cvm.instance_id,
      configuration: {},
      exited_at: null,
      boot_progress: cvm.status === "running" ? "done" : null,
      boot_error: null,
      shutdown_progress: null,
      image_version: "0.5.3",
    },
    name: cvm.name,
    managed_user: { id: 1, username: state.user.username },
    node: teepod(state, cvm),
    listed: cvm.listed,
    status: cvm.status,
    in_progress: cvm.pending.length > 0,
    dapp_dashboard_url: urls[0] ? `https://${cvm.app_id}-8090.${gatewayDomain(state, cvm)}` : null,
    syslog_endpoint: null,
    allow_upgrade: false,
    project_id: null,
    project_type: null,
    billing_period: "hourly",
    kms_info: kmsOf(state, cvm.kms_id),
    vcpu: cvm.vcpu,
    memory: cvm.memory,
    disk_size: cvm.disk_size,
    gateway_domain: gatewayDomain(state, cvm),
    public_urls: urls,
    machine_info: machineInfo(cvm),
    updated_at: cvm.updated_at,
  };
}

/** A CVM in the 2025-10-28 detail shape (`GET /cvms/{id}`): flat, numeric `id`. */
export function toCvmDetailV20251028(state: PhalaCloudMockState, cvm: MockCvm): CvmDetailV20251028 {
  const node = teepod(state, cvm);
  return {
    id: cvm.id,
    name: cvm.name,
    status: cvm.status,
    in_progress: cvm.pending.length > 0,
    teepod_id: node.id,
    teepod: node,
    app_id: cvm.app_id,
    vm_uuid: cvm.vm_uuid,
    instance_id: cvm.instance_id,
    vcpu: cvm.vcpu,
    memory: cvm.memory,
    disk_size: cvm.disk_size,
    base_image: cvm.image,
    encrypted_env_pubkey: cvm.encrypted_env_pubkey,
    listed: cvm.listed,
    project_id: null,
    project_type: null,
    instance_type: cvm.instance_type,
    public_sysinfo: cvm.public_sysinfo,
    public_logs: cvm.public_logs,
    dapp_dashboard_url: null,
    syslog_endpoint: null,
    kms_info: kmsOf(state, cvm.kms_id),
    contract_address: cvm.contract_address,
    deployer_address: cvm.deployer_address,
    scheduled_delete_at: null,
    public_urls: publicUrls(state, cvm),
    gateway_domain: gatewayDomain(state, cvm),
    machine_info: machineInfo(cvm),
    updated_at: cvm.updated_at,
  };
}

/** A CVM as the 2025-10-28 app shapes embed it. */
export function toCvmBasicInfoV20251028(state: PhalaCloudMockState, cvm: MockCvm): CvmBasicInfoV20251028 {
  const node = nodeOf(state, cvm);
  const kms = kmsOf(state, cvm.kms_id);
  return {
    vm_uuid: cvm.vm_uuid,
    app_id: cvm.app_id,
    name: cvm.name,
    status: cvm.status,
    vcpu: cvm.vcpu,
    memory: cvm.memory,
    disk_size: cvm.disk_size,
    teepod_id: node.teepod_id,
    teepod_name: node.name,
    region_identifier: node.region_identifier ?? null,
    kms_type: kmsTypeOf(kms),
    instance_type: cvm.instance_type,
    listed: cvm.listed,
    base_image: cvm.image,
    kms_slug: kms.slug,
    kms_id: kms.id,
    instance_id: cvm.instance_id,
    machine_info: machineInfo(cvm),
    updated_at: cvm.updated_at,
  };
}
