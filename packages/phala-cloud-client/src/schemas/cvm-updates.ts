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
  encrypted_env: Hex,
  env_keys: v.optional(v.array(v.string())),
  compose_hash: v.optional(v.string()),
  transaction_hash: v.optional(v.string()),
});
/** See {@link UpdateCvmEnvsRequest}. */
export type UpdateCvmEnvsRequest = v.InferInput<typeof UpdateCvmEnvsRequest>;

/** Success of `PATCH /cvms/{id}/envs`: the update started. */
export const UpdateCvmEnvsInProgress = v.looseObject({
  status: v.literal("in_progress"),
  message: v.string(),
  correlation_id: v.string(),
  allowed_envs_changed: v.boolean(),
});
/** See {@link UpdateCvmEnvsInProgress}. */
export type UpdateCvmEnvsInProgress = v.InferOutput<typeof UpdateCvmEnvsInProgress>;

/** Body of `updateDockerCompose`: the raw YAML, sent as `Content-Type: text/yaml`. */
export const DockerComposeYaml = v.pipe(v.string(), v.minLength(1, "docker_compose_file is required"));

/**
 * Parameters of `updateDockerCompose` besides the CVM id: the YAML (sent as the body) and, on the
 * retry after a 465, the registered hashes (sent as `X-Compose-Hash` and `X-Transaction-Hash`).
 */
export const UpdateDockerComposeRequest = v.object({
  docker_compose_file: DockerComposeYaml,
  compose_hash: v.optional(v.string()),
  transaction_hash: v.optional(v.string()),
});
/** See {@link UpdateDockerComposeRequest}. */
export type UpdateDockerComposeRequest = v.InferInput<typeof UpdateDockerComposeRequest>;

/** Success of `PATCH /cvms/{id}/docker-compose` (HTTP 202): the update started. */
export const UpdateDockerComposeInProgress = v.looseObject({
  status: v.literal("in_progress"),
  message: v.optional(v.string()),
  correlation_id: v.string(),
});
/** See {@link UpdateDockerComposeInProgress}. */
export type UpdateDockerComposeInProgress = v.InferOutput<typeof UpdateDockerComposeInProgress>;

const PositiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * Body of `updateCvmResources`: `PATCH /cvms/{id}/resources` (answers 202 with no body). Memory
 * in MB, disk in GB. `allow_restart` lets the server restart the CVM to apply the change.
 */
export const UpdateCvmResourcesRequest = v.object({
  vcpu: v.optional(PositiveInt),
  memory: v.optional(PositiveInt),
  disk_size: v.optional(PositiveInt),
  instance_type: v.optional(v.string()),
  allow_restart: v.optional(v.boolean()),
});
/** See {@link UpdateCvmResourcesRequest}. */
export type UpdateCvmResourcesRequest = v.InferInput<typeof UpdateCvmResourcesRequest>;

/** Body of `updateCvmVisibility`: `PATCH /cvms/{id}/visibility` (answers the CVM detail). */
export const UpdateCvmVisibilityRequest = v.object({
  public_sysinfo: v.boolean(),
  public_logs: v.boolean(),
  public_tcbinfo: v.optional(v.boolean()),
});
/** See {@link UpdateCvmVisibilityRequest}. */
export type UpdateCvmVisibilityRequest = v.InferInput<typeof UpdateCvmVisibilityRequest>;
