/**
 * The fake's data. Pods and volumes are stored in full (including fields the fake does not send,
 * like a pod's `env`), with pod statuses in their capitalised form; the wire letter case is chosen
 * when a pod is sent (`statusCase` option).
 */

/** A pod in the fake. */
export interface PodstackMockPod {
  /** The pod's id; new pods get `pod-` followed by a number. */
  id: string;
  /**
   * The pod's name; `pods.create` refuses one that a pod of the same project, not terminated, has.
   */
  name: string;
  /** Capitalised: `Creating`, `Pending`, `Running`, `Stopped`, `Terminated`, `Failed`. */
  status: string;
  /** The project the pod belongs to; a request naming another project gets a 403. */
  project_id: string;
  /** The container image the pod runs. */
  image: string;
  /** The GPU model; `null` for a CPU-only pod. */
  gpu_type: string | null;
  /** How many GPUs the pod has; 0 for a CPU-only pod. */
  gpu_count: number;
  /** The pod's CPU cores. */
  cpu: number;
  /** The pod's memory, in GB. */
  memory: number;
  /** The pod's disk size, in GB. */
  disk: number;
  /**
   * The container ports the pod exposes; with 8888 among them, a running pod gets a `jupyter_url`.
   */
  ports: number[];
  /** Kept for assertions; never sent back (it may hold secrets). */
  env: Record<string, string>;
  /** The pod's startup command, or `null` for none. */
  command: string | null;
  /** The volumes mounted into the pod. */
  volumes: {
    /** The id of the mounted volume. */
    volume_id: string;
    /** The path the volume is mounted at inside the pod. */
    mount_path: string;
  }[];
  /** The pod's key/value labels. */
  labels: Record<string, string>;
  /** When the pod was created, as an ISO 8601 timestamp of the fake's clock. */
  created_at: string;
  /** The SSH command of a running pod (an invented host name); `null` in any other status. */
  ssh_command: string | null;
  /**
   * The Jupyter URL of a running pod that exposes port 8888 (an invented host name); otherwise
   * `null`.
   */
  jupyter_url: string | null;
}

/** A volume in the fake. */
export interface PodstackMockVolume {
  /** The volume's id; new volumes get `vol-` followed by a number. */
  id: string;
  /** The volume's name; `volumes.create` refuses one already used in the same project. */
  name: string;
  /** The project the volume belongs to; a request naming another project gets a 403. */
  project_id: string;
  /** The volume's size limit in GB; `volumes.resize` only accepts a larger one. */
  quota_gb: number;
  /** How much of the volume is used, in GB; deleting a volume with more than 0 needs `force`. */
  used_gb: number;
  /** The host of the NFS server, `nfs.podstack.ai` for new volumes. */
  nfs_server: string;
  /** The path the NFS server exports the volume at, `/exports/<id>` for new volumes. */
  nfs_path: string;
  /** When the volume was created, as an ISO 8601 timestamp of the fake's clock. */
  created_at: string;
}

/** One event of a pod's history in the fake. */
export interface PodstackMockEvent {
  /** When it happened, on the fake's clock. */
  timestamp: string;
  /** What kind of event: the status the pod entered (`Pending`, `Running`, …) or `Exec`. */
  type: string;
  /** What happened, in words. */
  message: string;
}

/** A VM snapshot in the fake. */
export interface PodstackMockSnapshot {
  /** The snapshot's id; new snapshots get `snap-` followed by a number. */
  id: string;
  /** The snapshot's name. */
  name: string;
  /** What it is for, or `null`. */
  description: string | null;
  /** The VM it belongs to. */
  vm_id: string;
  /** Its size in GB: the VM's disk when it was taken. */
  size_gb: number;
  /** `available` once taken. */
  status: string;
  /** When it was taken, on the fake's clock. */
  created_at: string;
  /** The VM's sizes when it was taken; a restore brings them back. */
  saved: {
    /** vCPUs. */
    cpu: number;
    /** Memory, GB. */
    memory: number;
    /** Disk, GB. */
    disk: number;
  };
}

/** A firewall rule in the fake. */
export interface PodstackMockFirewallRule {
  /** The rule's id; new rules get `fw-` followed by a number. */
  id: string;
  /** `tcp`, `udp`, … */
  protocol: string;
  /** The port it opens. */
  port: number;
  /** Where traffic may come from; `0.0.0.0/0` unless given. */
  source: string;
}

/** A VM in the fake. */
export interface PodstackMockVm {
  /** The VM's id; new VMs get `vm-` followed by a number. */
  id: string;
  /** The VM's name; `vms.create` refuses one already used in the same project. */
  name: string;
  /**
   * Lowercase: `creating`, `starting`, `running`, `stopping`, `stopped`, `restarting`,
   * `restoring`, `failed`. Reads take a VM on: `creating → starting → running`.
   */
  status: string;
  /** The project the VM belongs to. */
  project_id: string;
  /** The OS image id. */
  os: string;
  /** vCPUs. */
  cpu: number;
  /** Memory, GB. */
  memory: number;
  /** Disk, GB; `vms.resize` refuses a smaller one. */
  disk: number;
  /** The GPU model, or `null`. */
  gpu_type: string | null;
  /** How many GPUs. */
  gpu_count: number;
  /** The public IP (from 203.0.113.0/24, a documentation range), or `null`. */
  public_ip: string | null;
  /** The private IP. */
  private_ip: string;
  /** Kept for assertions; never sent back. */
  user_data: string | null;
  /** Key/value labels. */
  labels: Record<string, string>;
  /** When the VM was created, on the fake's clock. */
  created_at: string;
  /** The VM's snapshots. */
  snapshots: PodstackMockSnapshot[];
  /** The VM's firewall rules. */
  firewall_rules: PodstackMockFirewallRule[];
}

