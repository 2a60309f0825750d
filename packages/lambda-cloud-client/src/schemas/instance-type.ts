import * as v from "valibot";
import { dataEnvelope } from "./envelope.js";
import { Integer } from "./primitives.js";
import { Region } from "./region.js";

/** Hardware of an instance type; all integers. */
export const InstanceTypeSpecs = v.looseObject({
  /** Number of virtual CPUs. */
  vcpus: Integer,
  /** RAM in GiB. */
  memory_gib: Integer,
  /** Local storage in GiB. */
  storage_gib: Integer,
  /** Number of GPUs. */
  gpus: Integer,
});
/** See {@link InstanceTypeSpecs}. */
export type InstanceTypeSpecs = {
  [K in keyof v.InferOutput<typeof InstanceTypeSpecs>]: v.InferOutput<typeof InstanceTypeSpecs>[K];
};

/**
 * An instance type, as listed by `GET /instance-types` and embedded in every instance.
 *
 * @example
 * ```json
 * { "name": "gpu_8x_h100_sxm5gdr", "description": "8x H100 (80 GB SXM5)",
 *   "gpu_description": "H100 (80 GB SXM5)", "price_cents_per_hour": 3592,
 *   "specs": { "vcpus": 208, "memory_gib": 1800, "storage_gib": 24780, "gpus": 8 } }
 * ```
 */
export const InstanceType = v.looseObject({
  /** The name to launch it by, e.g. `gpu_1x_a10`. */
  name: v.string(),
  /** A human description, e.g. `8x H100 (80 GB SXM5)`. */
  description: v.string(),
  /** The GPU model, e.g. `H100 (80 GB SXM5)`. */
  gpu_description: v.string(),
  /** US cents per hour, an integer (not a string, whatever older clients typed). */
  price_cents_per_hour: Integer,
  /** The hardware. */
  specs: InstanceTypeSpecs,
});
/** See {@link InstanceType}. */
export type InstanceType = {
  [K in keyof v.InferOutput<typeof InstanceType>]: v.InferOutput<typeof InstanceType>[K];
};

/**
 * One entry of the instance-types map. `regions_with_capacity_available` is a hint, not a
 * reservation: a launch can still fail with `insufficient-capacity`.
 */
export const InstanceTypesItem = v.looseObject({
  /** The instance type itself. */
  instance_type: InstanceType,
  /** The regions that had capacity for it when the list was made. */
  regions_with_capacity_available: v.array(Region),
});
/** See {@link InstanceTypesItem}. */
export type InstanceTypesItem = {
  [K in keyof v.InferOutput<typeof InstanceTypesItem>]: v.InferOutput<typeof InstanceTypesItem>[K];
};

/**
 * The `data` of `GET /instance-types`: an object keyed by instance-type name, not an array.
 *
 * @example
 * ```ts
 * const a10 = types["gpu_1x_a10"];
 * const regions = a10?.regions_with_capacity_available.map((r) => r.name) ?? [];
 * ```
 */
export const InstanceTypes = v.record(v.string(), InstanceTypesItem);
/** See {@link InstanceTypes}. */
export type InstanceTypes = {
  [K in keyof v.InferOutput<typeof InstanceTypes>]: v.InferOutput<typeof InstanceTypes>[K];
};

/** `GET /instance-types`: `{"data": InstanceTypes}`. */
export const ListInstanceTypesResponseBody = dataEnvelope(InstanceTypes);
/** See {@link ListInstanceTypesResponseBody}. */
export type ListInstanceTypesResponseBody = {
  [K in keyof v.InferOutput<typeof ListInstanceTypesResponseBody>]: v.InferOutput<typeof ListInstanceTypesResponseBody>[K];
};
