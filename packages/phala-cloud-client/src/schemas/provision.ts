import * as v from "valibot";
import { ProvisionComposeFile } from "./compose-file";
import { CvmName } from "./cvm-id";
import { KmsInfo, ProvisionKmsType } from "./kms";

const PositiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * Body of `provisionCvm`: `POST /cvms/provision`, step 1 of creating a CVM. Unknown keys pass
 * through, as in the official SDK, so newer options reach the server. Without `instance_type`,
 * `vcpu` and `memory` the server picks `tdx.small`.
 *
 * @example
 * ```ts
 * const body = v.parse(ProvisionCvmRequest, {
 *   name: "my-app",
 *   instance_type: "tdx.small",
 *   compose_file: { docker_compose_file: "services:\n  web:\n    image: nginx\n" },
 * });
 * ```
 */
export const ProvisionCvmRequest = v.pipe(
  v.looseObject({
    name: CvmName,
    node_id: v.optional(PositiveInt),
    /** Deprecated: a Teepod id, not a node id; sent as is. */
    teepod_id: v.optional(PositiveInt),
    region: v.optional(v.string()),
    instance_type: v.optional(v.string()),
    image: v.optional(v.string()),
    /** Deprecated in favour of `instance_type`. */
    vcpu: v.optional(PositiveInt),
    /** Deprecated in favour of `instance_type` (MB). */
    memory: v.optional(PositiveInt),
    disk_size: v.optional(PositiveInt),
    compose_file: ProvisionComposeFile,
    listed: v.optional(v.boolean()),
    kms_id: v.optional(v.string()),
    kms: v.optional(ProvisionKmsType),
    kms_contract: v.optional(v.string()),
    env_keys: v.optional(v.array(v.string())),
    /** Phala KMS only: the nonce `nextAppIds` predicted; needs the matching `app_id`. */
    nonce: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    app_id: v.optional(v.string()),
  }),
  v.forward(
    v.check((input) => input.nonce === undefined || Boolean(input.app_id), "app_id is required when nonce is given"),
    ["app_id"],
  ),
);
/** See {@link ProvisionCvmRequest}. */
export type ProvisionCvmRequest = v.InferInput<typeof ProvisionCvmRequest>;

/**
 * Response of `POST /cvms/provision`: what `commitCvmProvision` needs. `app_id` is `null` for an
 * on-chain KMS, whose app id comes from deploying the app contract.
 */
export const ProvisionCvmResponse = v.looseObject({
  app_id: v.nullish(v.string()),
  app_env_encrypt_pubkey: v.nullish(v.string()),
  compose_hash: v.string(),
  kms_info: v.nullish(KmsInfo),
  fmspc: v.nullish(v.string()),
  device_id: v.nullish(v.string()),
  os_image_hash: v.nullish(v.string()),
  instance_type: v.nullish(v.string()),
  teepod_id: v.nullish(v.number()),
  node_id: v.nullish(v.number()),
  kms_id: v.nullish(v.string()),
});
/** See {@link ProvisionCvmResponse}. */
export type ProvisionCvmResponse = v.InferOutput<typeof ProvisionCvmResponse>;

/**
 * Body of `commitCvmProvision`: `POST /cvms`, step 2. Idempotent on `app_id` + `compose_hash`;
 * the same `app_id` with another hash is a 409 `ERR-03-007`.
 */
export const CommitCvmProvisionRequest = v.looseObject({
  app_id: v.pipe(v.string(), v.minLength(1)),
  compose_hash: v.pipe(v.string(), v.minLength(1)),
  /** Hex-encoded env encrypted to `app_env_encrypt_pubkey`. */
  encrypted_env: v.nullish(v.pipe(v.string(), v.regex(/^(0x)?[0-9a-fA-F]*$/, "encrypted_env must be hex"))),
  env_keys: v.nullish(v.array(v.string())),
  kms_id: v.optional(v.string()),
  /** On-chain KMS: the deployed app contract. */
  contract_address: v.optional(v.string()),
  /** On-chain KMS: who deployed it. */
  deployer_address: v.optional(v.string()),
});
/** See {@link CommitCvmProvisionRequest}. */
export type CommitCvmProvisionRequest = v.InferInput<typeof CommitCvmProvisionRequest>;
