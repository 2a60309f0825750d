import * as v from "valibot";

/** An instance type such as `tdx.small` (memory in MB, `hourly_rate` a decimal string in USD). */
export const InstanceType = v.looseObject({
  /** The instance type's id, e.g. `tdx.small`. */
  id: v.string(),
  /** The instance type's name. */
  name: v.string(),
  /** A description of the instance type. */
  description: v.string(),
  /** Number of virtual CPUs. */
  vcpu: v.number(),
  /** Memory, in MB. */
  memory_mb: v.number(),
  /** The price per hour in USD, as a decimal string. */
  hourly_rate: v.string(),
  /** Whether the instance type comes with GPUs. */
  requires_gpu: v.boolean(),
  /** How many GPUs it comes with, when given. */
  requires_gpu_count: v.optional(v.number()),
  /** The disk size it gets unless another is asked for, in GB. */
  default_disk_size_gb: v.optional(v.number()),
  /** The family it belongs to (e.g. `cpu`, `gpu`), or `null`. */
  family: v.nullable(v.string()),
});
/** See {@link InstanceType}. */
export type InstanceType = { [K in keyof v.InferOutput<typeof InstanceType>]: v.InferOutput<typeof InstanceType>[K] };

/** A family of instance types (e.g. `cpu`, `gpu`) with its items. */
export const InstanceTypeFamily = v.looseObject({
  /** The family's name, e.g. `cpu`. */
  name: v.string(),
  /** The family's instance types. */
  items: v.array(InstanceType),
  /** How many instance types the family has. */
  total: v.number(),
});
/** See {@link InstanceTypeFamily}. */
export type InstanceTypeFamily = {
  [K in keyof v.InferOutput<typeof InstanceTypeFamily>]: v.InferOutput<typeof InstanceTypeFamily>[K];
};

/** `GET /instance-types` (`listAllInstanceTypeFamilies`): every family, unpaginated. */
export const AllInstanceTypeFamilies = v.looseObject({
  /** Every family, with its instance types. */
  result: v.array(InstanceTypeFamily),
});
/** See {@link AllInstanceTypeFamilies}. */
export type AllInstanceTypeFamilies = {
  [K in keyof v.InferOutput<typeof AllInstanceTypeFamilies>]: v.InferOutput<typeof AllInstanceTypeFamilies>[K];
};

/** Parameters of `listFamilyInstanceTypes`: `GET /instance-types/{family}`. */
export const ListFamilyInstanceTypesRequest = v.strictObject({
  /** The family's name, e.g. `gpu`. */
  family: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link ListFamilyInstanceTypesRequest}. */
export type ListFamilyInstanceTypesRequest = {
  [K in keyof v.InferInput<typeof ListFamilyInstanceTypesRequest>]: v.InferInput<typeof ListFamilyInstanceTypesRequest>[K];
};

/** `GET /instance-types/{family}`. */
export const FamilyInstanceTypes = v.looseObject({
  /** The family's instance types. */
  items: v.array(InstanceType),
  /** How many instance types the family has. */
  total: v.number(),
  /** The family's name. */
  family: v.string(),
});
/** See {@link FamilyInstanceTypes}. */
export type FamilyInstanceTypes = {
  [K in keyof v.InferOutput<typeof FamilyInstanceTypes>]: v.InferOutput<typeof FamilyInstanceTypes>[K];
};
