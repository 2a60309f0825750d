import type { RequestOptions } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import type { ClientCore } from "../client-context";
import { cvmIdParam, withoutCvmId } from "../cvm-id";
import { checkParams } from "../params";
import {
  CommitCvmComposeFileUpdateRequest,
  CommitCvmUpdateRequest,
  ConfirmCvmPatchRequest,
  CvmUpdateAccepted,
  type CvmIdInput,
  findStructuredError,
  OnChainStatus,
  PatchCvmInProgress,
  type PatchCvmPreconditionRequired,
  PatchCvmRequest,
  type PatchCvmResult,
  PREPARE_ONLY_HEADER,
  ProvisionCvmComposeFileUpdateRequest,
  ProvisionCvmComposeFileUpdateResult,
  toComposePrecondition,
} from "../schemas";
import { orPrecondition, proofHeaders } from "./on-chain-proof";
import { withHeaders } from "./with-headers";
import { send } from "./send";

/**
 * Two-phase CVM updates: one `PATCH /cvms/{id}` for any change (with its on-chain confirmation and
 * the multisig prepare/commit), and the compose-file update in two calls. None is retried after a
 * 5xx or a timeout (each starts an update), only after a 429 or a transient 409.
 */
export interface CvmPatchMethods {
  /**
   * Changes a CVM in one request: `PATCH /cvms/{cvmId}` with any of compose file, pre-launch
   * script, allowed envs, visibility, encrypted env, user config, GPUs, resources, OS image and
   * shutdown settings. On an on-chain KMS a change of the compose hash answers HTTP 465, returned as
   * a `precondition_required` result: register `compose_hash` on-chain, then call
   * {@link CvmPatchMethods.confirmCvmPatch}. `prepareOnly: true` (header `X-Prepare-Only`) only
   * prepares: the result carries a `commit_token` for {@link CvmPatchMethods.commitCvmUpdate}.
   *
   * @example
   * ```ts
   * const result = await client.patchCvm({ name: "my-web-app", docker_compose_file: yaml, vcpu: 2 });
   * if (result.status === "precondition_required") {
   *   const tx = await registerOnChain(result.compose_hash);
   *   await client.confirmCvmPatch({ name: "my-web-app", composeHash: result.compose_hash, transactionHash: tx });
   * }
   * ```
   */
  patchCvm(params: CvmIdInput & PatchCvmRequest, options?: RequestOptions): Promise<PatchCvmResult>;
  /**
   * Phase 2 of {@link CvmPatchMethods.patchCvm}: `PATCH /cvms/{cvmId}` with an empty body and the
   * proof in `X-Compose-Hash` and `X-Transaction-Hash`; the server applies the pending patch.
   *
   * @example
   * ```ts
   * const { correlation_id } = await client.confirmCvmPatch({ name: "my-web-app", composeHash, transactionHash: tx });
   * ```
   */
  confirmCvmPatch(params: CvmIdInput & ConfirmCvmPatchRequest, options?: RequestOptions): Promise<CvmUpdateAccepted>;
  /**
   * Commits a prepared update (multisig flow): `POST /cvms/{cvmId}/commit-update` with the
   * prepare-only result's `commit_token`, its compose hash and the registering transaction.
   *
   * @example
   * ```ts
   * const prepared = await client.patchCvm({ name: "onchain-app", docker_compose_file: yaml, prepareOnly: true });
   * if (prepared.status === "precondition_required" && prepared.commit_token) {
   *   await client.commitCvmUpdate({ name: "onchain-app", token: prepared.commit_token,
   *     composeHash: prepared.compose_hash, transactionHash: tx });
   * }
   * ```
   */
  commitCvmUpdate(params: CvmIdInput & CommitCvmUpdateRequest, options?: RequestOptions): Promise<CvmUpdateAccepted>;
  /**
   * Phase 1 of a compose update: `POST /cvms/{cvmId}/compose_file/provision` with the new app
   * compose. Changes nothing yet; answers the new `compose_hash` (and, on-chain, whether it is
   * registered already).
   *
   * @example
   * ```ts
   * const compose = await client.getCvmComposeFile({ name: "my-web-app" });
   * const { compose_hash } = await client.provisionCvmComposeFileUpdate({
   *   name: "my-web-app", app_compose: { ...compose, docker_compose_file: yaml } });
   * ```
   */
  provisionCvmComposeFileUpdate(
    params: CvmIdInput & ProvisionCvmComposeFileUpdateRequest,
    options?: RequestOptions,
  ): Promise<ProvisionCvmComposeFileUpdateResult>;
  /**
   * Phase 2 of a compose update: `PATCH /cvms/{cvmId}/compose_file` with the hash phase 1 answered
   * (and a new encrypted env, if any). Resolves when the server has accepted it.
   *
   * @example
   * ```ts
   * await client.commitCvmComposeFileUpdate({ name: "my-web-app", compose_hash });
   * ```
   */
  commitCvmComposeFileUpdate(params: CvmIdInput & CommitCvmComposeFileUpdateRequest, options?: RequestOptions): Promise<void>;
}

