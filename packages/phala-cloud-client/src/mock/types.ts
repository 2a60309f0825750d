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
  /** The user's name. */
  username: string;
  /** The user's email address. */
  email: string;
  /** The user's platform role (`admin` or `user`). */
  role: string;
  /** The user's avatar. */
  avatar: string;
  /** Whether the email address counts as verified. */
  email_verified: boolean;
  /** Whether two-factor authentication with a TOTP app is on. */
  totp_enabled: boolean;
  /** Whether the user has two-factor backup codes. */
  has_backup_codes: boolean;
  /** Whether the account has a password set. */
  flag_has_password: boolean;
  /** Decimal strings, as the 2026-01-21 shape sends them. */
  credits: {
    /** The credit balance. */
    balance: string;
    /** The balance of granted credits. */
    granted_balance: string;
    /** Whether the account is billed after use. */
    is_post_paid: boolean;
    /** The amount owed, or `null`. */
    outstanding_amount: string | null;
  };
}

/** The app compose a fake CVM runs (the visibility flags live on the CVM). */
export interface MockCompose {
  /** The app's name in the compose; the CVM's name unless the provision gave another. */
  name: string;
  /** The docker compose file (YAML). */
  docker_compose_file: string;
  /** The pre-launch script, when one was given. */
  pre_launch_script?: string;
  /** The names of the environment variables the app accepts. */
  allowed_envs: string[];
  /** Whether the app gets its keys from a KMS. */
  kms_enabled: boolean;
  /** Whether the gateway routes traffic to the app. */
  gateway_enabled: boolean;
  /** The data disk's filesystem, when one was asked for. */
  storage_fs?: string;
}

/** A CVM as the fake stores it; handlers render it in each API version's shape. */
export interface MockCvm {
  /** Numeric table id (2025-10-28 shapes and the VM record). */
  id: number;
  /** Hashed id (`cvm_…`, 2026-01-21 shapes). */
  hashed_id: string;
  /** The CVM's name; the fake refuses a second CVM with the same name. */
  name: string;
  /** 40 hex characters, no prefix. */
  app_id: string;
  /** With dashes. */
  vm_uuid: string;
  /** The instance id, or `null`. */
  instance_id: string | null;
  /** The current status (`creating`, `running`, `stopped` …). */
  status: string;
  /** Statuses still to go through; one is taken per read of the CVM. */
  pending: string[];
  /** The transition under way, or `null` once `pending` is empty. */
  progress: {
    /** The status the transition ends in. */
    target: string;
    /** When the transition started, on the fake's clock. */
    started_at: string;
    /** The transition's correlation id (`corr_…`). */
    correlation_id: string;
  } | null;
  /** The instance type, e.g. `tdx.small`. */
  instance_type: string;
  /** Number of vCPUs. */
  vcpu: number;
  /** MB. */
  memory: number;
  /** GB. */
  disk_size: number;
  /** Number of GPUs. */
  gpus: number;
  /** A `teepod_id` of the seed's nodes. */
  node_id: number;
  /** An `id` of the seed's KMS list. */
  kms_id: string;
  /** The address of the deployed app contract, for an on-chain KMS; otherwise `null`. */
  contract_address: string | null;
  /** The address that deployed the app contract, for an on-chain KMS; otherwise `null`. */
  deployer_address: string | null;
  /** The name of the OS image the CVM boots. */
  image: string;
  /** The app compose the CVM runs. */
  compose: MockCompose;
  /** The hash of `compose`; it changes with any change to the compose. */
  compose_hash: string;
  /** The last encrypted env received (hex), or `null`. */
  encrypted_env: string | null;
  /** The CVM's `listed` flag. */
  listed: boolean;
  /** Whether the CVM's logs are public. */
  public_logs: boolean;
  /** Whether the CVM's system information is public. */
  public_sysinfo: boolean;
  /** Whether the CVM's TCB info is public. */
  public_tcbinfo: boolean;
  /** The public key the CVM's env is encrypted to. */
  encrypted_env_pubkey: string;
  /** When the CVM was created, on the fake's clock. */
  created_at: string;
  /** When the CVM last changed, on the fake's clock. */
  updated_at: string;
  /** `id` of the workspace it belongs to. */
  workspace_id: string;
}

