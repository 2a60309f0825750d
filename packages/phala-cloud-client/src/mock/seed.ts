import { composeHash } from "./compose";
import { hashedId, hexDigest, timestamp, uuidFrom } from "./ids";
import type { MockCompose, MockCvm, PhalaCloudMockSeed } from "./types";
import { seedCatalog } from "./seed-catalog";

const WEB_COMPOSE = `services:
  demo:
    image: leechael/phala-cloud-bun-starter:latest
    ports:
      - "80:3000"
    volumes:
      - /var/run/dstack.sock:/var/run/dstack.sock
`;

function seedCvm(n: number, name: string, kmsId: string, extra: Partial<MockCvm> = {}): MockCvm {
  const compose: MockCompose = {
    name,
    docker_compose_file: WEB_COMPOSE,
    allowed_envs: ["API_KEY"],
    kms_enabled: true,
    gateway_enabled: true,
  };
  return {
    id: n,
    hashed_id: hashedId("cvm", n),
    name,
    app_id: hexDigest(`app:${name}`, 40),
    vm_uuid: uuidFrom(`vm:${name}`),
    instance_id: hexDigest(`instance:${name}`, 40),
    status: "running",
    pending: [],
    progress: null,
    instance_type: "tdx.small",
    vcpu: 1,
    memory: 2048,
    disk_size: 20,
    gpus: 0,
    node_id: 3,
    kms_id: kmsId,
    contract_address: null,
    deployer_address: null,
    image: "dstack-0.5.3",
    compose,
    compose_hash: composeHash(compose),
    encrypted_env: null,
    listed: false,
    public_logs: true,
    public_sysinfo: true,
    public_tcbinfo: true,
    encrypted_env_pubkey: hexDigest(`pubkey:${name}`, 64),
    created_at: timestamp(-1000 + n),
    updated_at: timestamp(-1000 + n),
    workspace_id: "wks_1a2b3c4d",
    ...extra,
  };
}

/**
 * A fresh copy of the fake's default data: one workspace-scoped user, two workspaces, two nodes,
 * three KMS (Phala, Base, Ethereum), the `tdx.*` instance types, two OS images, and two running
 * CVMs — `my-web-app` on Phala's KMS and `onchain-app` on Base (its updates need the on-chain step).
 */
export function defaultPhalaCloudMockSeed(): PhalaCloudMockSeed {
  const cvms = [
    seedCvm(101, "my-web-app", "kms_phala_1"),
    // On an on-chain KMS the app id is the app contract's address.
    seedCvm(102, "onchain-app", "kms_base_1", {
      app_id: hexDigest("contract:onchain-app", 40),
      contract_address: `0x${hexDigest("contract:onchain-app", 40)}`,
      deployer_address: `0x${hexDigest("deployer:alice", 40)}`,
    }),
  ];
  return {
    ...seedCatalog(),
    cvms,
    revisions: cvms.map((cvm) => ({
      revision_id: `rev_${hexDigest(`rev:${cvm.name}`, 12)}`,
      app_id: cvm.app_id,
      vm_uuid: cvm.vm_uuid,
      compose_hash: cvm.compose_hash,
      created_at: cvm.created_at,
      operation_type: "deploy",
      trace_id: null,
      cvm: { object_type: "cvm", id: cvm.hashed_id, name: cvm.name, app_id: cvm.app_id, vm_uuid: cvm.vm_uuid },
      triggered_by: { object_type: "user", id: "usr_alice", username: "alice", avatar_url: null },
      workspace: { object_type: "workspace", id: "wks_1a2b3c4d", name: "Acme", slug: "acme", avatar_url: null },
    })),
  };
}
