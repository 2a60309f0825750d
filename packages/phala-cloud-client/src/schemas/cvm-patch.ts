import * as v from "valibot";
import { ComposePreconditionRequired } from "./precondition";

/** Header that asks `PATCH /cvms/{id}` to prepare the update and wait for a commit (multisig flows). */
export const PREPARE_ONLY_HEADER = "X-Prepare-Only";

/**
 * Parameters of `patchCvm` (besides the CVM's identifier): `PATCH /cvms/{id}`, one request for any
 * mix of changes. Fields that change the compose hash (`docker_compose_file`, `pre_launch_script`,
 * `allowed_envs`) need the on-chain step on an on-chain KMS.
 */
export const PatchCvmRequest = v.object({
  /** A new docker compose file (YAML). Changes the compose hash. */
  docker_compose_file: v.optional(v.string()),
  /** A new pre-launch script. Changes the compose hash. */
  pre_launch_script: v.optional(v.string()),
  /** The new list of env names the app accepts. Changes the compose hash. */
  allowed_envs: v.optional(v.array(v.string())),
  /** Whether the app's logs are public. */
  public_logs: v.optional(v.boolean()),
  /** Whether the CVM's system information is public. */
  public_sysinfo: v.optional(v.boolean()),
  /** Whether the CVM's TCB info is public. */
  public_tcbinfo: v.optional(v.boolean()),
  /** A new encrypted env (hex). */
  encrypted_env: v.optional(v.string()),
  /** A new user config (a string the guest reads at boot). */
  user_config: v.optional(v.string()),
  /** GPUs to attach. */
  gpus: v.optional(
    v.object({
      /** How many GPUs. */
      count: v.number(),
      /** The GPU product, when a specific one is wanted. */
      product_name: v.optional(v.string()),
    }),
  ),
  /** Number of vCPUs. */
  vcpu: v.optional(v.number()),
  /** Memory, in MB. */
  memory: v.optional(v.number()),
  /** Disk size, in GB. */
  disk_size: v.optional(v.number()),
  /** The name of the OS image to boot. */
  image: v.optional(v.string()),
  /** Seconds a graceful shutdown may take. */
  shutdown_timeout: v.optional(v.number()),
  /** Whether the server may force a stop when the graceful shutdown does not finish. */
  allow_force_stop: v.optional(v.boolean()),
  /**
   * Prepare only (multisig): sent as the `X-Prepare-Only: true` header, not in the body. The server
   * answers with the compose hash and a commit token; nothing changes until `commitCvmUpdate`.
   */
  prepareOnly: v.optional(v.boolean()),
});
/** See {@link PatchCvmRequest}. */
export type PatchCvmRequest = { [K in keyof v.InferInput<typeof PatchCvmRequest>]: v.InferInput<typeof PatchCvmRequest>[K] };

/**
 * `patchCvm` accepted (HTTP 202 `{ correlation_id }`): the update runs; or `no_change` without a
 * correlation id when nothing differs (seen in the official SDK's tests). `status` is filled in as
 * `in_progress` when the server leaves it out, as the 202 does.
 */
export const PatchCvmInProgress = v.looseObject({
  /** `in_progress` (also when the server leaves it out), or `no_change` when nothing differs. */
  status: v.optional(v.picklist(["in_progress", "no_change"]), "in_progress"),
  /** The update's correlation id, to follow it; absent for `no_change`. */
  correlation_id: v.optional(v.string()),
  /** The server's message, when given. */
  message: v.optional(v.string()),
});
/** See {@link PatchCvmInProgress}. */
export type PatchCvmInProgress = { [K in keyof v.InferOutput<typeof PatchCvmInProgress>]: v.InferOutput<typeof PatchCvmInProgress>[K] };

/** Where the app contract stands for the new compose hash and the device (`onchain_status` of a 465). */
export const OnChainStatus = v.looseObject({
  /** Whether the compose hash is already allowed by the app contract. */
  compose_hash_allowed: v.boolean(),
  /** Whether the device is already allowed. */
  device_id_allowed: v.boolean(),
  /** Whether both are. */
  is_allowed: v.boolean(),
});
/** See {@link OnChainStatus}. */
export type OnChainStatus = { [K in keyof v.InferOutput<typeof OnChainStatus>]: v.InferOutput<typeof OnChainStatus>[K] };

/**
 * `patchCvm`'s HTTP 465 as a result: {@link ComposePreconditionRequired} plus what the prepare-only
 * flow adds (`commit_token` for `commitCvmUpdate`, the commit URLs, the contract's current status).
 */
export const PatchCvmPreconditionRequired = v.looseObject({
  ...ComposePreconditionRequired.entries,
  /** One-time token for `commitCvmUpdate` (prepare-only flow). */
  commit_token: v.optional(v.string()),
  /** A dashboard URL where the update can be committed. */
  commit_url: v.optional(v.string()),
  /** The API URL that commits the update. */
  api_commit_url: v.optional(v.string()),
  /** What the app contract already allows. */
  onchain_status: v.optional(OnChainStatus),
});
/** See {@link PatchCvmPreconditionRequired}. */
export type PatchCvmPreconditionRequired = {
  [K in keyof v.InferOutput<typeof PatchCvmPreconditionRequired>]: v.InferOutput<typeof PatchCvmPreconditionRequired>[K];
};

/** Result of `patchCvm`: started, or on-chain registration needed. */
export type PatchCvmResult = PatchCvmInProgress | PatchCvmPreconditionRequired;

/** Parameters of `confirmCvmPatch` (besides the CVM's identifier): phase 2 of `patchCvm`. */
export const ConfirmCvmPatchRequest = v.object({
  /** The compose hash of the 465 result, registered on-chain. Sent as `X-Compose-Hash`. */
  composeHash: v.pipe(v.string(), v.minLength(1)),
  /** The hash of the registering transaction. Sent as `X-Transaction-Hash`. */
  transactionHash: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link ConfirmCvmPatchRequest}. */
export type ConfirmCvmPatchRequest = {
  [K in keyof v.InferInput<typeof ConfirmCvmPatchRequest>]: v.InferInput<typeof ConfirmCvmPatchRequest>[K];
};

/** `confirmCvmPatch` and `commitCvmUpdate` accepted: the update runs. */
export const CvmUpdateAccepted = v.looseObject({
  /** The update's correlation id, to follow it. */
  correlation_id: v.string(),
  /** The update's status (the official SDK passes it on as is), when given. */
  status: v.optional(v.string()),
  /** The server's message, when given. */
  message: v.optional(v.string()),
});
/** See {@link CvmUpdateAccepted}. */
export type CvmUpdateAccepted = { [K in keyof v.InferOutput<typeof CvmUpdateAccepted>]: v.InferOutput<typeof CvmUpdateAccepted>[K] };

/** Parameters of `commitCvmUpdate` (besides the CVM's identifier): the prepare-only flow's commit. */
export const CommitCvmUpdateRequest = v.object({
  /** The one-time `commit_token` of the prepare-only 465 result. */
  token: v.pipe(v.string(), v.minLength(1)),
  /** The compose hash registered on-chain. */
  composeHash: v.pipe(v.string(), v.minLength(1)),
  /** The hash of the registering transaction. */
  transactionHash: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link CommitCvmUpdateRequest}. */
export type CommitCvmUpdateRequest = {
  [K in keyof v.InferInput<typeof CommitCvmUpdateRequest>]: v.InferInput<typeof CommitCvmUpdateRequest>[K];
};
