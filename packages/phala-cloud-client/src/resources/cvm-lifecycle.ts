import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ClientCore } from "../client-context";
import { cvmIdParam, withoutCvmId } from "../cvm-id";
import { checkParams } from "../params";
import {
  CommitCvmProvisionRequest,
  type CvmIdInput,
  ProvisionCvmRequest,
  ProvisionCvmResponse,
  RestartCvmRequest,
  VmRecord,
} from "../schemas";
import { toProvisionBody } from "./provision-body";
import { send } from "./send";

/**
 * Creating a CVM (provision, then commit), and starting, stopping, restarting and deleting one.
 * Retries: commit, start, stop, shutdown and delete are safe to repeat and retried; provision and
 * restart are not (a repeat could reserve or restart twice), except after a 429 or a transient 409.
 */
export interface CvmLifecycleMethods {
  /**
   * Step 1 of creating a CVM: checks the request against capacity and quotas and answers the
   * `app_id`, `compose_hash` and `app_env_encrypt_pubkey` that {@link CvmLifecycleMethods.commitCvmProvision}
   * needs: `POST /cvms/provision`. Unknown fields pass through to the server. Sent as
   * `@phala/cloud` 0.2.9 sends it: `compose_file.name` defaults to `""`, `instance_type` to
   * `tdx.small` when no size is given, and `node_id` travels as `teepod_id`.
   *
   * @example
   * ```ts
   * const provision = await client.provisionCvm({
   *   name: "my-web-app",
   *   instance_type: "tdx.small",
   *   compose_file: { docker_compose_file: "services:\n  web:\n    image: nginx\n" },
   * });
   * ```
   */
  provisionCvm(params: ProvisionCvmRequest, options?: RequestOptions): Promise<ProvisionCvmResponse>;
  /**
   * Step 2: creates the CVM from a provision, with the env encrypted to `app_env_encrypt_pubkey`:
   * `POST /cvms`. Idempotent on `app_id` + `compose_hash`, so it is retried safely.
   *
   * @example
   * ```ts
   * const vm = await client.commitCvmProvision({
   *   app_id: provision.app_id!,
   *   compose_hash: provision.compose_hash,
   *   encrypted_env: "…hex…",
   * });
   * ```
   */
  commitCvmProvision(params: CommitCvmProvisionRequest, options?: RequestOptions): Promise<VmRecord>;
  /**
   * Starts a stopped CVM: `POST /cvms/{cvmId}/start`. Answers the VM record (status `starting`).
   *
   * @example
   * ```ts
   * await client.startCvm({ name: "my-web-app" });
   * ```
   */
  startCvm(params: CvmIdInput, options?: RequestOptions): Promise<VmRecord>;
  /**
   * Stops a CVM at once, like pulling the plug: `POST /cvms/{cvmId}/stop`.
   *
   * @example
   * ```ts
   * await client.stopCvm({ id: "cvm_2f6d7a91" });
   * ```
   */
  stopCvm(params: CvmIdInput, options?: RequestOptions): Promise<VmRecord>;
  /**
   * Shuts a CVM down gracefully: `POST /cvms/{cvmId}/shutdown`.
   *
   * @example
   * ```ts
   * await client.shutdownCvm({ name: "my-web-app" });
   * ```
   */
  shutdownCvm(params: CvmIdInput, options?: RequestOptions): Promise<VmRecord>;
  /**
   * Restarts a CVM: `POST /cvms/{cvmId}/restart` with `{ force }` (default false: graceful).
   * Not retried on a 5xx or a timeout, since each call restarts the VM.
   *
   * @example
   * ```ts
   * await client.restartCvm({ name: "my-web-app", force: true });
   * ```
   */
  restartCvm(params: CvmIdInput & RestartCvmRequest, options?: RequestOptions): Promise<VmRecord>;
  /**
   * Deletes a CVM for good: `DELETE /cvms/{cvmId}`.
   *
   * @example
   * ```ts
   * await client.deleteCvm({ name: "my-web-app" });
   * ```
   */
  deleteCvm(params: CvmIdInput, options?: RequestOptions): Promise<void>;
}

/** A bodyless power action on a CVM; the target state makes a repeat harmless. */
function powerAction(operation: string, action: string) {
  const path = `/cvms/{cvmId}/${action}`;
  return async function (this: ClientCore, params: CvmIdInput, options?: RequestOptions): Promise<VmRecord> {
    const cvmId = cvmIdParam(params, operation);
    return send(this, { operation, method: "POST", path, pathParams: { cvmId }, schema: VmRecord, idempotent: true }, options);
  };
}

export const cvmLifecycleMethods: CvmLifecycleMethods & ThisType<ClientCore> = {
  async provisionCvm(params, options) {
    const json = toProvisionBody(checkParams(ProvisionCvmRequest, params, "provisionCvm"));
    return send(this, { operation: "provisionCvm", method: "POST", path: "/cvms/provision", json, schema: ProvisionCvmResponse, idempotent: false }, options);
  },
  async commitCvmProvision(params, options) {
    const json = checkParams(CommitCvmProvisionRequest, params, "commitCvmProvision");
    return send(this, { operation: "commitCvmProvision", method: "POST", path: "/cvms", json, schema: VmRecord, idempotent: true }, options);
  },
  startCvm: powerAction("startCvm", "start"),
  stopCvm: powerAction("stopCvm", "stop"),
  shutdownCvm: powerAction("shutdownCvm", "shutdown"),
  async restartCvm(params, options) {
    const cvmId = cvmIdParam(params, "restartCvm");
    // `force` defaults to false, as the official SDK sends it; unknown fields go along as given.
    const { force = false, ...rest } = checkParams(RestartCvmRequest, withoutCvmId(params), "restartCvm");
    const json = { force, ...rest };
    return send(
      this,
      { operation: "restartCvm", method: "POST", path: "/cvms/{cvmId}/restart", pathParams: { cvmId }, json, schema: VmRecord, idempotent: false },
      options,
    );
  },
  async deleteCvm(params, options) {
    const cvmId = cvmIdParam(params, "deleteCvm");
    return send<void>(this, { operation: "deleteCvm", method: "DELETE", path: "/cvms/{cvmId}", pathParams: { cvmId }, responseType: "none" }, options);
  },
};
