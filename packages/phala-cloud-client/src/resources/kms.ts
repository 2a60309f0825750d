import type { HeadersInput, RequestOptions } from "@cloud-sdk/auth-core";
import { API_VERSION_HEADER } from "../api-version";
import { type ClientCore, contextOf } from "../client-context";
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
import { withHeaders } from "./with-headers";

/** Key management: KMS nodes, an app's env-encryption key, and the next Phala app ids. */
export interface KmsMethods {
  /**
   * KMS nodes, one page: `GET /kms` (`is_onchain` keeps the Ethereum/Base ones, or the others).
   * From API version 2026-06-23 the server lists KMS contracts there instead, so a client of that
   * version (or a newer one) asks this call with `X-Phala-Version: 2026-05-22`, as the Python SDK's
   * `get_kms_list` does.
   *
   * @example
   * ```ts
   * const { items } = await client.getKmsList({ is_onchain: true });
   * ```
   */
  getKmsList(params?: GetKmsListRequest, options?: RequestOptions): Promise<KmsListResponse>;
  /**
   * One KMS node, by id or slug: `GET /kms/{kms_id}`. Asked with 2026-05-22 from API version
   * 2026-06-23 on, like `getKmsList` (assumed: the Python SDK reads `GET /kms/{slug}` as a contract
   * at 2026-06-23).
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

/** The last version whose `/kms` and `/kms/{id}` answer KMS nodes rather than contracts. */
const KMS_NODE_API_VERSION = "2026-05-22";
/** From this version on, `/kms` lists contracts (Python SDK `KmsContract`: "Available from API version 2026-06-23"). */
const KMS_CONTRACT_API_VERSION = "2026-06-23";

/** The caller's headers, plus the node-shaped version when the client's version has the contract-shaped `/kms`. */
function kmsNodeHeaders(client: ClientCore, options: RequestOptions | undefined): HeadersInput | undefined {
  // Versions are YYYY-MM-DD dates, so they compare as strings.
  if (contextOf(client).version < KMS_CONTRACT_API_VERSION) return undefined;
  return withHeaders(options?.headers, { [API_VERSION_HEADER]: KMS_NODE_API_VERSION });
}

export const kmsMethods: KmsMethods & ThisType<ClientCore> = {
  async getKmsList(params, options) {
    const query = checkOptionalParams(GetKmsListRequest, params, "getKmsList");
    const headers = kmsNodeHeaders(this, options);
    return send(this, { operation: "getKmsList", method: "GET", path: "/kms", query, headers, schema: KmsListResponse }, options);
  },
  async getKmsInfo(params, options) {
    const pathParams = checkParams(GetKmsInfoRequest, params, "getKmsInfo");
    const headers = kmsNodeHeaders(this, options);
    return send(this, { operation: "getKmsInfo", method: "GET", path: "/kms/{kms_id}", pathParams, headers, schema: KmsInfo }, options);
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
