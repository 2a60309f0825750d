/**
 * The fake's data. Pods and volumes are stored in full (including fields the fake does not send,
 * like a pod's `env`), with pod statuses in their capitalised form; the wire letter case is chosen
 * when a pod is sent (`statusCase` option).
 */

/** A pod in the fake. */
export interface PodstackMockPod {
  id: string;
  name: string;
  /** Capitalised: `Creating`, `Pending`, `Running`, `Stopped`, `Terminated`, `Failed`. */
  status: string;
  project_id: string;
  image: string;
  gpu_type: string | null;
  gpu_count: number;
  cpu: number;
  memory: number;
  disk: number;
  ports: number[];
  /** Kept for assertions; never sent back (it may hold secrets). */
  env: Record<string, string>;
  command: string | null;
  volumes: { volume_id: string; mount_path: string }[];
  labels: Record<string, string>;
  created_at: string;
  ssh_command: string | null;
  jupyter_url: string | null;
}

/** A volume in the fake. */
export interface PodstackMockVolume {
  id: string;
  name: string;
  project_id: string;
  quota_gb: number;
  used_gb: number;
  nfs_server: string;
  nfs_path: string;
  created_at: string;
}

/** A project in the fake. The token can reach these projects and no other. */
export interface PodstackMockProject {
  id: string;
  name: string;
  description?: string | null;
}

/** The user `auth.whoami` returns. */
export interface PodstackMockUser {
  email: string;
  account_id?: string;
  name?: string | null;
  token_expires_at?: string | null;
}

/** The fake's whole data; also the shape of its seed. */
export interface PodstackMockSeed {
  user: PodstackMockUser;
  /** The first project is where resources go when a request names none. */
  projects: PodstackMockProject[];
  pods: PodstackMockPod[];
  volumes: PodstackMockVolume[];
  /** Set `balance` to 0 to make `pods.create` answer 402. */
  wallet: { balance: number; currency: string };
  /**
   * Pods that end up `Failed` instead of `Running` after `Pending`: `true` for every pod, or the
   * names of the pods that fail. Default `false`.
   */
  failPods: boolean | string[];
}

/** The fake's current data (mutable: tests may change it between requests). */
export type PodstackMockState = PodstackMockSeed;