/** An OS image in the fake. */
export interface PodstackMockImage {
  /** The image id, e.g. `ubuntu-22.04`. */
  id: string;
  /** Its display name. */
  name: string;
  /** e.g. `ubuntu`. */
  os_family: string;
  /** e.g. `22.04`. */
  os_version: string;
  /** Whether GPUs work with it. */
  gpu_support: boolean;
}

/** A task in the fake: each read takes it one step, `pending → running → completed` (or `failed`). */
export interface PodstackMockTask {
  /** The task's id; new tasks get `task-` followed by a number. */
  id: string;
  /** `pending`, `running`, `completed` or `failed`. */
  state: string;
  /** `exec` or `restore_snapshot`. */
  type: string;
  /** 0, 50, then 100. */
  progress: number;
  /** What the operation produced, once completed (an exec result, or the restored VM's id). */
  result: unknown;
  /** Why it failed, once failed. */
  error: string | null;
  /** What the task ends in: `completed` or `failed`. */
  outcome: "completed" | "failed";
  /** The VM a restore works on (it leaves `restoring` when the task ends). */
  vm_id: string | null;
  /** When the task was created, on the fake's clock. */
  created_at: string;
}

/** A pod template in the fake. */
export interface PodstackMockTemplate {
  /** The template's id; new templates get `tmpl-` followed by a number. */
  id: string;
  /** Its name. */
  name: string;
  /** Its description, or `null`. */
  description: string | null;
  /** The pod it was saved from. */
  pod_id: string;
  /** The project it belongs to. */
  project_id: string;
  /** The configuration a pod created from it gets. */
  image: string;
  /** The GPU model. */
  gpu_type: string | null;
  /** How many GPUs. */
  gpu_count: number;
  /** CPU cores. */
  cpu: number;
  /** Memory, GB. */
  memory: number;
  /** Disk, GB. */
  disk: number;
  /** Ports. */
  ports: number[];
  /** Startup command. */
  command: string | null;
  /** When it was saved, on the fake's clock. */
  created_at: string;
}

/** A project in the fake. The token can reach these projects and no other. */
export interface PodstackMockProject {
  /** The project's id, as requests name it in `project_id`. */
  id: string;
  /** The project's name. */
  name: string;
  /** The project's description, if it has one. */
  description?: string | null;
}

/** The user `auth.whoami` returns. */
export interface PodstackMockUser {
  /** The user's email address. */
  email: string;
  /** The id of the user's account, e.g. `acc_123456`. */
  account_id?: string;
  /** The user's name. */
  name?: string | null;
  /** When the token expires, e.g. `2024-12-31`. */
  token_expires_at?: string | null;
}

/** An object stored in a fake bucket. */
export interface PodstackMockObject {
  /** The object's bytes. */
  body: Uint8Array;
  /** The object's ETag, quoted as S3 sends it. */
  etag: string;
  /** When the object was written, as an ISO 8601 timestamp (the real clock, for `sync`). */
  last_modified: string;
  /** The `Content-Type` it was stored with. */
  content_type: string;
}

/** A bucket in the fake, with its objects (served by the fake S3 endpoint). */
export interface PodstackMockBucket {
  /** The bucket's id; new buckets get `bkt-` followed by a number. */
  id: string;
  /** The bucket's name, which is its S3 bucket name; `buckets.create` refuses a taken one. */
  name: string;
  /** The project the bucket belongs to; a request naming another project gets a 403. */
  project_id: string;
  /** `private` or `public`. */
  visibility: string;
  /** When the bucket was created, as an ISO 8601 timestamp of the fake's clock. */
  created_at: string;
  /** The bucket's objects by key. */
  objects: Record<string, PodstackMockObject>;
}

/** The fake's whole data; also the shape of its seed. */
export interface PodstackMockSeed {
  /** The user `auth.whoami` returns. */
  user: PodstackMockUser;
  /** The first project is where resources go when a request names none. */
  projects: PodstackMockProject[];
  /** The pods, in the order `pods.list` returns them. */
  pods: PodstackMockPod[];
  /** The volumes, in the order `volumes.list` returns them. */
  volumes: PodstackMockVolume[];
  /** The buckets, in the order `buckets.list` returns them. */
  buckets: PodstackMockBucket[];
  /** What `wallet.balance` returns. Set `balance` to 0 to make `pods.create` answer 402. */
  wallet: {
    /** The balance; `pods.create` answers 402 when it is below 1 per GPU requested (at least 1). */
    balance: number;
    /** The balance's currency, e.g. `USD`. */
    currency: string;
  };
  /**
   * Pods that end up `Failed` instead of `Running` after `Pending`: `true` for every pod, or the
   * names of the pods that fail. Default `false`.
   */
  failPods: boolean | string[];
  /** Each pod's log lines, by pod id; a running pod logs one more line each time its logs are read. */
  logs: Record<string, string[]>;
  /** Each pod's events, by pod id; status changes add to them. */
  events: Record<string, PodstackMockEvent[]>;
  /** The VMs, in the order `vms.list` returns them. */
  vms: PodstackMockVm[];
  /** The OS images `vms.images` returns. */
  images: PodstackMockImage[];
  /** The tasks of `pods.execAsync` and `vms.restoreSnapshot`. */
  tasks: PodstackMockTask[];
  /** The pod templates of `pods.saveTemplate`. */
  templates: PodstackMockTemplate[];
}

/** The fake's current data (mutable: tests may change it between requests). */
export type PodstackMockState = PodstackMockSeed;
