import { hexDigest } from "./ids";
import type { PhalaCloudMockSeed } from "./types";

const images = [
  { name: "dstack-0.5.3", slug: "dstack-0.5.3", is_dev: false, version: [0, 5, 3], os_image_hash: hexDigest("os:0.5.3"), requires_gpu: false },
  { name: "dstack-dev-0.5.3", slug: "dstack-dev-0.5.3", is_dev: true, version: [0, 5, 3], os_image_hash: hexDigest("os:dev-0.5.3"), requires_gpu: false },
];

function instanceType(id: string, vcpu: number, memory_mb: number, hourly_rate: string, family = "cpu") {
  return {
    id,
    name: id.toUpperCase().replace(".", " "),
    description: `${vcpu} vCPU, ${memory_mb / 1024} GB memory`,
    vcpu,
    memory_mb,
    hourly_rate,
    requires_gpu: family === "gpu",
    requires_gpu_count: family === "gpu" ? 1 : 0,
    default_disk_size_gb: family === "gpu" ? 200 : 20,
    family,
  };
}

/** The catalogue part of the default seed: account, workspaces, nodes, KMS, types, images, keys. */
export function seedCatalog(): Omit<PhalaCloudMockSeed, "cvms" | "revisions"> {
  return {
    user: {
      username: "alice",
      email: "alice@example.com",
      role: "user",
      avatar: "",
      email_verified: true,
      totp_enabled: false,
      has_backup_codes: false,
      flag_has_password: true,
      credits: { balance: "25.00", granted_balance: "5.00", is_post_paid: false, outstanding_amount: null },
    },
    currentWorkspace: "acme",
    workspaces: [
      { id: "wks_1a2b3c4d", name: "Acme", slug: "acme", tier: "pro", role: "owner", is_default: true, created_at: "2025-11-05T09:00:00.000Z", billing_status: "active", suspended_at: null },
      { id: "wks_5e6f7a8b", name: "Side Project", slug: "side-project", tier: "free", role: "member", is_default: false, created_at: "2026-01-10T15:30:00.000Z", billing_status: "active", suspended_at: null },
    ],
    kms: [
      { id: "kms_phala_1", slug: "phala-prod", url: "https://kms.phala.example", version: "v0.5.3", chain_id: null, kms_contract_address: null, gateway_app_id: null },
      { id: "kms_base_1", slug: "kms-base-prod9", url: "https://kms-base.phala.example", version: "v0.5.7", chain_id: 8453, kms_contract_address: `0x${hexDigest("kms:base", 40)}`, gateway_app_id: `0x${hexDigest("gateway:base", 40)}` },
      { id: "kms_eth_1", slug: "kms-eth-prod1", url: "https://kms-eth.phala.example", version: "v0.5.7", chain_id: 1, kms_contract_address: `0x${hexDigest("kms:eth", 40)}`, gateway_app_id: `0x${hexDigest("gateway:eth", 40)}` },
    ],
    nodes: [
      { teepod_id: 3, name: "prod5", listed: true, resource_score: 0.82, remaining_vcpu: 48, remaining_memory: 98304, remaining_cvm_slots: 40, images, support_onchain_kms: true, fmspc: "00806f050000", device_id: hexDigest("device:prod5"), region_identifier: "us-west", default_kms: "kms_phala_1", kms_list: ["kms_phala_1", "kms_base_1", "kms_eth_1"] },
      { teepod_id: 6, name: "prod7", listed: true, resource_score: 0.64, remaining_vcpu: 24, remaining_memory: 49152, remaining_cvm_slots: 20, images, support_onchain_kms: false, fmspc: "00806f050000", device_id: hexDigest("device:prod7"), region_identifier: "eu-west", default_kms: "kms_phala_1", kms_list: ["kms_phala_1"] },
    ],
    instanceTypes: [
      instanceType("tdx.small", 1, 2048, "0.058"),
      instanceType("tdx.medium", 2, 4096, "0.116"),
      instanceType("tdx.large", 4, 8192, "0.232"),
      instanceType("h200.small", 24, 196608, "3.500", "gpu"),
    ],
    osImages: images.map(({ version, ...image }) => ({ ...image, version: version.join(".") })),
    sshKeys: [
      {
        id: "sshkey_1",
        name: "laptop",
        public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop",
        fingerprint: "SHA256:9Vx3oU2x8lWmK4eC6pYt0u7Rz1bNq5sJd2fHg8kLm0A",
        created_at: "2025-11-05T09:10:00.000Z",
      },
    ],
  };
}
