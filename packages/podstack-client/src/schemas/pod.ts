import * as v from "valibot";
import { PodStatus } from "./pod-status";
import { PodVolumeMountInfo } from "./volume-mount";

/**
 * A pod (GPU container), as `pods.get`, `pods.list` and `pods.create` return it.
 *
 * Field names [doc]: `id`, `name`, `status`, `gpu_type`, `gpu_count`, `cpu`, `memory`,
 * `created_at`, `ssh_command`, `jupyter_url` (the SDK's pods page), and the CLI's `-o json`
 * sample `{"id","name","status","gpu_type","gpu_count"}`. Because that sample carries only the
 * first five, only `id`, `name` and `status` are required; the rest are optional. Types and
 * nullability are assumed (e.g. `ssh_command` is null until a pod runs). The remaining fields echo
 * the create parameters and are all [assumed].
 *
 * @example
 * ```ts
 * const pod = v.parse(Pod, await response.json());
 * if (pod.status === "Running") console.log(pod.ssh_command);
 * ```
 */
export const Pod = v.looseObject({
  /** The pod's id, e.g. `pod-123` [doc]. */
  id: v.string(),
  /** The pod's name, unique within its project [doc]. */
  name: v.string(),
  /** Where the pod is in its lifecycle [doc]; see {@link PodStatus} for how letter case is handled. */
  status: PodStatus,
  /**
   * The GPU model, a free string (`A100`, `H100`, `L40S`, `A100-80G`, …) [doc]; null for CPU-only
   * pods [assumed].
   */
  gpu_type: v.nullish(v.string()),
  /** How many GPUs the pod has; 0 means a CPU-only pod (UI) [doc]. */
  gpu_count: v.optional(v.number()),
  /** The pod's CPU cores; the UI allows fractions [doc]. */
  cpu: v.optional(v.number()),
  /** The pod's memory, in GB [doc]. */
  memory: v.optional(v.number()),
  /** When the pod was created [doc], as an ISO 8601 timestamp [assumed]. */
  created_at: v.optional(v.string()),
  /** The command that opens an SSH session to the pod [doc]; null until the pod runs [assumed]. */
  ssh_command: v.nullish(v.string()),
  /** The URL of the pod's Jupyter server [doc]; null when no Jupyter port is exposed [assumed]. */
  jupyter_url: v.nullish(v.string()),
  /** The id of the project the pod belongs to, echoing the create parameter [assumed]. */
  project_id: v.nullish(v.string()),
  /** The container image the pod runs, echoing the create parameter [assumed]. */
  image: v.optional(v.string()),
  /** The pod's disk size in GB, echoing the create parameter [assumed]. */
  disk: v.optional(v.number()),
  /** The container ports the pod exposes, echoing the create parameter [assumed]. */
  ports: v.optional(v.array(v.number())),
  /** The pod's startup command, echoing the create parameter [assumed]. */
  command: v.nullish(v.string()),
  /** The volumes mounted into the pod, echoing the create parameter [assumed]. */
  volumes: v.optional(v.array(PodVolumeMountInfo)),
  /** The pod's key/value labels, echoing the create parameter [assumed]. */
  labels: v.optional(v.record(v.string(), v.string())),
});

/** A pod; see {@link Pod}. */
export type Pod = { [K in keyof v.InferOutput<typeof Pod>]: v.InferOutput<typeof Pod>[K] };

/**
 * The response of `pods.list`: a bare JSON array, as in the CLI's `pod list --output json`
 * sample. [assumed for the REST response; the path itself is documented]
 */
export const PodList = v.array(Pod);

/** A list of pods; see {@link PodList}. */
export type PodList = Pod[];
