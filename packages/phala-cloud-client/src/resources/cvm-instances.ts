import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ClientCore } from "../client-context";
import { cvmIdParam, withoutCvmId } from "../cvm-id";
import { checkOptionalParams, checkParams } from "../params";
import {
  type CvmIdInput,
  CvmStatusBatch,
  GetCvmStatusBatchRequest,
  InstanceIdRefreshResult,
  RefreshCvmInstanceIdRequest,
  RefreshCvmInstanceIdsRequest,
  RefreshCvmInstanceIdsResult,
  ReplicateCvmRequest,
  VmRecord,
} from "../schemas";
import { send } from "./send";

/** Replicas, instance ids, and the live status of many CVMs at once. */
export interface CvmInstanceMethods {
  /**
   * A new replica of the CVM (same app, another VM; billed): `POST /cvms/{cvmId}/replicas`
   * `{ node_id }`. Never repeated once it may have reached the server: retried only after a 429
   * or a connection that never opened.
   *
   * @example
   * ```ts
   * const replica = await client.replicateCvm({ name: "my-web-app", node_id: 7 });
   * ```
   */
  replicateCvm(params: CvmIdInput & ReplicateCvmRequest, options?: RequestOptions): Promise<VmRecord>;
  /**
   * Reads the CVM's instance id again from its node or the gateway and records it:
   * `PATCH /cvms/{cvmId}/instance-id` `{ overwrite?, dry_run? }`. Safe to repeat.
   *
   * @example
   * ```ts
   * const { status, new_instance_id } = await client.refreshCvmInstanceId({ name: "my-web-app" });
   * ```
   */
  refreshCvmInstanceId(params: CvmIdInput & RefreshCvmInstanceIdRequest, options?: RequestOptions): Promise<InstanceIdRefreshResult>;
  /**
   * The same refresh for many CVMs: `PATCH /cvms/instance-ids`. Safe to repeat.
   *
   * @example
   * ```ts
   * const { updated, items } = await client.refreshCvmInstanceIds({ missing_only: true, limit: 100 });
   * ```
   */
  refreshCvmInstanceIds(params?: RefreshCvmInstanceIdsRequest, options?: RequestOptions): Promise<RefreshCvmInstanceIdsResult>;
  /**
   * The live status of several VMs, keyed by VM UUID: `POST /status/batch` `{ vm_uuids }`. A read,
   * so it is retried like one.
   *
   * @example
   * ```ts
   * const statuses = await client.getCvmStatusBatch({ vmUuids: [cvm.vm_uuid] });
   * ```
   */
  getCvmStatusBatch(params: GetCvmStatusBatchRequest, options?: RequestOptions): Promise<CvmStatusBatch>;
}

export const cvmInstanceMethods: CvmInstanceMethods & ThisType<ClientCore> = {
  async replicateCvm(params, options) {
    const cvmId = cvmIdParam(params, "replicateCvm");
    const { node_id } = checkParams(ReplicateCvmRequest, params, "replicateCvm");
    return send(
      this,
      { operation: "replicateCvm", method: "POST", path: "/cvms/{cvmId}/replicas", pathParams: { cvmId }, json: { node_id }, schema: VmRecord, idempotent: false },
      options,
    );
  },
  async refreshCvmInstanceId(params, options) {
    const cvmId = cvmIdParam(params, "refreshCvmInstanceId");
    const json = checkParams(RefreshCvmInstanceIdRequest, withoutCvmId(params), "refreshCvmInstanceId");
    return send(
      this,
      {
        operation: "refreshCvmInstanceId",
        method: "PATCH",
        path: "/cvms/{cvmId}/instance-id",
        pathParams: { cvmId },
        json,
        schema: InstanceIdRefreshResult,
        idempotent: true,
      },
      options,
    );
  },
  async refreshCvmInstanceIds(params, options) {
    const json = checkOptionalParams(RefreshCvmInstanceIdsRequest, params, "refreshCvmInstanceIds") ?? {};
    return send(
      this,
      { operation: "refreshCvmInstanceIds", method: "PATCH", path: "/cvms/instance-ids", json, schema: RefreshCvmInstanceIdsResult, idempotent: true },
      options,
    );
  },
  async getCvmStatusBatch(params, options) {
    const { vmUuids } = checkParams(GetCvmStatusBatchRequest, params, "getCvmStatusBatch");
    return send(
      this,
      { operation: "getCvmStatusBatch", method: "POST", path: "/status/batch", json: { vm_uuids: vmUuids }, schema: CvmStatusBatch, idempotent: true },
      options,
    );
  },
};
