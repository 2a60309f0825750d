import { type Paginator, paginate, type RequestOptions } from "@cloud-sdk/auth-core";
import type * as v from "valibot";
import type { ApiVersion } from "../api-version";
import type { ClientCore } from "../client-context";
import { cvmIdParam } from "../cvm-id";
import { checkOptionalParams, checkParams } from "../params";
import {
  AppCompose,
  CvmAttestation,
  CvmContainersStats,
  type CvmIdInput,
  CvmNetwork,
  CvmState,
  CvmStats,
  GetCvmListRequest,
  type VersionedResponse,
} from "../schemas";
import { send, versioned } from "./send";

/** Filters of `client.cvms()`: those of `getCvmList` except `page`. */
export type CvmListFilter = Omit<GetCvmListRequest, "page">;

/** Reading CVMs: the list, one CVM, and its live state, stats, network, attestation and compose. */
export interface CvmQueryMethods<V extends ApiVersion> {
  /**
   * One page of the workspace's CVMs: `GET /cvms/paginated`, `{ items, total, page, page_size, pages }`.
   * Items follow the API version. To walk every page, use {@link CvmQueryMethods.cvms}.
   *
   * @example
   * ```ts
   * const { items, pages } = await client.getCvmList({ page: 1, page_size: 50 });
   * ```
   */
  getCvmList(params?: GetCvmListRequest, options?: RequestOptions): Promise<VersionedResponse<V, "cvmList">>;
  /**
   * Every CVM of the workspace, page after page, fetched as the loop asks for them.
   *
   * @example
   * ```ts
   * for await (const cvm of client.cvms()) console.log(cvm.name, cvm.status);
   * const all = await client.cvms({ page_size: 100 }).toArray();
   * ```
   */
  cvms(params?: CvmListFilter, options?: RequestOptions): Paginator<VersionedResponse<V, "cvmListItem">, number>;
  /**
   * One CVM in full: `GET /cvms/{cvmId}`. Name it by `id`, `uuid`, `app_id`, `instance_id` or
   * `name`; the shape follows the API version.
   *
   * @example
   * ```ts
   * const cvm = await client.getCvmInfo({ name: "my-web-app" });
   * console.log(cvm.status, cvm.resource.instance_type);
   * ```
   */
  getCvmInfo(params: CvmIdInput, options?: RequestOptions): Promise<VersionedResponse<V, "cvmDetail">>;
  /**
   * The VM's live state from its node: `GET /cvms/{cvmId}/state` (status, uptime, boot progress).
   *
   * @example
   * ```ts
   * const { status, boot_progress } = await client.getCvmState({ id: "cvm_2f6d7a91" });
   * ```
   */
  getCvmState(params: CvmIdInput, options?: RequestOptions): Promise<CvmState>;
  /**
   * System information from the guest agent: `GET /cvms/{cvmId}/stats` (`sysinfo` is `null` when
   * the VM is offline or keeps it private).
   *
   * @example
   * ```ts
   * const { is_online, sysinfo } = await client.getCvmStats({ id: "cvm_2f6d7a91" });
   * ```
   */
  getCvmStats(params: CvmIdInput, options?: RequestOptions): Promise<CvmStats>;
  /**
   * Network state and public URLs: `GET /cvms/{cvmId}/network`.
   *
   * @example
   * ```ts
   * const { public_urls } = await client.getCvmNetwork({ name: "my-web-app" });
   * ```
   */
  getCvmNetwork(params: CvmIdInput, options?: RequestOptions): Promise<CvmNetwork>;
  /**
   * The attestation: app certificates and TCB info (measurements, event log):
   * `GET /cvms/{cvmId}/attestation`.
   *
   * @example
   * ```ts
   * const { tcb_info } = await client.getCvmAttestation({ name: "my-web-app" });
   * console.log(tcb_info?.mrtd);
   * ```
   */
  getCvmAttestation(params: CvmIdInput, options?: RequestOptions): Promise<CvmAttestation>;
  /**
   * The app compose the CVM runs (docker compose file, allowed envs, flags):
   * `GET /cvms/{cvmId}/compose_file`.
   *
   * @example
   * ```ts
   * const { docker_compose_file, allowed_envs } = await client.getCvmComposeFile({ name: "my-web-app" });
   * ```
   */
  getCvmComposeFile(params: CvmIdInput, options?: RequestOptions): Promise<AppCompose>;
  /**
   * The containers running in the CVM: `GET /cvms/{cvmId}/composition`.
   *
   * @example
   * ```ts
   * const { containers } = await client.getCvmContainersStats({ name: "my-web-app" });
   * ```
   */
  getCvmContainersStats(params: CvmIdInput, options?: RequestOptions): Promise<CvmContainersStats>;
}

type CvmList = VersionedResponse<ApiVersion, "cvmList">;
type CvmListItem = VersionedResponse<ApiVersion, "cvmListItem">;

function getCvmList(client: ClientCore, query: GetCvmListRequest | undefined, options: RequestOptions | undefined): Promise<CvmList> {
  return send(
    client,
    { operation: "getCvmList", method: "GET", path: "/cvms/paginated", query, schema: versioned(client, "cvmList") },
    options,
  );
}

/** A method reading one sub-resource of a CVM (`/cvms/{cvmId}<suffix>`), built once per method. */
function cvmReader<T>(operation: string, suffix: string, schema: v.GenericSchema<unknown, T>) {
  const path = `/cvms/{cvmId}${suffix}`;
  return async function (this: ClientCore, params: CvmIdInput, options?: RequestOptions): Promise<T> {
    return send(this, { operation, method: "GET", path, pathParams: { cvmId: cvmIdParam(params, operation) }, schema }, options);
  };
}

export const cvmQueryMethods: CvmQueryMethods<ApiVersion> & ThisType<ClientCore> = {
  async getCvmList(params, options) {
    return getCvmList(this, checkOptionalParams(GetCvmListRequest, params, "getCvmList"), options);
  },
  cvms(params, options) {
    let filter: GetCvmListRequest | undefined;
    return paginate<CvmListItem, number>(async (page) => {
      // Checked on the first fetch, so a bad filter rejects the loop instead of throwing at the call.
      if (page === undefined && params !== undefined) filter = checkParams(GetCvmListRequest, params, "cvms");
      const list = await getCvmList(this, { ...filter, page: page ?? 1 }, options);
      return { items: list.items as readonly CvmListItem[], next: list.page < list.pages ? list.page + 1 : undefined };
    }, "cvms");
  },
  async getCvmInfo(params, options) {
    const cvmId = cvmIdParam(params, "getCvmInfo");
    return send(this, { operation: "getCvmInfo", method: "GET", path: "/cvms/{cvmId}", pathParams: { cvmId }, schema: versioned(this, "cvmDetail") }, options);
  },
  getCvmState: cvmReader("getCvmState", "/state", CvmState),
  getCvmStats: cvmReader("getCvmStats", "/stats", CvmStats),
  getCvmNetwork: cvmReader("getCvmNetwork", "/network", CvmNetwork),
  getCvmAttestation: cvmReader("getCvmAttestation", "/attestation", CvmAttestation),
  getCvmComposeFile: cvmReader("getCvmComposeFile", "/compose_file", AppCompose),
  getCvmContainersStats: cvmReader("getCvmContainersStats", "/composition", CvmContainersStats),
};
