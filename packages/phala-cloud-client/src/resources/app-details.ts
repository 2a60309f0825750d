import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ClientCore } from "../client-context";
import { checkParams } from "../params";
import {
  AppAttestation,
  AppFilterOptions,
  AppIdRequest,
  AppRevisionDetail,
  CreateAppInstanceRequest,
  DeviceAllowlist,
  GetAppRevisionDetailRequest,
  VmRecord,
} from "../schemas";
import { send } from "./send";

/** More of an app: a new instance, its attestations, device allowlist, one revision, and the list's filter values. */
export interface AppDetailMethods {
  /**
   * A new CVM of an existing app (billed): `POST /apps/{appId}/instances`. Never repeated once it
   * may have reached the server: retried only after a 429 or a connection that never opened.
   *
   * @example
   * ```ts
   * const vm = await client.createAppInstance({ appId, node_id: 7, encrypted_env: hex });
   * ```
   */
  createAppInstance(params: CreateAppInstanceRequest, options?: RequestOptions): Promise<VmRecord>;
  /**
   * The attestation of every instance of an app, with its KMS and gateway:
   * `GET /apps/{appId}/attestations`.
   *
   * @example
   * ```ts
   * const { instances } = await client.getAppAttestation({ appId });
   * ```
   */
  getAppAttestation(params: AppIdRequest, options?: RequestOptions): Promise<AppAttestation>;
  /**
   * The devices the app contract allows, with the app's CVMs on each:
   * `GET /apps/{appId}/device-allowlist`.
   *
   * @example
   * ```ts
   * const { devices } = await client.getAppDeviceAllowlist({ appId });
   * ```
   */
  getAppDeviceAllowlist(params: AppIdRequest, options?: RequestOptions): Promise<DeviceAllowlist>;
  /**
   * The values `getAppList`'s filters can take: `GET /apps/filter-options`.
   *
   * @example
   * ```ts
   * const { statuses, regions } = await client.getAppFilterOptions();
   * ```
   */
  getAppFilterOptions(options?: RequestOptions): Promise<AppFilterOptions>;
  /**
   * One revision with its compose, encrypted env and user config:
   * `GET /apps/{appId}/revisions/{revisionId}` (`rawComposeFile` → `?raw_compose_file=`).
   *
   * @example
   * ```ts
   * const detail = await client.getAppRevisionDetail({ appId, revisionId: revisions[0].revision_id });
   * ```
   */
  getAppRevisionDetail(params: GetAppRevisionDetailRequest, options?: RequestOptions): Promise<AppRevisionDetail>;
}

export const appDetailMethods: AppDetailMethods & ThisType<ClientCore> = {
  async createAppInstance(params, options) {
    const { appId, ...json } = checkParams(CreateAppInstanceRequest, params, "createAppInstance");
    return send(
      this,
      { operation: "createAppInstance", method: "POST", path: "/apps/{appId}/instances", pathParams: { appId }, json, schema: VmRecord, idempotent: false },
      options,
    );
  },
  async getAppAttestation(params, options) {
    const pathParams = checkParams(AppIdRequest, params, "getAppAttestation");
    return send(this, { operation: "getAppAttestation", method: "GET", path: "/apps/{appId}/attestations", pathParams, schema: AppAttestation }, options);
  },
  async getAppDeviceAllowlist(params, options) {
    const pathParams = checkParams(AppIdRequest, params, "getAppDeviceAllowlist");
    return send(
      this,
      { operation: "getAppDeviceAllowlist", method: "GET", path: "/apps/{appId}/device-allowlist", pathParams, schema: DeviceAllowlist },
      options,
    );
  },
  getAppFilterOptions(options) {
    return send(this, { operation: "getAppFilterOptions", method: "GET", path: "/apps/filter-options", schema: AppFilterOptions }, options);
  },
  async getAppRevisionDetail(params, options) {
    const { appId, revisionId, rawComposeFile } = checkParams(GetAppRevisionDetailRequest, params, "getAppRevisionDetail");
    return send(
      this,
      {
        operation: "getAppRevisionDetail",
        method: "GET",
        path: "/apps/{appId}/revisions/{revisionId}",
        pathParams: { appId, revisionId },
        query: rawComposeFile === undefined ? undefined : { raw_compose_file: rawComposeFile },
        schema: AppRevisionDetail,
      },
      options,
    );
  },
};
