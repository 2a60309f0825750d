import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ApiVersion } from "../api-version";
import type { ClientCore } from "../client-context";
import { checkOptionalParams, checkParams } from "../params";
import { AppIdRequest, AppRevisions, GetAppListRequest, GetAppRevisionsRequest, type VersionedResponse } from "../schemas";
import { send, versioned } from "./send";

/** Apps: a CVM deployment's identity (`app_id`) across its CVMs and revisions. */
export interface AppMethods<V extends ApiVersion> {
  /**
   * The workspace's apps, one page: `GET /apps` (`{ dstack_apps, page, page_size, total, total_pages }`),
   * with filters (`search`, `status`, `listed`, `instance_type` …; `page_size` at most 100). The
   * embedded CVMs follow the API version.
   *
   * @example
   * ```ts
   * const { dstack_apps } = await client.getAppList({ status: ["running"], page_size: 50 });
   * ```
   */
  getAppList(params?: GetAppListRequest, options?: RequestOptions): Promise<VersionedResponse<V, "appList">>;
  /**
   * One app with its CVMs: `GET /apps/{appId}`.
   *
   * @example
   * ```ts
   * const app = await client.getAppInfo({ appId: "50b0e827cc6c53f4010b57e588a18c5ef9388cc1" });
   * ```
   */
  getAppInfo(params: AppIdRequest, options?: RequestOptions): Promise<VersionedResponse<V, "appInfo">>;
  /**
   * The CVMs of an app, in the API version's list shape: `GET /apps/{appId}/cvms`.
   *
   * @example
   * ```ts
   * const cvms = await client.getAppCvms({ appId });
   * ```
   */
  getAppCvms(params: AppIdRequest, options?: RequestOptions): Promise<VersionedResponse<V, "appCvms">>;
  /**
   * The app's revisions (deploys and updates that changed its compose hash), newest first, one
   * page: `GET /apps/{appId}/revisions`.
   *
   * @example
   * ```ts
   * const { revisions } = await client.getAppRevisions({ appId, page_size: 10 });
   * ```
   */
  getAppRevisions(params: GetAppRevisionsRequest, options?: RequestOptions): Promise<AppRevisions>;
}

export const appMethods: AppMethods<ApiVersion> & ThisType<ClientCore> = {
  async getAppList(params, options) {
    const query = checkOptionalParams(GetAppListRequest, params, "getAppList");
    return send(this, { operation: "getAppList", method: "GET", path: "/apps", query, schema: versioned(this, "appList") }, options);
  },
  async getAppInfo(params, options) {
    const pathParams = checkParams(AppIdRequest, params, "getAppInfo");
    return send(this, { operation: "getAppInfo", method: "GET", path: "/apps/{appId}", pathParams, schema: versioned(this, "appInfo") }, options);
  },
  async getAppCvms(params, options) {
    const pathParams = checkParams(AppIdRequest, params, "getAppCvms");
    return send(
      this,
      { operation: "getAppCvms", method: "GET", path: "/apps/{appId}/cvms", pathParams, schema: versioned(this, "appCvms") },
      options,
    );
  },
  async getAppRevisions(params, options) {
    const { appId, ...query } = checkParams(GetAppRevisionsRequest, params, "getAppRevisions");
    return send(
      this,
      { operation: "getAppRevisions", method: "GET", path: "/apps/{appId}/revisions", pathParams: { appId }, query, schema: AppRevisions },
      options,
    );
  },
};
