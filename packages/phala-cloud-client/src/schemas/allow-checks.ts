import * as v from "valibot";

/** Whether the app contract lets a compose hash run on a device (`POST …/is-allowed`). */
export const IsAllowedResult = v.looseObject({
  /** The CVM checked, when a CVM was. */
  cvm_id: v.nullish(v.number()),
  /** The app contract asked. */
  app_contract_address: v.string(),
  /** The compose hash checked. */
  compose_hash: v.string(),
  /** The device checked. */
  device_id: v.string(),
  /** Whether the contract allows the compose hash. */
  compose_hash_allowed: v.boolean(),
  /** Whether the contract allows any device. */
  allow_any_device: v.boolean(),
  /** Whether the contract allows this device, when it was asked. */
  device_id_allowed: v.nullish(v.boolean()),
  /** Whether the CVM may boot: hash and device both allowed. */
  is_allowed: v.boolean(),
  /** Why the check could not be made, when it could not. */
  error: v.nullish(v.string()),
});
/** See {@link IsAllowedResult}. */
export type IsAllowedResult = { [K in keyof v.InferOutput<typeof IsAllowedResult>]: v.InferOutput<typeof IsAllowedResult>[K] };

/** Parameters of `checkCvmIsAllowed`: `POST /cvms/{cvmId}/is-allowed`. */
export const CheckCvmIsAllowedRequest = v.object({
  /** The CVM (any of its ids or its name), as the path segment. */
  cvmId: v.pipe(v.string(), v.minLength(1)),
  /** The compose hash to check; the CVM's current one when left out. */
  compose_hash: v.optional(v.string()),
  /** The node whose device to check. */
  node_id: v.optional(v.number()),
  /** The device to check; the CVM's own when left out. */
  device_id: v.optional(v.string()),
});
/** See {@link CheckCvmIsAllowedRequest}. */
export type CheckCvmIsAllowedRequest = {
  [K in keyof v.InferInput<typeof CheckCvmIsAllowedRequest>]: v.InferInput<typeof CheckCvmIsAllowedRequest>[K];
};

/** Parameters of `checkAppIsAllowed`: `POST /apps/{appId}/is-allowed`. */
export const CheckAppIsAllowedRequest = v.object({
  /** The app. */
  appId: v.pipe(v.string(), v.minLength(1)),
  /** The compose hash to check. */
  compose_hash: v.string(),
  /** The node whose device to check. */
  node_id: v.optional(v.number()),
  /** The device to check. */
  device_id: v.optional(v.string()),
  /** The chain the contract lives on. */
  chain_id: v.optional(v.number()),
});
/** See {@link CheckAppIsAllowedRequest}. */
export type CheckAppIsAllowedRequest = {
  [K in keyof v.InferInput<typeof CheckAppIsAllowedRequest>]: v.InferInput<typeof CheckAppIsAllowedRequest>[K];
};

/** `POST /apps/{appId}/cvms/is-allowed`: the check for every CVM of the app. */
export const AppCvmsIsAllowed = v.looseObject({
  /** Whether the app uses an on-chain KMS (otherwise nothing is checked). */
  is_onchain: v.boolean(),
  /** One result per CVM checked. */
  results: v.optional(
    v.array(
      v.looseObject({
        ...IsAllowedResult.entries,
        /** The CVM checked. */
        cvm_id: v.number(),
      }),
    ),
    [],
  ),
  /** CVMs checked. */
  total: v.optional(v.number(), 0),
  /** CVMs allowed. */
  allowed_count: v.optional(v.number(), 0),
  /** CVMs denied. */
  denied_count: v.optional(v.number(), 0),
  /** CVMs whose check failed. */
  error_count: v.optional(v.number(), 0),
  /** CVMs not checked. */
  skipped_cvm_ids: v.optional(v.array(v.number()), []),
});
/** See {@link AppCvmsIsAllowed}. */
export type AppCvmsIsAllowed = { [K in keyof v.InferOutput<typeof AppCvmsIsAllowed>]: v.InferOutput<typeof AppCvmsIsAllowed>[K] };

/** Parameters of `getKmsOnChainDetail`: `GET /kms/on-chain/{chain}`. */
export const GetKmsOnChainDetailRequest = v.strictObject({
  /** The chain's name (`base`, `ethereum` …). */
  chain: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link GetKmsOnChainDetailRequest}. */
export type GetKmsOnChainDetailRequest = {
  [K in keyof v.InferInput<typeof GetKmsOnChainDetailRequest>]: v.InferInput<typeof GetKmsOnChainDetailRequest>[K];
};

/** A device a KMS contract knows. */
export const OnChainDevice = v.looseObject({
  /** The device id. */
  device_id: v.string(),
  /** The node's name, when known. */
  node_name: v.nullish(v.string()),
  /** Whether the contract allows it, or `null` when unknown. */
  on_chain_allowed: v.nullable(v.boolean()),
});
/** See {@link OnChainDevice}. */
export type OnChainDevice = { [K in keyof v.InferOutput<typeof OnChainDevice>]: v.InferOutput<typeof OnChainDevice>[K] };

/** An OS image a KMS contract knows. */
export const OnChainOsImage = v.looseObject({
  /** The image's name. */
  name: v.string(),
  /** The image's version. */
  version: v.string(),
  /** The image's hash, or `null`. */
  os_image_hash: v.nullable(v.string()),
  /** Whether the contract allows it, or `null` when unknown. */
  on_chain_allowed: v.nullable(v.boolean()),
});
/** See {@link OnChainOsImage}. */
export type OnChainOsImage = { [K in keyof v.InferOutput<typeof OnChainOsImage>]: v.InferOutput<typeof OnChainOsImage>[K] };

/** One KMS contract on the chain. */
export const OnChainKmsContract = v.looseObject({
  /** The contract's address. */
  contract_address: v.string(),
  /** The chain id. */
  chain_id: v.number(),
  /** The chain's name. */
  chain_name: v.string(),
  /** The devices it knows. */
  devices: v.array(OnChainDevice),
  /** The OS images it knows. */
  os_images: v.array(OnChainOsImage),
});
/** See {@link OnChainKmsContract}. */
export type OnChainKmsContract = { [K in keyof v.InferOutput<typeof OnChainKmsContract>]: v.InferOutput<typeof OnChainKmsContract>[K] };

/** `GET /kms/on-chain/{chain}`: the KMS contracts of a chain. */
export const KmsOnChainDetail = v.looseObject({
  /** The chain's name. */
  chain_name: v.string(),
  /** The chain id. */
  chain_id: v.number(),
  /** Its KMS contracts. */
  contracts: v.array(OnChainKmsContract),
});
/** See {@link KmsOnChainDetail}. */
export type KmsOnChainDetail = { [K in keyof v.InferOutput<typeof KmsOnChainDetail>]: v.InferOutput<typeof KmsOnChainDetail>[K] };
