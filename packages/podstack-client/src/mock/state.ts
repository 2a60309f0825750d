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
}

/** The fake's current data (mutable: tests may change it between requests). */
export type PodstackMockState = PodstackMockSeed;
