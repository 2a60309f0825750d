import * as v from "valibot";
import { dataEnvelope, EmptyResponseBody } from "./envelope.js";
import { DateTimeString } from "./primitives.js";
import { Region } from "./region.js";

/** A fabric partition (new in 1.10.0). There is no list endpoint for them. */
export const FabricPartition = v.looseObject({
  /** The partition's unique id, used in `/fabric/{id}`. */
  id: v.string(),
  /** When the partition was created. */
  created: DateTimeString,
  /** The partition's human-readable name. */
  name: v.string(),
  /** The workspace the partition belongs to. */
  workspace_id: v.string(),
  /** The region the partition is in. */
  region: Region,
});
/** See {@link FabricPartition}. */
export type FabricPartition = {
  [K in keyof v.InferOutput<typeof FabricPartition>]: v.InferOutput<typeof FabricPartition>[K];
};

const PartitionName = v.pipe(v.string(), v.minLength(1), v.maxLength(32), v.regex(/^[a-z0-9][a-z0-9-]{0,31}$/));

/**
 * Body of `POST /fabric`.
 *
 * @example
 * ```ts
 * const body: CreateFabricPartitionRequest = { name: "training-one", region: "us-east-1" };
 * ```
 */
export const CreateFabricPartitionRequest = v.strictObject({
  /** Human-readable name: 1 to 32 lowercase letters, digits and hyphens, starting with a letter or digit. */
  name: PartitionName,
  /** The region to create the partition in, e.g. `us-east-1`. */
  region: v.pipe(v.string(), v.minLength(1)),
  /** The workspace to create it in; omitted: the default workspace. */
  workspace_id: v.optional(v.string()),
});
/** See {@link CreateFabricPartitionRequest}. */
export type CreateFabricPartitionRequest = {
  [K in keyof v.InferOutput<typeof CreateFabricPartitionRequest>]: v.InferOutput<typeof CreateFabricPartitionRequest>[K];
};

/** Body of `POST /fabric/{id}` (rename; POST, not PATCH). */
export const UpdateFabricPartitionRequest = v.strictObject({
  /** The new name, with the same rules as at creation. */
  name: PartitionName,
});
/** See {@link UpdateFabricPartitionRequest}. */
export type UpdateFabricPartitionRequest = {
  [K in keyof v.InferOutput<typeof UpdateFabricPartitionRequest>]: v.InferOutput<typeof UpdateFabricPartitionRequest>[K];
};

/** `POST /fabric` and `POST /fabric/{id}`: `{"data": FabricPartition}`. */
export const FabricPartitionResponseBody = dataEnvelope(FabricPartition);
/** See {@link FabricPartitionResponseBody}. */
export type FabricPartitionResponseBody = {
  [K in keyof v.InferOutput<typeof FabricPartitionResponseBody>]: v.InferOutput<typeof FabricPartitionResponseBody>[K];
};

/** `DELETE /fabric/{id}`: `{"data": {}}` (400 while instances are assigned to the partition). */
export const DeleteFabricPartitionResponseBody = EmptyResponseBody;
/** See {@link DeleteFabricPartitionResponseBody}. */
export type DeleteFabricPartitionResponseBody = {
  [K in keyof v.InferOutput<typeof DeleteFabricPartitionResponseBody>]: v.InferOutput<typeof DeleteFabricPartitionResponseBody>[K];
};
