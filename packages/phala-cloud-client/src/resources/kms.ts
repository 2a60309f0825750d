import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ClientCore } from "../client-context";
import { checkOptionalParams, checkParams } from "../params";
import {
  AppEnvEncryptPubKey,
  GetAppEnvEncryptPubKeyRequest,
  GetKmsInfoRequest,
  GetKmsListRequest,
  KmsInfo,
  KmsListResponse,
  NextAppIds,
  NextAppIdsRequest,
} from "../schemas";
import { send } from "./send";

/** Key management: KMS nodes, an app's env-encryption key, and the next Phala app ids. */
export interface KmsMethods {
  /**
   * KMS nodes, one page: `GET /kms` (`is_onchain` keeps the Ethereum/Base ones, or the others).
   *
   * @example
   * ```ts
   * const { items } = await client.getKmsList({ is_onchain: true });
   * ```
   */
  getKmsList(params?: GetKmsListRequest, options?: RequestOptions): Promise<KmsListResponse>;
  /**
   * One KMS node, by id or slug: `GET /kms/{kms_id}`.
   *
   * @example
   * ```ts
   * const kms = await client.getKmsInfo({ kms_id: "kms-base-prod9" });
   * ```
   */
  getKmsInfo(params: GetKmsInfoRequest, options?: RequestOptions): Promise<KmsInfo>;
  /**
   * The public key to encrypt an app's env with, and the KMS's signature of it:
   * `GET /kms/{kms}/pubkey/{app_id}`. `app_id` is 40 hex characters, `0x` optional.
   *
   * @example
   * ```ts
   * const { public_key, signature } = await client.getAppEnvEncryptPubKey({ kms: "phala-prod", app_id });
   * ```
   */
  getAppEnvEncryptPubKey(params: GetAppEnvEncryptPubKeyRequest, options?: RequestOptions): Promise<AppEnvEncryptPubKey>;
  /**
   * The next app ids Phala's KMS would assign, with the nonce that gives each (pass both to
   * `provisionCvm` to get that id): `GET /kms/phala/next_app_id?counts=1..20`.
   *
   * @example
   * ```ts
   * const { app_ids: [next] } = await client.nextAppIds({ counts: 1 });
   * ```
   */
  nextAppIds(params?: NextAppIdsRequest, options?: RequestOptions): Promise<NextAppIds>;
}

export const kmsMethods: KmsMethods & ThisType<ClientCore> = {
  async getKmsList(params, options) {
    const query = checkOptionalParams(GetKmsListRequest, params, "getKmsList");
    return send(this, { operation: "getKmsList", method: "GET", path: "/kms", query, schema: KmsListResponse }, options);
  },
  async getKmsInfo(params, options) {
    const pathParams = checkParams(GetKmsInfoRequest, params, "getKmsInfo");
    return send(this, { operation: "getKmsInfo", method: "GET", path: "/kms/{kms_id}", pathParams, schema: KmsInfo }, options);
  },
  async getAppEnvEncryptPubKey(params, options) {
    const pathParams = checkParams(GetAppEnvEncryptPubKeyRequest, params, "getAppEnvEncryptPubKey");
    return send(
      this,
      { operation: "getAppEnvEncryptPubKey", method: "GET", path: "/kms/{kms}/pubkey/{app_id}", pathParams, schema: AppEnvEncryptPubKey },
      options,
    );
  },
  async nextAppIds(params, options) {
    const query = checkOptionalParams(NextAppIdsRequest, params, "nextAppIds");
    return send(this, { operation: "nextAppIds", method: "GET", path: "/kms/phala/next_app_id", query, schema: NextAppIds }, options);
  },
};
