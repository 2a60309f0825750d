import { enterStatus } from "./pod-lifecycle";
import { PODSTACK_MOCK_PROJECT_ID } from "./seed";
import type { PodstackMockPod, PodstackMockVm, PodstackMockVolume } from "./state";

/**
 * A pod for a seed, with plausible defaults for what is not given (a running A100 pod in the
 * default project). The SSH command and Jupyter URL follow the status unless given.
 *
 * @example
 * ```ts
 * createPodstackMock({ seed: { pods: [mockPod({ id: "pod-9", name: "gone", status: "Terminated" })] } });
 * ```
 */
export function mockPod(
  fields: Pick<PodstackMockPod, "id" | "name"> & Partial<PodstackMockPod>,
): PodstackMockPod {
  const pod: PodstackMockPod = {
    status: "Running",
    project_id: PODSTACK_MOCK_PROJECT_ID,
    image: "pytorch/pytorch:latest",
    gpu_type: "A100",
    gpu_count: 1,
    cpu: 4,
    memory: 16,
    disk: 50,
    ports: [],
    env: {},
    command: null,
    volumes: [],
    labels: {},
    created_at: "2024-01-16T09:00:00Z",
    ssh_command: null,
    jupyter_url: null,
    ...fields,
  };
  const { ssh_command, jupyter_url } = fields;
  enterStatus(pod, pod.status);
  if (ssh_command !== undefined) pod.ssh_command = ssh_command;
  if (jupyter_url !== undefined) pod.jupyter_url = jupyter_url;
  return pod;
}

/**
 * A volume for a seed: empty, 100 GB, in the default project, on `nfs.podstack.ai`, unless given.
 *
 * @example
 * ```ts
 * mockVolume({ id: "vol-7", name: "datasets", used_gb: 12 });
 * ```
 */
export function mockVolume(
  fields: Pick<PodstackMockVolume, "id" | "name"> & Partial<PodstackMockVolume>,
): PodstackMockVolume {
  return {
    project_id: PODSTACK_MOCK_PROJECT_ID,
    quota_gb: 100,
    used_gb: 0,
    nfs_server: "nfs.podstack.ai",
    nfs_path: `/exports/${fields.id}`,
    created_at: "2024-01-16T09:00:00Z",
    ...fields,
  };
}

/**
 * A VM for a seed: a running 4 vCPU / 16 GB / 100 GB Ubuntu 22.04 VM without a GPU or public IP,
 * in the default project, with no snapshots or firewall rules, unless given.
 *
 * @example
 * ```ts
 * createPodstackMock({ seed: { vms: [mockVm({ id: "vm-9", name: "stopped-vm", status: "stopped" })] } });
 * ```
 */
export function mockVm(
  fields: Pick<PodstackMockVm, "id" | "name"> & Partial<PodstackMockVm>,
): PodstackMockVm {
  return {
    status: "running",
    project_id: PODSTACK_MOCK_PROJECT_ID,
    os: "ubuntu-22.04",
    cpu: 4,
    memory: 16,
    disk: 100,
    gpu_type: null,
    gpu_count: 0,
    public_ip: null,
    private_ip: "10.0.0.200",
    user_data: null,
    labels: {},
    created_at: "2024-01-16T09:00:00Z",
    snapshots: [],
    firewall_rules: [],
    ...fields,
  };
}
