import * as v from "valibot";
import { ProvisionComposeFile } from "./compose-file";
import { CvmName } from "./cvm-id";
import { KmsInfo, ProvisionKmsType } from "./kms";

const PositiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * The fields of a {@link ProvisionCvmRequest}, each with its own rules; `ProvisionCvmRequest` adds
 * the check across `nonce` and `app_id`. A schema of its own so that the check can name its input
 * type.
 */
export const ProvisionCvmRequestFields = v.looseObject({
  /** The CVM's name: 5 to 63 characters, starting with a letter, then letters, digits and hyphens. */
  name: CvmName,
  /** The node to run on, by id (see `getAvailableNodes`). */
  node_id: v.optional(PositiveInt),
  /** Deprecated: a Teepod id, not a node id; sent as is. */
  teepod_id: v.optional(PositiveInt),
  /** The region to run in. */
  region: v.optional(v.string()),
  /**
   * The instance type, e.g. `tdx.small`; the server picks `tdx.small` when this, `vcpu` and `memory` are all omitted.
   */
  instance_type: v.optional(v.string()),
  /** The OS image to boot, by name. */
  image: v.optional(v.string()),
  /** Deprecated in favour of `instance_type`. */
  vcpu: v.optional(PositiveInt),
  /** Deprecated in favour of `instance_type` (MB). */
  memory: v.optional(PositiveInt),
  /** The disk size, in GB. */
  disk_size: v.optional(PositiveInt),
  /** The app compose: the docker compose file and the app's options. */
  compose_file: ProvisionComposeFile,
  /** Whether the CVM is listed; the effect of the flag is not documented. */
  listed: v.optional(v.boolean()),
  /** The KMS to use, by id. */
  kms_id: v.optional(v.string()),
  /** The kind of KMS to use: `PHALA`, `ETHEREUM` or `BASE`. */
  kms: v.optional(ProvisionKmsType),
  /** The address of the KMS contract, for an on-chain KMS. */
  kms_contract: v.optional(v.string()),
  /** The names of the environment variables the app will get; the encrypted env itself is sent at commit. */
  env_keys: v.optional(v.array(v.string())),
  /** Phala KMS only: the nonce `nextAppIds` predicted; needs the matching `app_id`. */
  nonce: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Phala KMS only: the app id `nextAppIds` predicted for `nonce`. */
  app_id: v.optional(v.string()),
});

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
  ProvisionCvmRequestFields,
  v.forward(
    v.check(
      (input: ProvisionCvmRequest) => input.nonce === undefined || Boolean(input.app_id),
      "app_id is required when nonce is given",
    ),
    ["app_id"],
  ),
);
/** See {@link ProvisionCvmRequest}. */
export type ProvisionCvmRequest = {
  [K in keyof v.InferInput<typeof ProvisionCvmRequestFields>]: v.InferInput<typeof ProvisionCvmRequestFields>[K];
};

/**
 * Response of `POST /cvms/provision`: what `commitCvmProvision` needs. `app_id` is `null` for an
 * on-chain KMS, whose app id comes from deploying the app contract.
 */
export const ProvisionCvmResponse = v.looseObject({
  /** The new app's id; `null` for an on-chain KMS, whose app id comes from deploying the app contract. */
  app_id: v.nullish(v.string()),
  /** The public key to encrypt the env to before `commitCvmProvision`. */
  app_env_encrypt_pubkey: v.nullish(v.string()),
  /** The hash of the app compose; pass it to `commitCvmProvision`. */
  compose_hash: v.string(),
  /** The KMS the CVM will use, when given. */
  kms_info: v.nullish(KmsInfo),
  /** The FMSPC of the chosen node's Intel platform, when given. */
  fmspc: v.nullish(v.string()),
  /** The TEE device id of the chosen node, when given. */
  device_id: v.nullish(v.string()),
  /** The hash of the OS image the CVM will boot, when given. */
  os_image_hash: v.nullish(v.string()),
  /** The instance type the CVM will have, when given. */
  instance_type: v.nullish(v.string()),
  /** The chosen node's teepod id, when given. */
  teepod_id: v.nullish(v.number()),
  /** The id of the chosen node, when given. */
  node_id: v.nullish(v.number()),
  /** The id of the KMS the CVM will use, when given. */
  kms_id: v.nullish(v.string()),
});
/** See {@link ProvisionCvmResponse}. */
export type ProvisionCvmResponse = {
  [K in keyof v.InferOutput<typeof ProvisionCvmResponse>]: v.InferOutput<typeof ProvisionCvmResponse>[K];
};

/**
 * Body of `commitCvmProvision`: `POST /cvms`, step 2. Idempotent on `app_id` + `compose_hash`;
 * the same `app_id` with another hash is a 409 `ERR-03-007`.
 */
export const CommitCvmProvisionRequest = v.looseObject({
  /** The app id from `provisionCvm`, or, for an on-chain KMS, from deploying the app contract. */
  app_id: v.pipe(v.string(), v.minLength(1)),
  /** The compose hash `provisionCvm` answered. */
  compose_hash: v.pipe(v.string(), v.minLength(1)),
  /** Hex-encoded env encrypted to `app_env_encrypt_pubkey`. */
  encrypted_env: v.nullish(v.pipe(v.string(), v.regex(/^(0x)?[0-9a-fA-F]*$/, "encrypted_env must be hex"))),
  /** The names of the variables in the encrypted env. */
  env_keys: v.nullish(v.array(v.string())),
  /** The KMS to use, by id. */
  kms_id: v.optional(v.string()),
  /** On-chain KMS: the deployed app contract. */
  contract_address: v.optional(v.string()),
  /** On-chain KMS: who deployed it. */
  deployer_address: v.optional(v.string()),
});
/** See {@link CommitCvmProvisionRequest}. */
export type CommitCvmProvisionRequest = {
  [K in keyof v.InferInput<typeof CommitCvmProvisionRequest>]: v.InferInput<typeof CommitCvmProvisionRequest>[K];
};
