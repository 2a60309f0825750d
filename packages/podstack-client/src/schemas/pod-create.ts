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
  /** [doc] required, unique per project. */
  name: v.pipe(v.string(), v.nonEmpty("name must not be empty")),
  /** [doc] required; public or private registry image. */
  image: v.pipe(v.string(), v.nonEmpty("image must not be empty")),
  /** [doc] free string; the docs list A100, H100, H200, V100, L40S, T4. */
  gpu_type: v.optional(v.string()),
  /** [doc] CLI default 1; 0 = CPU-only (UI). */
  gpu_count: v.optional(
    v.pipe(
      v.number(),
      v.integer("gpu_count must be an integer"),
      v.minValue(0, "gpu_count must not be negative"),
    ),
  ),
  /** [doc] cores, CLI default 4; fractions allowed (UI). */
  cpu: v.optional(positive("cpu")),
  /** [doc] GB, CLI default 16. */
  memory: v.optional(positive("memory")),
  /** [doc] GB, CLI default 50. */
  disk: v.optional(positive("disk")),
  /** [doc] ports to expose. */
  ports: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535)))),
  /** [doc] environment variables. */
  env: v.optional(v.record(v.string(), v.string())),
  /** [doc] startup command, one string (e.g. `"jupyter lab --ip=0.0.0.0"`). */
  command: v.optional(v.string()),
  /** [doc] `[{ volume_id, mount_path }]`. */
  volumes: v.optional(v.array(PodVolumeMount)),
  /** [doc] */
  labels: v.optional(v.record(v.string(), v.string())),
  /** [doc] as a parameter; where it goes on the wire is in `PROJECT_CONTEXT` [assumed]. */
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Parameters of `pods.create`. */
export type PodCreateParams = v.InferInput<typeof PodCreateParams>;
