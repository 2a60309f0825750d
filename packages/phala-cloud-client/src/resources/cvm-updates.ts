import type { RequestOptions } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import type { ApiVersion } from "../api-version";
import type { ClientCore } from "../client-context";
import { cvmIdParam, withoutCvmId } from "../cvm-id";
import { checkParams } from "../params";
import {
  CvmDetailV20251028,
  type CvmIdInput,
  UpdateCvmEnvsRequest,
  UpdateCvmEnvsResult,
  UpdateCvmResourcesRequest,
  UpdateCvmVisibilityRequest,
  UpdateDockerComposeRequest,
  UpdateDockerComposeResult,
  type VersionedResponse,
} from "../schemas";
import { orPrecondition, proofHeaders } from "./on-chain-proof";
import { send, versioned } from "./send";
import { withHeaders } from "./with-headers";

/**
 * Changing a running CVM. None of these is retried after a 5xx or a timeout (each starts an
 * update), only after a 429 or a transient 409.
 */
export interface CvmUpdateMethods<V extends ApiVersion> {
  /**
   * Replaces the CVM's encrypted env (and optionally its allowed keys): `PATCH /cvms/{cvmId}/envs`.
   * On an on-chain KMS, a change of allowed keys first answers HTTP 465; that comes back as a
   * `{ status: "precondition_required", compose_hash, … }` result, not an error. Register the hash
   * on-chain, then call again with `compose_hash` and `transaction_hash`.
   *
   * @example
   * ```ts
   * const result = await client.updateCvmEnvs({ name: "my-web-app", encrypted_env: hex, env_keys: ["API_KEY"] });
   * if (result.status === "precondition_required") {
   *   const tx = await registerOnChain(result.compose_hash);
   *   await client.updateCvmEnvs({ name: "my-web-app", encrypted_env: hex, env_keys: ["API_KEY"],
   *     compose_hash: result.compose_hash, transaction_hash: tx });
   * }
   * ```
   */
  updateCvmEnvs(params: CvmIdInput & UpdateCvmEnvsRequest, options?: RequestOptions): Promise<UpdateCvmEnvsResult>;
  /**
   * Replaces the docker compose file: `PATCH /cvms/{cvmId}/docker-compose`, the YAML sent as
   * `text/yaml`. The 465 of an on-chain KMS is a `precondition_required` result, as for
   * {@link CvmUpdateMethods.updateCvmEnvs}; the retry's hashes travel as `X-Compose-Hash` and
   * `X-Transaction-Hash`.
   *
   * @example
   * ```ts
   * const result = await client.updateDockerCompose({ name: "my-web-app", docker_compose_file: yaml });
   * if (result.status === "in_progress") console.log(result.correlation_id);
   * ```
   */
  updateDockerCompose(
    params: CvmIdInput & UpdateDockerComposeRequest,
    options?: RequestOptions,
  ): Promise<UpdateDockerComposeResult>;
  /**
   * Resizes a CVM (instance type, or vCPU / memory in MB / disk in GB; disks only grow):
   * `PATCH /cvms/{cvmId}/resources`. `allow_restart` lets the server restart it to apply.
   *
   * @example
   * ```ts
   * await client.updateCvmResources({ name: "my-web-app", instance_type: "tdx.medium", allow_restart: true });
   * ```
   */
  updateCvmResources(params: CvmIdInput & UpdateCvmResourcesRequest, options?: RequestOptions): Promise<void>;
  /**
   * Chooses what the CVM shows publicly (system info, logs, TCB info):
   * `PATCH /cvms/{cvmId}/visibility`. Answers the CVM in the API version's shape, or, at any
   * version, in the legacy flat shape with a numeric `id` and no `resource`: the shape
   * `@phala/cloud` 0.2.9 checks this answer against (`CvmDetailV20251028Schema`). Tell them apart
   * with `typeof cvm.id === "number"`.
   *
   * @example
   * ```ts
   * await client.updateCvmVisibility({ name: "my-web-app", public_sysinfo: false, public_logs: false });
   * ```
   */
  updateCvmVisibility(
    params: CvmIdInput & UpdateCvmVisibilityRequest,
    options?: RequestOptions,
  ): Promise<VersionedResponse<V, "cvmDetail"> | CvmDetailV20251028>;
}

/**
 * The version's CVM detail, or the legacy flat record `@phala/cloud` 0.2.9 expects here, told apart
 * by a numeric `id` (the legacy record's), so that a drifted body is reported against one schema.
 */
function visibilityAnswer(client: ClientCore): v.GenericSchema<unknown, VersionedResponse<ApiVersion, "cvmDetail"> | CvmDetailV20251028> {
  const current = versioned(client, "cvmDetail");
  const legacy = (input: unknown) => typeof input === "object" && input !== null && typeof (input as { id?: unknown }).id === "number";
  return v.lazy((input): v.GenericSchema<unknown, VersionedResponse<ApiVersion, "cvmDetail"> | CvmDetailV20251028> =>
    legacy(input) ? CvmDetailV20251028 : current,
  );
}

export const cvmUpdateMethods: CvmUpdateMethods<ApiVersion> & ThisType<ClientCore> = {
  async updateCvmEnvs(params, options) {
    const cvmId = cvmIdParam(params, "updateCvmEnvs");
    const json = checkParams(UpdateCvmEnvsRequest, withoutCvmId(params), "updateCvmEnvs");
    return orPrecondition(
      send(this, { operation: "updateCvmEnvs", method: "PATCH", path: "/cvms/{cvmId}/envs", pathParams: { cvmId }, json, schema: UpdateCvmEnvsResult }, options),
    );
  },
  async updateDockerCompose(params, options) {
    const cvmId = cvmIdParam(params, "updateDockerCompose");
    const { docker_compose_file, compose_hash, transaction_hash } = checkParams(UpdateDockerComposeRequest, withoutCvmId(params), "updateDockerCompose");
    const headers = proofHeaders(options?.headers, compose_hash, transaction_hash);
    return orPrecondition(
      send(
        this,
        {
          operation: "updateDockerCompose",
          method: "PATCH",
          path: "/cvms/{cvmId}/docker-compose",
          pathParams: { cvmId },
          body: { contentType: "text/yaml", data: docker_compose_file },
          schema: UpdateDockerComposeResult,
          headers,
        },
        options,
      ),
    );
  },
  async updateCvmResources(params, options) {
    const cvmId = cvmIdParam(params, "updateCvmResources");
    const json = checkParams(UpdateCvmResourcesRequest, withoutCvmId(params), "updateCvmResources");
    return send<void>(
      this,
      { operation: "updateCvmResources", method: "PATCH", path: "/cvms/{cvmId}/resources", pathParams: { cvmId }, json, responseType: "none" },
      options,
    );
  },
  async updateCvmVisibility(params, options) {
    const cvmId = cvmIdParam(params, "updateCvmVisibility");
    const json = checkParams(UpdateCvmVisibilityRequest, withoutCvmId(params), "updateCvmVisibility");
    return send(
      this,
      { operation: "updateCvmVisibility", method: "PATCH", path: "/cvms/{cvmId}/visibility", pathParams: { cvmId }, json, schema: visibilityAnswer(this) },
      options,
    );
  },
};
