import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";

/** Parameters of `replicateCvm` (besides the CVM's identifier): `POST /cvms/{id}/replicas`. */
export const ReplicateCvmRequest = v.object({
  /** The node to place the replica on (a `teepod_id`); the server chooses when left out. */
  node_id: v.optional(v.number()),
});
/** See {@link ReplicateCvmRequest}. */
export type ReplicateCvmRequest = { [K in keyof v.InferInput<typeof ReplicateCvmRequest>]: v.InferInput<typeof ReplicateCvmRequest>[K] };

/** Parameters of `refreshCvmInstanceId` (besides the CVM's identifier). */
export const RefreshCvmInstanceIdRequest = v.object({
  /** Replace an instance id that is already recorded. */
  overwrite: v.optional(v.boolean()),
  /** Report what would change without changing it. */
  dry_run: v.optional(v.boolean()),
});
/** See {@link RefreshCvmInstanceIdRequest}. */
export type RefreshCvmInstanceIdRequest = {
  [K in keyof v.InferInput<typeof RefreshCvmInstanceIdRequest>]: v.InferInput<typeof RefreshCvmInstanceIdRequest>[K];
};

/** What a refresh did to one CVM's instance id. */
export const InstanceIdRefreshStatus = openEnum(["updated", "unchanged", "skipped", "conflict", "error"] as const);
/** See {@link InstanceIdRefreshStatus}. */
export type InstanceIdRefreshStatus = v.InferOutput<typeof InstanceIdRefreshStatus>;

/** Where a refreshed instance id was read. */
export const InstanceIdSource = openEnum(["teepod_state", "teepod_info", "gateway", "none"] as const);
/** See {@link InstanceIdSource}. */
export type InstanceIdSource = v.InferOutput<typeof InstanceIdSource>;

/** `PATCH /cvms/{id}/instance-id`: the refresh of one CVM's instance id. */
export const InstanceIdRefreshResult = v.looseObject({
  /** The CVM's id: a number in @phala/cloud 0.2.9's schema, a hashed `cvm_…` string in its later tests. */
  cvm_id: v.union([v.number(), v.string()]),
  /** How the CVM was named in the request. */
  identifier: v.string(),
  /** What happened: `updated`, `unchanged`, `skipped`, `conflict` or `error`. */
  status: InstanceIdRefreshStatus,
  /** The instance id before, when there was one. */
  old_instance_id: v.nullish(v.string()),
  /** The instance id after, when there is one. */
  new_instance_id: v.nullish(v.string()),
  /** Where the instance id was read: `teepod_state`, `teepod_info`, `gateway` or `none`. */
  source: InstanceIdSource,
  /** Whether the gateway confirmed it. */
  verified_with_gateway: v.boolean(),
  /** Why it was skipped or failed, when it was. */
  reason: v.nullish(v.string()),
});
/** See {@link InstanceIdRefreshResult}. */
export type InstanceIdRefreshResult = {
  [K in keyof v.InferOutput<typeof InstanceIdRefreshResult>]: v.InferOutput<typeof InstanceIdRefreshResult>[K];
};

/** Body of `refreshCvmInstanceIds`: `PATCH /cvms/instance-ids`. */
export const RefreshCvmInstanceIdsRequest = v.strictObject({
  /** The CVMs to refresh; every CVM of the workspace when left out. */
  cvm_ids: v.optional(v.array(v.string())),
  /** Only running CVMs. */
  running_only: v.optional(v.boolean()),
  /** Only CVMs with no instance id recorded. */
  missing_only: v.optional(v.boolean()),
  /** Replace instance ids that are already recorded. */
  overwrite: v.optional(v.boolean()),
  /** At most this many CVMs, 1 to 500. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
  /** Report what would change without changing it. */
  dry_run: v.optional(v.boolean()),
});
/** See {@link RefreshCvmInstanceIdsRequest}. */
export type RefreshCvmInstanceIdsRequest = {
  [K in keyof v.InferInput<typeof RefreshCvmInstanceIdsRequest>]: v.InferInput<typeof RefreshCvmInstanceIdsRequest>[K];
};

/** `PATCH /cvms/instance-ids`: counts, and one result per CVM. */
export const RefreshCvmInstanceIdsResult = v.looseObject({
  /** CVMs matching the request. */
  total: v.number(),
  /** CVMs looked at. */
  scanned: v.number(),
  /** Instance ids changed. */
  updated: v.number(),
  /** Instance ids already right. */
  unchanged: v.number(),
  /** CVMs skipped. */
  skipped: v.number(),
  /** CVMs whose instance id conflicts with another's. */
  conflicts: v.number(),
  /** CVMs that failed. */
  errors: v.number(),
  /** One result per CVM. */
  items: v.array(InstanceIdRefreshResult),
});
/** See {@link RefreshCvmInstanceIdsResult}. */
export type RefreshCvmInstanceIdsResult = {
  [K in keyof v.InferOutput<typeof RefreshCvmInstanceIdsResult>]: v.InferOutput<typeof RefreshCvmInstanceIdsResult>[K];
};

/** Parameters of `getCvmStatusBatch`: sent as `{ vm_uuids }`. */
export const GetCvmStatusBatchRequest = v.object({
  /** The VM UUIDs to read. */
  vmUuids: v.array(v.string()),
});
/** See {@link GetCvmStatusBatchRequest}. */
export type GetCvmStatusBatchRequest = {
  [K in keyof v.InferInput<typeof GetCvmStatusBatchRequest>]: v.InferInput<typeof GetCvmStatusBatchRequest>[K];
};

/** One VM's live status in `POST /status/batch`. */
export const CvmBatchStatus = v.looseObject({
  /** The VM's UUID. */
  vm_uuid: v.string(),
  /** Its status (`running`, `stopped` …). */
  status: v.string(),
  /** How long it has been up, when running. */
  uptime: v.nullish(v.string()),
  /** Whether an operation is under way. */
  in_progress: v.boolean(),
  /** Boot progress, while booting. */
  boot_progress: v.nullish(v.string()),
  /** Why the boot failed, when it did. */
  boot_error: v.nullish(v.string()),
  /** The operation under way, when there is one. */
  operation_type: v.nullish(v.string()),
  /** When that operation started. */
  operation_started_at: v.nullish(v.string()),
  /** That operation's correlation id. */
  correlation_id: v.nullish(v.string()),
});
/** See {@link CvmBatchStatus}. */
export type CvmBatchStatus = { [K in keyof v.InferOutput<typeof CvmBatchStatus>]: v.InferOutput<typeof CvmBatchStatus>[K] };

/** `POST /status/batch`: statuses keyed by VM UUID. */
export const CvmStatusBatch = v.record(v.string(), CvmBatchStatus);
/** See {@link CvmStatusBatch}. */
export type CvmStatusBatch = Record<string, CvmBatchStatus>;
