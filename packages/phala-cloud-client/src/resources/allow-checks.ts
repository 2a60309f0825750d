import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ClientCore } from "../client-context";
import { checkParams } from "../params";
import {
  AppCvmsIsAllowed,
  AppIdRequest,
  CheckAppIsAllowedRequest,
  CheckCvmIsAllowedRequest,
  GetKmsOnChainDetailRequest,
  IsAllowedResult,
  KmsOnChainDetail,
} from "../schemas";
import { send } from "./send";

/**
 * What an on-chain KMS allows: whether an app contract lets a compose hash boot on a device, and
 * the KMS contracts of a chain. Reads of the chain: safe to repeat, retried like reads.
 */
export interface AllowCheckMethods {
  /**
   * Whether the CVM's app contract allows a compose hash on a device (the CVM's current ones when
   * left out): `POST /cvms/{cvmId}/is-allowed`.
   *
   * @example
   * ```ts
   * const { is_allowed } = await client.checkCvmIsAllowed({ cvmId: "onchain-app", compose_hash: hash });
   * ```
   */
  checkCvmIsAllowed(params: CheckCvmIsAllowedRequest, options?: RequestOptions): Promise<IsAllowedResult>;
  /**
   * Whether an app contract allows a compose hash (on a device, when given):
   * `POST /apps/{appId}/is-allowed`.
   *
   * @example
   * ```ts
   * const { compose_hash_allowed } = await client.checkAppIsAllowed({ appId, compose_hash: hash });
   * ```
   */
  checkAppIsAllowed(params: CheckAppIsAllowedRequest, options?: RequestOptions): Promise<IsAllowedResult>;
  /**
   * The same check for every CVM of an app: `POST /apps/{appId}/cvms/is-allowed`.
   *
   * @example
   * ```ts
   * const { denied_count, results } = await client.checkAppCvmsIsAllowed({ appId });
   * ```
   */
  checkAppCvmsIsAllowed(params: AppIdRequest, options?: RequestOptions): Promise<AppCvmsIsAllowed>;
  /**
   * The KMS contracts of a chain, with the devices and OS images each allows:
   * `GET /kms/on-chain/{chain}`.
   *
   * @example
   * ```ts
   * const { contracts } = await client.getKmsOnChainDetail({ chain: "base" });
   * ```
   */
  getKmsOnChainDetail(params: GetKmsOnChainDetailRequest, options?: RequestOptions): Promise<KmsOnChainDetail>;
}

export const allowCheckMethods: AllowCheckMethods & ThisType<ClientCore> = {
  async checkCvmIsAllowed(params, options) {
    const { cvmId, ...json } = checkParams(CheckCvmIsAllowedRequest, params, "checkCvmIsAllowed");
    return send(
      this,
      { operation: "checkCvmIsAllowed", method: "POST", path: "/cvms/{cvmId}/is-allowed", pathParams: { cvmId }, json, schema: IsAllowedResult, idempotent: true },
      options,
    );
  },
  async checkAppIsAllowed(params, options) {
    const { appId, ...json } = checkParams(CheckAppIsAllowedRequest, params, "checkAppIsAllowed");
    return send(
      this,
      { operation: "checkAppIsAllowed", method: "POST", path: "/apps/{appId}/is-allowed", pathParams: { appId }, json, schema: IsAllowedResult, idempotent: true },
      options,
    );
  },
  async checkAppCvmsIsAllowed(params, options) {
    const pathParams = checkParams(AppIdRequest, params, "checkAppCvmsIsAllowed");
    return send(
      this,
      {
        operation: "checkAppCvmsIsAllowed",
        method: "POST",
        path: "/apps/{appId}/cvms/is-allowed",
        pathParams,
        json: {},
        schema: AppCvmsIsAllowed,
        idempotent: true,
      },
      options,
    );
  },
  async getKmsOnChainDetail(params, options) {
    const pathParams = checkParams(GetKmsOnChainDetailRequest, params, "getKmsOnChainDetail");
    return send(this, { operation: "getKmsOnChainDetail", method: "GET", path: "/kms/on-chain/{chain}", pathParams, schema: KmsOnChainDetail }, options);
  },
};