/** A provision waiting for its commit, keyed by compose hash. */
export interface MockProvision {
  /** The compose hash the provision answered; `POST /cvms` must send it back. */
  compose_hash: string;
  /** The app id the provision answered; `null` for an on-chain KMS. */
  app_id: string | null;
  /** The name the CVM will have. */
  name: string;
  /** The `teepod_id` of the node chosen. */
  node_id: number;
  /** The `id` of the KMS chosen. */
  kms_id: string;
  /** The instance type chosen. */
  instance_type: string;
  /** Number of vCPUs. */
  vcpu: number;
  /** Memory, in MB. */
  memory: number;
  /** Disk size, in GB. */
  disk_size: number;
  /** The name of the OS image the CVM will boot. */
  image: string;
  /** The app compose the CVM will run. */
  compose: MockCompose;
  /** The `listed` flag asked for. */
  listed: boolean;
  /** Whether the CVM's logs will be public. */
  public_logs: boolean;
  /** Whether the CVM's system information will be public. */
  public_sysinfo: boolean;
  /** Whether the CVM's TCB info will be public. */
  public_tcbinfo: boolean;
  /** The public key the provision answered, to encrypt the env to. */
  app_env_encrypt_pubkey: string;
}

/**
 * An update waiting for its second phase, keyed by its compose hash: a `PATCH /cvms/{id}` held for
 * the on-chain step (confirmed with the hash headers, or committed with its token), or a
 * `POST /cvms/{id}/compose_file/provision` waiting for `PATCH /cvms/{id}/compose_file`.
 */
export interface MockPendingUpdate {
  /** The numeric id of the CVM it changes. */
  cvm_id: number;
  /** The compose the CVM will run once it is applied. */
  compose: MockCompose;
  /** The other fields of the patch (visibility, resources, image, env …), applied with it. */
  changes: Record<string, unknown>;
  /** The one-time commit token of a prepare-only patch, or `null`. */
  commit_token: string | null;
}

/** What the fake starts from; any part can be replaced through `seed`. */
export interface PhalaCloudMockSeed {
  /** The account behind the key. */
  user: MockUser;
  /** The workspaces `GET /workspaces` lists. */
  workspaces: Workspace[];
  /** Slug of the workspace the key belongs to. */
  currentWorkspace: string;
  /** The nodes `GET /teepods/available` lists; a provision runs on one of them. */
  nodes: TeepodCapacity[];
  /** The KMS list of `GET /kms`; a provision uses one of them. */
  kms: KmsInfo[];
  /** The instance types `GET /instance-types` lists. */
  instanceTypes: InstanceType[];
  /** The OS images `GET /os-images` lists. */
  osImages: OsImage[];
  /** The CVMs that exist at the start. */
  cvms: MockCvm[];
  /** The SSH keys that exist at the start. */
  sshKeys: SshKey[];
  /** The app revisions that exist at the start; deploys and updates add more. */
  revisions: AppRevision[];
}

/** The fake's live data (a deep copy of the seed, then mutated by requests). */
export interface PhalaCloudMockState extends PhalaCloudMockSeed {
  /** Provisions waiting for their commit, by compose hash; a commit removes its entry. */
  provisions: Record<string, MockProvision>;
  /** Updates waiting for their second phase, by compose hash; applying one removes its entry. */
  pendingUpdates: Record<string, MockPendingUpdate>;
  /** Counters for ids, nonces and the clock. */
  counters: {
    /** The last numeric CVM id given out. */
    cvm: number;
    /** The last SSH key number given out. */
    sshKey: number;
    /** The next Phala KMS nonce. */
    nonce: number;
    /** The fake's clock, in minutes from its origin. */
    tick: number;
    /** The last request id number given out. */
    request: number;
    /** The last correlation id number given out. */
    correlation: number;
  };
}
