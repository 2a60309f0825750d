import * as v from "valibot";
import { dataEnvelope, EmptyResponseBody } from "./envelope.js";
import { DateTimeString } from "./primitives.js";
import { Region } from "./region.js";

/** A fabric partition (new in 1.10.0). There is no list endpoint for them. */
export const FabricPartition = v.looseObject({
  id: v.string(),
  created: DateTimeString,
  name: v.string(),
  workspace_id: v.string(),
  region: Region,
});
/** See {@link FabricPartition}. */
export type FabricPartition = v.InferOutput<typeof FabricPartition>;

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
  name: PartitionName,
  region: v.pipe(v.string(), v.minLength(1)),
  workspace_id: v.optional(v.string()),
});
/** See {@link CreateFabricPartitionRequest}. */
export type CreateFabricPartitionRequest = v.InferOutput<typeof CreateFabricPartitionRequest>;

/** Body of `POST /fabric/{id}` (rename; POST, not PATCH). */
export const UpdateFabricPartitionRequest = v.strictObject({ name: PartitionName });
/** See {@link UpdateFabricPartitionRequest}. */
export type UpdateFabricPartitionRequest = v.InferOutput<typeof UpdateFabricPartitionRequest>;

/** `POST /fabric` and `POST /fabric/{id}`: `{"data": FabricPartition}`. */
export const FabricPartitionResponseBody = dataEnvelope(FabricPartition);
/** See {@link FabricPartitionResponseBody}. */
export type FabricPartitionResponseBody = v.InferOutput<typeof FabricPartitionResponseBody>;

/** `DELETE /fabric/{id}`: `{"data": {}}` (400 while instances are assigned to the partition). */
export const DeleteFabricPartitionResponseBody = EmptyResponseBody;
/** See {@link DeleteFabricPartitionResponseBody}. */
export type DeleteFabricPartitionResponseBody = v.InferOutput<typeof DeleteFabricPartitionResponseBody>;
