import * as v from "valibot";

/** Header carrying the compose hash registered on-chain, on the retry after a 465. */
export const COMPOSE_HASH_HEADER = "X-Compose-Hash";
/** Header carrying the hash of the on-chain registration transaction, on the retry after a 465. */
export const TRANSACTION_HASH_HEADER = "X-Transaction-Hash";

const Hex = v.pipe(v.string(), v.regex(/^(0x)?[0-9a-fA-F]*$/, "Value must be a hex string"));

/**
 * Body of `updateCvmEnvs`: `PATCH /cvms/{id}/envs`. On an on-chain KMS the first call answers 465;
 * the retry carries `compose_hash` and `transaction_hash` (here or as headers).
 */
export const UpdateCvmEnvsRequest = v.object({
  /** The new env, encrypted to the app's env key, as hex. */
  encrypted_env: Hex,
  /** The names of the variables in the encrypted env. */
  env_keys: v.optional(v.array(v.string())),
  /** On the retry after a 465: the compose hash registered on-chain. */
  compose_hash: v.optional(v.string()),
  /** On the retry after a 465: the hash of the transaction that registered it. */
  transaction_hash: v.optional(v.string()),
});
/** See {@link UpdateCvmEnvsRequest}. */
export type UpdateCvmEnvsRequest = {
  [K in keyof v.InferInput<typeof UpdateCvmEnvsRequest>]: v.InferInput<typeof UpdateCvmEnvsRequest>[K];
};

/** Success of `PATCH /cvms/{id}/envs`: the update started. */
export const UpdateCvmEnvsInProgress = v.looseObject({
  /** Always `in_progress`: the update started. */
  status: v.literal("in_progress"),
  /** The server's message. */
  message: v.string(),
  /** The id of the operation that was started. */
  correlation_id: v.string(),
  /** Whether the update changed the app's `allowed_envs`. */
  allowed_envs_changed: v.boolean(),
});
/** See {@link UpdateCvmEnvsInProgress}. */
export type UpdateCvmEnvsInProgress = {
  [K in keyof v.InferOutput<typeof UpdateCvmEnvsInProgress>]: v.InferOutput<typeof UpdateCvmEnvsInProgress>[K];
};

/** Body of `updateDockerCompose`: the raw YAML, sent as `Content-Type: text/yaml`. */
export const DockerComposeYaml = v.pipe(v.string(), v.minLength(1, "docker_compose_file is required"));

/**
 * Parameters of `updateDockerCompose` besides the CVM id: the YAML (sent as the body) and, on the
 * retry after a 465, the registered hashes (sent as `X-Compose-Hash` and `X-Transaction-Hash`).
 */
export const UpdateDockerComposeRequest = v.object({
  /** The new docker compose file (YAML), sent as the body. */
  docker_compose_file: DockerComposeYaml,
  /** On the retry after a 465: the compose hash registered on-chain, sent as `X-Compose-Hash`. */
  compose_hash: v.optional(v.string()),
  /** On the retry after a 465: the hash of the transaction that registered it, sent as `X-Transaction-Hash`. */
  transaction_hash: v.optional(v.string()),
});
/** See {@link UpdateDockerComposeRequest}. */
export type UpdateDockerComposeRequest = {
  [K in keyof v.InferInput<typeof UpdateDockerComposeRequest>]: v.InferInput<typeof UpdateDockerComposeRequest>[K];
};

/** Success of `PATCH /cvms/{id}/docker-compose` (HTTP 202): the update started. */
export const UpdateDockerComposeInProgress = v.looseObject({
  /** Always `in_progress`: the update started. */
  status: v.literal("in_progress"),
  /** The server's message, when given. */
  message: v.optional(v.string()),
  /** The id of the operation that was started. */
  correlation_id: v.string(),
});
/** See {@link UpdateDockerComposeInProgress}. */
export type UpdateDockerComposeInProgress = {
  [K in keyof v.InferOutput<typeof UpdateDockerComposeInProgress>]: v.InferOutput<typeof UpdateDockerComposeInProgress>[K];
};

const PositiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * Body of `updateCvmResources`: `PATCH /cvms/{id}/resources` (answers 202 with no body). Memory
 * in MB, disk in GB. `allow_restart` lets the server restart the CVM to apply the change.
 */
export const UpdateCvmResourcesRequest = v.object({
  /** The new number of vCPUs. */
  vcpu: v.optional(PositiveInt),
  /** The new memory, in MB. */
  memory: v.optional(PositiveInt),
  /** The new disk size, in GB. */
  disk_size: v.optional(PositiveInt),
  /** The new instance type, e.g. `tdx.medium`. */
  instance_type: v.optional(v.string()),
  /** Whether the server may restart the CVM to apply the change. */
  allow_restart: v.optional(v.boolean()),
});
/** See {@link UpdateCvmResourcesRequest}. */
export type UpdateCvmResourcesRequest = {
  [K in keyof v.InferInput<typeof UpdateCvmResourcesRequest>]: v.InferInput<typeof UpdateCvmResourcesRequest>[K];
};

/** Body of `updateCvmVisibility`: `PATCH /cvms/{id}/visibility` (answers the CVM detail). */
export const UpdateCvmVisibilityRequest = v.object({
  /** Whether the CVM's system information is public. */
  public_sysinfo: v.boolean(),
  /** Whether the CVM's logs are public. */
  public_logs: v.boolean(),
  /** Whether the CVM's TCB info is public; optional, as in the official SDK. */
  public_tcbinfo: v.optional(v.boolean()),
});
/** See {@link UpdateCvmVisibilityRequest}. */
export type UpdateCvmVisibilityRequest = {
  [K in keyof v.InferInput<typeof UpdateCvmVisibilityRequest>]: v.InferInput<typeof UpdateCvmVisibilityRequest>[K];
};
