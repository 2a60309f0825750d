import type { VmRecord } from "../../schemas";
import type { MockCvm, PhalaCloudMockState } from "../types";
import { nodeOf, publicUrls } from "./lookups";

/**
 * The VM record the lifecycle actions and `POST /cvms` answer. Both supported versions
 * (2025-10-28, 2026-01-21) use the numeric id here; hashed ids start with 2026-05-22.
 */
export function toVmRecord(state: PhalaCloudMockState, cvm: MockCvm): VmRecord {
  const node = nodeOf(state, cvm);
  return {
    id: cvm.id,
    name: cvm.name,
    status: cvm.status,
    teepod_id: node.teepod_id,
    teepod: { id: node.teepod_id, name: node.name, region_identifier: node.region_identifier ?? null },
    user_id: 1,
    app_id: cvm.app_id,
    vm_uuid: cvm.vm_uuid,
    instance_id: cvm.instance_id,
    app_url: publicUrls(state, cvm)[0]?.app ?? null,
    base_image: cvm.image,
    vcpu: cvm.vcpu,
    memory: cvm.memory,
    disk_size: cvm.disk_size,
    manifest_version: 2,
    version: "1.0.0",
    runner: "docker-compose",
    docker_compose_file: cvm.compose.docker_compose_file,
    features: ["kms", "tproxy-net"],
    created_at: cvm.created_at,
    encrypted_env_pubkey: cvm.encrypted_env_pubkey,
    app_auth_contract_address: cvm.contract_address,
    deployer_address: cvm.deployer_address,
  };
}
