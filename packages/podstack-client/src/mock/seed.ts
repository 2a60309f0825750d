import type { PodstackMockSeed } from "./state";

/** The token the fake accepts unless `apiKey` is given. Opaque, like Podstack's own tokens. */
export const PODSTACK_MOCK_API_KEY = "psk_mock_0123456789abcdef";

/** The default project of the seed (the id is the one Podstack's CLI docs show). */
export const PODSTACK_MOCK_PROJECT_ID = "13056913-fe35-461c-ac9f-703fb1338ed2";

/**
 * The default seed, built from the docs' examples: the CLI's `project use` id, the CLI's
 * `pod list` table and JSON (`pod-123` my-pod running A100 x1, `training` stopped H100 x2), the
 * CLI's `volume get` output (`vol-123456`, 100 GB, 45.2 GB used) and `auth status` output
 * (`user@example.com`, `acc_123456`), and the storage page's `my-datasets` bucket with a
 * `datasets/data.csv` object. Values the docs do not show (the second project's id, the
 * balance, images, ports, log lines, the VM's addresses) are invented; the VM and the OS images
 * follow the SDK's VM page (`my-vm`, `ubuntu-22.04`, the "common images" list). A fresh copy on
 * every call.
 */
export function defaultSeed(): PodstackMockSeed {
  return {
    user: { email: "user@example.com", account_id: "acc_123456", token_expires_at: "2024-12-31" },
    projects: [
      { id: PODSTACK_MOCK_PROJECT_ID, name: "my-project", description: null },
      {
        id: "5c1e2a7b-3d4f-4e8a-9b6c-0d1e2f3a4b5c",
        name: "prod-env",
        description: "Production environment",
      },
    ],
    pods: [
      {
        id: "pod-123",
        name: "my-pod",
        status: "Running",
        project_id: PODSTACK_MOCK_PROJECT_ID,
        image: "pytorch/pytorch:2.0.0-cuda11.7-cudnn8-runtime",
        gpu_type: "A100",
        gpu_count: 1,
        cpu: 4,
        memory: 16,
        disk: 50,
        ports: [8888],
        env: {},
        command: "jupyter lab --ip=0.0.0.0 --allow-root",
        volumes: [{ volume_id: "vol-123456", mount_path: "/data" }],
        labels: { team: "ml" },
        created_at: "2024-01-15T10:00:00Z",
        ssh_command: "ssh root@pod-123.cloud.podstack.ai",
        jupyter_url: "https://pod-123-8888.cloud.podstack.ai",
      },
      {
        id: "pod-456",
        name: "training",
        status: "Stopped",
        project_id: PODSTACK_MOCK_PROJECT_ID,
        image: "pytorch/pytorch:latest",
        gpu_type: "H100",
        gpu_count: 2,
        cpu: 8,
        memory: 64,
        disk: 200,
        ports: [],
        env: {},
        command: null,
        volumes: [],
        labels: {},
        created_at: "2024-01-14T10:00:00Z",
        ssh_command: null,
        jupyter_url: null,
      },
    ],
    volumes: [
      {
        id: "vol-123456",
        name: "my-volume",
        project_id: PODSTACK_MOCK_PROJECT_ID,
        quota_gb: 100,
        used_gb: 45.2,
        nfs_server: "nfs.podstack.ai",
        nfs_path: "/exports/vol-123456",
        created_at: "2024-01-10T10:00:00Z",
      },
    ],
    buckets: [
      {
        id: "bkt-123456",
        name: "my-datasets",
        project_id: PODSTACK_MOCK_PROJECT_ID,
        visibility: "private",
        created_at: "2024-01-12T10:00:00Z",
        objects: {
          "datasets/data.csv": {
            body: new TextEncoder().encode("id,label\n1,cat\n2,dog\n"),
            etag: '"mock-etag-data-csv"',
            last_modified: "2024-01-12T11:00:00.000Z",
            content_type: "text/csv",
          },
        },
      },
    ],
    wallet: { balance: 125.5, currency: "USD" },
    failPods: false,
    logs: {
      "pod-123": [
        "[I 2024-01-15 10:00:05.000 ServerApp] Jupyter Server is running at:",
        "[I 2024-01-15 10:00:05.001 ServerApp] http://0.0.0.0:8888/lab",
        "[I 2024-01-15 10:01:12.417 ServerApp] Kernel started: 3f1c",
      ],
    },
    events: {
      "pod-123": [
        { timestamp: "2024-01-15T10:00:00Z", type: "Creating", message: "Pod pod-123 created" },
        { timestamp: "2024-01-15T10:00:04Z", type: "Running", message: "Pod pod-123 is running" },
      ],
    },
    vms: [
      {
        id: "vm-123",
        name: "my-vm",
        status: "running",
        project_id: PODSTACK_MOCK_PROJECT_ID,
        os: "ubuntu-22.04",
        cpu: 4,
        memory: 16,
        disk: 100,
        gpu_type: null,
        gpu_count: 0,
        public_ip: "203.0.113.10",
        private_ip: "10.0.0.10",
        user_data: null,
        labels: {},
        created_at: "2024-01-15T09:00:00Z",
        snapshots: [
          {
            id: "snap-1",
            name: "before-upgrade",
            description: "Snapshot before system upgrade",
            vm_id: "vm-123",
            size_gb: 100,
            status: "available",
            created_at: "2024-01-15T12:00:00Z",
            saved: { cpu: 4, memory: 16, disk: 100 },
          },
        ],
        firewall_rules: [{ id: "fw-1", protocol: "tcp", port: 22, source: "0.0.0.0/0" }],
      },
      {
        id: "vm-456",
        name: "gpu-vm",
        status: "stopped",
        project_id: PODSTACK_MOCK_PROJECT_ID,
        os: "ubuntu-22.04-cuda",
        cpu: 8,
        memory: 64,
        disk: 200,
        gpu_type: "A100",
        gpu_count: 1,
        public_ip: null,
        private_ip: "10.0.0.11",
        user_data: null,
        labels: { team: "ml" },
        created_at: "2024-01-14T09:00:00Z",
        snapshots: [],
        firewall_rules: [],
      },
    ],
    // The docs' "common images" list; families, versions and GPU support follow from the names.
    images: [
      { id: "ubuntu-22.04", name: "Ubuntu 22.04 LTS", os_family: "ubuntu", os_version: "22.04", gpu_support: true },
      { id: "ubuntu-20.04", name: "Ubuntu 20.04 LTS", os_family: "ubuntu", os_version: "20.04", gpu_support: true },
      { id: "debian-11", name: "Debian 11 Bullseye", os_family: "debian", os_version: "11", gpu_support: false },
      { id: "rocky-8", name: "Rocky Linux 8", os_family: "rocky", os_version: "8", gpu_support: false },
      {
        id: "ubuntu-22.04-cuda",
        name: "Ubuntu 22.04 with CUDA pre-installed",
        os_family: "ubuntu",
        os_version: "22.04",
        gpu_support: true,
      },
    ],
    tasks: [
      {
        id: "task-1",
        state: "completed",
        type: "exec",
        progress: 100,
        result: { exit_code: 0, output: "done\n", error: null },
        error: null,
        outcome: "completed",
        vm_id: null,
        created_at: "2024-01-15T11:00:00Z",
      },
    ],
    templates: [
      {
        id: "tmpl-1",
        name: "pytorch-a100-template",
        description: "PyTorch training environment with A100",
        pod_id: "pod-123",
        project_id: PODSTACK_MOCK_PROJECT_ID,
        image: "pytorch/pytorch:2.0.0-cuda11.7-cudnn8-runtime",
        gpu_type: "A100",
        gpu_count: 1,
        cpu: 4,
        memory: 16,
        disk: 50,
        ports: [8888],
        command: "jupyter lab --ip=0.0.0.0 --allow-root",
        created_at: "2024-01-15T11:30:00Z",
      },
    ],
  };
}
