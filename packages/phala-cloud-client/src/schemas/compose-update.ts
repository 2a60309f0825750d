import * as v from "valibot";
import { AppCompose, composePayloadFits, MAX_COMPOSE_PAYLOAD_BYTES } from "./compose-file";
import { KmsInfo } from "./kms";

/**
 * Parameters of `provisionCvmComposeFileUpdate` (besides the CVM's identifier): phase 1 of a
 * compose update, `POST /cvms/{id}/compose_file/provision`. The body is the app compose with
 * `update_env_vars` beside it.
 */
export const ProvisionCvmComposeFileUpdateRequest = v.object({
  /** The new app compose (`getCvmComposeFile`'s shape); compose file plus pre-launch script at most 200 KB. */
  app_compose: v.pipe(
    AppCompose,
    v.check((input: AppCompose) => composePayloadFits(input), `Combined size of docker_compose_file and pre_launch_script must not exceed ${MAX_COMPOSE_PAYLOAD_BYTES / 1024}KB`),
  ),
  /** Whether the env values change with this update as well. */
  update_env_vars: v.nullish(v.boolean()),
});
/** See {@link ProvisionCvmComposeFileUpdateRequest}. */
export type ProvisionCvmComposeFileUpdateRequest = {
  [K in keyof v.InferInput<typeof ProvisionCvmComposeFileUpdateRequest>]: v.InferInput<typeof ProvisionCvmComposeFileUpdateRequest>[K];
};

/** `POST /cvms/{id}/compose_file/provision`: the hash to commit (and, on-chain, to register first). */
export const ProvisionCvmComposeFileUpdateResult = v.looseObject({
  /** The app id, or `null`. */
  app_id: v.nullable(v.string()),
  /** The device id of the CVM's node, or `null`. */
  device_id: v.nullable(v.string()),
  /** The new compose hash: pass it to `commitCvmComposeFileUpdate`. */
  compose_hash: v.string(),
  /** The app's KMS, for an on-chain registration. */
  kms_info: v.nullish(KmsInfo),
  /** Whether the hash is already registered on-chain; `false` when the server leaves it out. */
  compose_hash_registered: v.optional(v.boolean(), false),
});
/** See {@link ProvisionCvmComposeFileUpdateResult}. */
export type ProvisionCvmComposeFileUpdateResult = {
  [K in keyof v.InferOutput<typeof ProvisionCvmComposeFileUpdateResult>]: v.InferOutput<typeof ProvisionCvmComposeFileUpdateResult>[K];
};

/**
 * Parameters of `commitCvmComposeFileUpdate` (besides the CVM's identifier): phase 2,
 * `PATCH /cvms/{id}/compose_file`.
 */
export const CommitCvmComposeFileUpdateRequest = v.object({
  /** The compose hash phase 1 answered. */
  compose_hash: v.pipe(v.string(), v.minLength(1, "Compose hash is required")),
  /** A new encrypted env (hex), when the env changes too. */
  encrypted_env: v.optional(v.string()),
  /** The env names the encrypted env holds. */
  env_keys: v.optional(v.array(v.string())),
  /** Whether the env values change with this update. */
  update_env_vars: v.nullish(v.boolean()),
});
/** See {@link CommitCvmComposeFileUpdateRequest}. */
export type CommitCvmComposeFileUpdateRequest = {
  [K in keyof v.InferInput<typeof CommitCvmComposeFileUpdateRequest>]: v.InferInput<typeof CommitCvmComposeFileUpdateRequest>[K];
};
