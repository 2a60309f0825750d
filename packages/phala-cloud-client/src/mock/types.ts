import type {
  AppRevision,
  InstanceType,
  KmsInfo,
  OsImage,
  SshKey,
  TeepodCapacity,
  Workspace,
} from "../schemas";

/** The account behind the fake's key: what `GET /auth/me` reports, in both shapes. */
export interface MockUser {
  username: string;
  email: string;
  role: string;
  avatar: string;
  email_verified: boolean;
  totp_enabled: boolean;
  has_backup_codes: boolean;
  flag_has_password: boolean;
  /** Decimal strings, as the 2026-01-21 shape sends them. */
  credits: { balance: string; granted_balance: string; is_post_paid: boolean; outstanding_amount: string | null };
}

/** The app compose a fake CVM runs (the visibility flags live on the CVM). */
export interface MockCompose {
  name: string;
  docker_compose_file: string;
  pre_launch_script?: string;
  allowed_envs: string[];
  kms_enabled: boolean;
  gateway_enabled: boolean;
  storage_fs?: string;
}

/** A CVM as the fake stores it; handlers render it in each API version's shape. */
export interface MockCvm {
  /** Numeric table id (2025-10-28 shapes and the VM record). */
  id: number;
  /** Hashed id (`cvm_…`, 2026-01-21 shapes). */
  hashed_id: string;
  name: string;
  /** 40 hex characters, no prefix. */
  app_id: string;
  /** With dashes. */
  vm_uuid: string;
  instance_id: string | null;
  status: string;
  /** Statuses still to go through; one is taken per read of the CVM. */
  pending: string[];
  progress: { target: string; started_at: string; correlation_id: string } | null;
  instance_type: string;
  vcpu: number;
  /** MB. */
  memory: number;
  /** GB. */
  disk_size: number;
  gpus: number;
  /** A `teepod_id` of the seed's nodes. */
  node_id: number;
  /** An `id` of the seed's KMS list. */
  kms_id: string;
  /** Deployed app contract and deployer, for an on-chain KMS. */
  contract_address: string | null;
  deployer_address: string | null;
  image: string;
  compose: MockCompose;
  compose_hash: string;
  encrypted_env: string | null;
  listed: boolean;
  public_logs: boolean;
  public_sysinfo: boolean;
  public_tcbinfo: boolean;
  encrypted_env_pubkey: string;
  created_at: string;
  updated_at: string;
  /** `id` of the workspace it belongs to. */
  workspace_id: string;
}

/** A provision waiting for its commit, keyed by compose hash. */
export interface MockProvision {
  compose_hash: string;
  app_id: string | null;
  name: string;
  node_id: number;
  kms_id: string;
  instance_type: string;
  vcpu: number;
  memory: number;
  disk_size: number;
  image: string;
  compose: MockCompose;
  listed: boolean;
  public_logs: boolean;
  public_sysinfo: boolean;
  public_tcbinfo: boolean;
  app_env_encrypt_pubkey: string;
}

/** What the fake starts from; any part can be replaced through `seed`. */
export interface PhalaCloudMockSeed {
  user: MockUser;
  workspaces: Workspace[];
  /** Slug of the workspace the key belongs to. */
  currentWorkspace: string;
  nodes: TeepodCapacity[];
  kms: KmsInfo[];
  instanceTypes: InstanceType[];
  osImages: OsImage[];
  cvms: MockCvm[];
  sshKeys: SshKey[];
  revisions: AppRevision[];
}

/** The fake's live data (a deep copy of the seed, then mutated by requests). */
export interface PhalaCloudMockState extends PhalaCloudMockSeed {
  provisions: Record<string, MockProvision>;
  /** Counters for ids, nonces and the clock. */
  counters: { cvm: number; sshKey: number; nonce: number; tick: number; request: number; correlation: number };
}
