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
  /** [doc] e.g. `pod-123`. */
  id: v.string(),
  /** [doc] unique per project. */
  name: v.string(),
  /** [doc] see {@link PodStatus} for how letter case is handled. */
  status: PodStatus,
  /** [doc] free string (`A100`, `H100`, `L40S`, `A100-80G`, …); null for CPU-only pods [assumed]. */
  gpu_type: v.nullish(v.string()),
  /** [doc] 0 means CPU-only (UI). */
  gpu_count: v.optional(v.number()),
  /** [doc] cores; the UI allows fractions. */
  cpu: v.optional(v.number()),
  /** [doc] GB. */
  memory: v.optional(v.number()),
  /** [doc] timestamp; ISO 8601 [assumed]. */
  created_at: v.optional(v.string()),
  /** [doc] null until the pod runs [assumed]. */
  ssh_command: v.nullish(v.string()),
  /** [doc] null when no Jupyter port is exposed [assumed]. */
  jupyter_url: v.nullish(v.string()),
  /** [assumed] echo of the create parameter. */
  project_id: v.nullish(v.string()),
  /** [assumed] */
  image: v.optional(v.string()),
  /** [assumed] GB. */
  disk: v.optional(v.number()),
  /** [assumed] */
  ports: v.optional(v.array(v.number())),
  /** [assumed] */
  command: v.nullish(v.string()),
  /** [assumed] */
  volumes: v.optional(v.array(PodVolumeMountInfo)),
  /** [assumed] */
  labels: v.optional(v.record(v.string(), v.string())),
});

/** A pod. */
export type Pod = v.InferOutput<typeof Pod>;

/**
 * The response of `pods.list`: a bare JSON array, as in the CLI's `pod list --output json`
 * sample. [assumed for the REST response; the path itself is documented]
 */
export const PodList = v.array(Pod);

/** A list of pods. */
export type PodList = v.InferOutput<typeof PodList>;