const PATCH_EXTRAS = ["commit_token", "commit_url", "api_commit_url"] as const;

/** A 465 of `PATCH /cvms/{id}` as a result, with what the prepare-only flow adds to the usual fields. */
function toPatchPrecondition(body: unknown): PatchCvmPreconditionRequired | undefined {
  const base = toComposePrecondition(body);
  if (!base) return undefined;
  const structured = findStructuredError(body);
  if (!structured) return base;
  const values = new Map((structured.details ?? []).map((d) => [d.field, d.value]));
  const result: PatchCvmPreconditionRequired = { ...base };
  for (const field of PATCH_EXTRAS) {
    const value = values.get(field);
    if (typeof value === "string") result[field] = value;
  }
  const status = v.safeParse(OnChainStatus, values.get("onchain_status"));
  if (status.success) result.onchain_status = status.output;
  return result;
}

export const cvmPatchMethods: CvmPatchMethods & ThisType<ClientCore> = {
  async patchCvm(params, options) {
    const cvmId = cvmIdParam(params, "patchCvm");
    const { prepareOnly, ...json } = checkParams(PatchCvmRequest, withoutCvmId(params), "patchCvm");
    const headers = prepareOnly ? withHeaders(options?.headers, { [PREPARE_ONLY_HEADER]: "true" }) : options?.headers;
    return orPrecondition(
      send(this, { operation: "patchCvm", method: "PATCH", path: "/cvms/{cvmId}", pathParams: { cvmId }, json, schema: PatchCvmInProgress, headers }, options),
      toPatchPrecondition,
    );
  },
  async confirmCvmPatch(params, options) {
    const cvmId = cvmIdParam(params, "confirmCvmPatch");
    const { composeHash, transactionHash } = checkParams(ConfirmCvmPatchRequest, params, "confirmCvmPatch");
    const headers = proofHeaders(options?.headers, composeHash, transactionHash);
    return send(
      this,
      { operation: "confirmCvmPatch", method: "PATCH", path: "/cvms/{cvmId}", pathParams: { cvmId }, json: {}, schema: CvmUpdateAccepted, headers },
      options,
    );
  },
  async commitCvmUpdate(params, options) {
    const cvmId = cvmIdParam(params, "commitCvmUpdate");
    const { token, composeHash, transactionHash } = checkParams(CommitCvmUpdateRequest, params, "commitCvmUpdate");
    const json = { token, compose_hash: composeHash, transaction_hash: transactionHash };
    return send(
      this,
      { operation: "commitCvmUpdate", method: "POST", path: "/cvms/{cvmId}/commit-update", pathParams: { cvmId }, json, schema: CvmUpdateAccepted },
      options,
    );
  },
  async provisionCvmComposeFileUpdate(params, options) {
    const cvmId = cvmIdParam(params, "provisionCvmComposeFileUpdate");
    const { app_compose, update_env_vars } = checkParams(ProvisionCvmComposeFileUpdateRequest, params, "provisionCvmComposeFileUpdate");
    const json = update_env_vars === undefined ? app_compose : { ...app_compose, update_env_vars };
    return send(
      this,
      {
        operation: "provisionCvmComposeFileUpdate",
        method: "POST",
        path: "/cvms/{cvmId}/compose_file/provision",
        pathParams: { cvmId },
        json,
        schema: ProvisionCvmComposeFileUpdateResult,
      },
      options,
    );
  },
  async commitCvmComposeFileUpdate(params, options) {
    const cvmId = cvmIdParam(params, "commitCvmComposeFileUpdate");
    const json = checkParams(CommitCvmComposeFileUpdateRequest, withoutCvmId(params), "commitCvmComposeFileUpdate");
    return send<void>(
      this,
      { operation: "commitCvmComposeFileUpdate", method: "PATCH", path: "/cvms/{cvmId}/compose_file", pathParams: { cvmId }, json, responseType: "none" },
      options,
    );
  },
};
