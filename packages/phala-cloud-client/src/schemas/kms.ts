import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { pagePaginated } from "./pagination";

/**
 * A KMS node as `/kms`, `/kms/{kms_id}`, `/teepods/available` and the 2025-10-28 CVM shapes
 * return it. `chain_id`, `kms_contract_address` and `gateway_app_id` are `null` for Phala's
 * centralised KMS and set for an on-chain (Ethereum, Base) one.
 */
export const KmsInfo = v.looseObject({
  /** The KMS's id. */
  id: v.string(),
  /** The KMS's slug, usable in place of its id, or `null`. */
  slug: v.nullable(v.string()),
  /** The URL of the KMS service. */
  url: v.string(),
  /** The KMS's version. */
  version: v.string(),
  /** The chain id of an on-chain KMS (e.g. 8453, Base); `null` for Phala's KMS. */
  chain_id: v.nullable(v.number()),
  /** The address of the KMS contract; `null` for Phala's KMS. */
  kms_contract_address: v.nullable(v.string()),
  /** The gateway's app id; `null` for Phala's KMS. */
  gateway_app_id: v.nullable(v.string()),
  /** The KMS's secp256k1 public key, when given. */
  k256_pubkey: v.nullish(v.string()),
});
/** See {@link KmsInfo}. */
export type KmsInfo = { [K in keyof v.InferOutput<typeof KmsInfo>]: v.InferOutput<typeof KmsInfo>[K] };

/** The KMS kind a CVM uses, lower case as the 2026-01-21 CVM shape reports it. */
export const KmsType = openEnum(["phala", "ethereum", "base", "legacy"] as const);
/** See {@link KmsType}. */
export type KmsType = v.InferOutput<typeof KmsType>;

/** The KMS kind a provision request asks for, upper case as `POST /cvms/provision` takes it. */
export const ProvisionKmsType = openEnum(["PHALA", "ETHEREUM", "BASE"] as const);
/** See {@link ProvisionKmsType}. */
export type ProvisionKmsType = v.InferOutput<typeof ProvisionKmsType>;

/** Query of `GET /kms` (`getKmsList`). */
export const GetKmsListRequest = v.strictObject({
  /** The page to return, counted from 1. */
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** How many KMS entries per page. */
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Only on-chain KMSes (`true`), or only the others (`false`). */
  is_onchain: v.optional(v.boolean()),
});
/** See {@link GetKmsListRequest}. */
export type GetKmsListRequest = {
  [K in keyof v.InferInput<typeof GetKmsListRequest>]: v.InferInput<typeof GetKmsListRequest>[K];
};

/** Response of `GET /kms`: the page-based envelope of {@link KmsInfo}. */
export const KmsListResponse = pagePaginated(KmsInfo);
/** See {@link KmsListResponse}. */
export type KmsListResponse = {
  [K in keyof v.InferOutput<typeof KmsListResponse>]: v.InferOutput<typeof KmsListResponse>[K];
};

/** Parameters of `getKmsInfo`: `GET /kms/{kms_id}` (an id or a slug). */
export const GetKmsInfoRequest = v.strictObject({
  /** The KMS's id or slug. */
  kms_id: v.pipe(v.string(), v.minLength(1, "KMS ID is required")),
});
/** See {@link GetKmsInfoRequest}. */
export type GetKmsInfoRequest = {
  [K in keyof v.InferInput<typeof GetKmsInfoRequest>]: v.InferInput<typeof GetKmsInfoRequest>[K];
};

/**
 * An app id as the KMS endpoints take it: 40 hex characters, optionally `0x`-prefixed.
 */
export const KmsAppId = v.pipe(
  v.string(),
  v.regex(/^(0x)?[0-9a-fA-F]{40}$/, "App ID must be exactly 40 characters or 42 characters with 0x prefix"),
);

/** Parameters of `getAppEnvEncryptPubKey`: `GET /kms/{kms}/pubkey/{app_id}`. */
export const GetAppEnvEncryptPubKeyRequest = v.strictObject({
  /** The KMS's id or slug. */
  kms: v.pipe(v.string(), v.minLength(1, "KMS ID or slug is required")),
  /** The app id: 40 hex characters, optionally `0x`-prefixed. */
  app_id: KmsAppId,
});
/** See {@link GetAppEnvEncryptPubKeyRequest}. */
export type GetAppEnvEncryptPubKeyRequest = {
  [K in keyof v.InferInput<typeof GetAppEnvEncryptPubKeyRequest>]: v.InferInput<typeof GetAppEnvEncryptPubKeyRequest>[K];
};

/** Response of `GET /kms/{kms}/pubkey/{app_id}`: the key to encrypt an app's env with. */
export const AppEnvEncryptPubKey = v.looseObject({
  /** The public key to encrypt the app's env to. */
  public_key: v.string(),
  /** The KMS's signature of the public key, with which a client can check where the key came from. */
  signature: v.string(),
});
/** See {@link AppEnvEncryptPubKey}. */
export type AppEnvEncryptPubKey = {
  [K in keyof v.InferOutput<typeof AppEnvEncryptPubKey>]: v.InferOutput<typeof AppEnvEncryptPubKey>[K];
};

/** Query of `nextAppIds`: `GET /kms/phala/next_app_id?counts=1..20`. */
export const NextAppIdsRequest = v.strictObject({
  /** How many app ids to return, 1 to 20. */
  counts: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
});
/** See {@link NextAppIdsRequest}. */
export type NextAppIdsRequest = {
  [K in keyof v.InferInput<typeof NextAppIdsRequest>]: v.InferInput<typeof NextAppIdsRequest>[K];
};

/**
 * Response of `GET /kms/phala/next_app_id`: the next app ids the Phala KMS would assign, with the
 * nonce to pass to `provisionCvm` to get exactly that id.
 */
export const NextAppIds = v.looseObject({
  /** The next app ids, in the order the KMS would assign them. */
  app_ids: v.array(
    v.looseObject({
      /** An app id the Phala KMS would assign. */
      app_id: v.string(),
      /** The nonce to pass to `provisionCvm` (with this `app_id`) to get that id. */
      nonce: v.number(),
    }),
  ),
});
/** See {@link NextAppIds}. */
export type NextAppIds = { [K in keyof v.InferOutput<typeof NextAppIds>]: v.InferOutput<typeof NextAppIds>[K] };
