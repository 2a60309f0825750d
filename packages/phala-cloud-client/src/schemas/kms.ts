import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { pagePaginated } from "./pagination";

/**
 * A KMS node as `/kms`, `/kms/{kms_id}`, `/teepods/available` and the 2025-10-28 CVM shapes
 * return it. `chain_id`, `kms_contract_address` and `gateway_app_id` are `null` for Phala's
 * centralised KMS and set for an on-chain (Ethereum, Base) one.
 */
export const KmsInfo = v.looseObject({
  id: v.string(),
  slug: v.nullable(v.string()),
  url: v.string(),
  version: v.string(),
  chain_id: v.nullable(v.number()),
  kms_contract_address: v.nullable(v.string()),
  gateway_app_id: v.nullable(v.string()),
  k256_pubkey: v.nullish(v.string()),
});
/** See {@link KmsInfo}. */
export type KmsInfo = v.InferOutput<typeof KmsInfo>;

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
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  is_onchain: v.optional(v.boolean()),
});
/** See {@link GetKmsListRequest}. */
export type GetKmsListRequest = v.InferInput<typeof GetKmsListRequest>;

/** Response of `GET /kms`: the page-based envelope of {@link KmsInfo}. */
export const KmsListResponse = pagePaginated(KmsInfo);
/** See {@link KmsListResponse}. */
export type KmsListResponse = v.InferOutput<typeof KmsListResponse>;

/** Parameters of `getKmsInfo`: `GET /kms/{kms_id}` (an id or a slug). */
export const GetKmsInfoRequest = v.strictObject({
  kms_id: v.pipe(v.string(), v.minLength(1, "KMS ID is required")),
});
/** See {@link GetKmsInfoRequest}. */
export type GetKmsInfoRequest = v.InferInput<typeof GetKmsInfoRequest>;

/**
 * An app id as the KMS endpoints take it: 40 hex characters, optionally `0x`-prefixed.
 */
export const KmsAppId = v.pipe(
  v.string(),
  v.regex(/^(0x)?[0-9a-fA-F]{40}$/, "App ID must be exactly 40 characters or 42 characters with 0x prefix"),
);

/** Parameters of `getAppEnvEncryptPubKey`: `GET /kms/{kms}/pubkey/{app_id}`. */
export const GetAppEnvEncryptPubKeyRequest = v.strictObject({
  kms: v.pipe(v.string(), v.minLength(1, "KMS ID or slug is required")),
  app_id: KmsAppId,
});
/** See {@link GetAppEnvEncryptPubKeyRequest}. */
export type GetAppEnvEncryptPubKeyRequest = v.InferInput<typeof GetAppEnvEncryptPubKeyRequest>;

/** Response of `GET /kms/{kms}/pubkey/{app_id}`: the key to encrypt an app's env with. */
export const AppEnvEncryptPubKey = v.looseObject({
  public_key: v.string(),
  signature: v.string(),
});
/** See {@link AppEnvEncryptPubKey}. */
export type AppEnvEncryptPubKey = v.InferOutput<typeof AppEnvEncryptPubKey>;

/** Query of `nextAppIds`: `GET /kms/phala/next_app_id?counts=1..20`. */
export const NextAppIdsRequest = v.strictObject({
  counts: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
});
/** See {@link NextAppIdsRequest}. */
export type NextAppIdsRequest = v.InferInput<typeof NextAppIdsRequest>;

/**
 * Response of `GET /kms/phala/next_app_id`: the next app ids the Phala KMS would assign, with the
 * nonce to pass to `provisionCvm` to get exactly that id.
 */
export const NextAppIds = v.looseObject({
  app_ids: v.array(v.looseObject({ app_id: v.string(), nonce: v.number() })),
});
/** See {@link NextAppIds}. */
export type NextAppIds = v.InferOutput<typeof NextAppIds>;
