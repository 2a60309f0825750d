import * as v from "valibot";
import { PodVolumeMount } from "./volume-mount";

const positive = (field: string) =>
  v.pipe(v.number(), v.finite(), v.gtValue(0, `${field} must be greater than 0`));

/**
 * The body of `pods.create`. Every parameter name is [doc] (the SDK's `pods.create(...)` and the
 * CLI's flags); that the JSON body uses the same names is [assumed]. Strict: an unknown key is a
 * typo to report before sending, not a field to drop silently (use `client.request` for fields
 * this schema does not know).
 *
 * @example
 * ```ts
 * const body = v.parse(PodCreateParams, {
 *   name: "my-pod",
 *   image: "pytorch/pytorch:2.0.0-cuda11.7-cudnn8-runtime",
 *   gpu_type: "A100",
 *   gpu_count: 1,
 * });
 * ```
 */
export const PodCreateParams = v.strictObject({
  /** The pod's name; required, and unique within the project [doc]. */
  name: v.pipe(v.string(), v.nonEmpty("name must not be empty")),
  /** The container image to run, from a public or private registry; required [doc]. */
  image: v.pipe(v.string(), v.nonEmpty("image must not be empty")),
  /** The GPU model, a free string; the docs list A100, H100, H200, V100, L40S and T4 [doc]. */
  gpu_type: v.optional(v.string()),
  /**
   * How many GPUs to attach, a whole number; the CLI's default is 1, and 0 means CPU-only (UI)
   * [doc].
   */
  gpu_count: v.optional(
    v.pipe(
      v.number(),
      v.integer("gpu_count must be an integer"),
      v.minValue(0, "gpu_count must not be negative"),
    ),
  ),
  /** CPU cores, greater than 0; the CLI's default is 4, and the UI allows fractions [doc]. */
  cpu: v.optional(positive("cpu")),
  /** Memory in GB, greater than 0; the CLI's default is 16 [doc]. */
  memory: v.optional(positive("memory")),
  /** Disk size in GB, greater than 0; the CLI's default is 50 [doc]. */
  disk: v.optional(positive("disk")),
  /** Container ports to expose, each 1-65535 [doc]. */
  ports: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535)))),
  /** Environment variables to set in the container, name to value [doc]. */
  env: v.optional(v.record(v.string(), v.string())),
  /** The startup command, as one string (e.g. `"jupyter lab --ip=0.0.0.0"`) [doc]. */
  command: v.optional(v.string()),
  /** Volumes to mount into the pod, each `{ volume_id, mount_path }` [doc]. */
  volumes: v.optional(v.array(PodVolumeMount)),
  /** Key/value labels to set on the pod [doc]. */
  labels: v.optional(v.record(v.string(), v.string())),
  /**
   * The project to create the pod in, instead of the client's [doc]; where it goes on the wire is in
   * `PROJECT_CONTEXT` [assumed].
   */
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Parameters of `pods.create`; see {@link PodCreateParams}. */
export type PodCreateParams = {
  [K in keyof v.InferInput<typeof PodCreateParams>]: v.InferInput<typeof PodCreateParams>[K];
};
