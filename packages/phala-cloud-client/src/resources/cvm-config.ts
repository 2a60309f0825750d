import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ClientCore } from "../client-context";
import { cvmIdParam, withoutCvmId } from "../cvm-id";
import { checkParams } from "../params";
import {
  CvmAvailableOsImages,
  type CvmIdInput,
  CvmUserConfig,
  UpdateOsImageRequest,
  UpdatePreLaunchScriptRequest,
  UpdatePreLaunchScriptResult,
} from "../schemas";
import { orPrecondition, proofHeaders } from "./on-chain-proof";
import { send, sendWithResponse } from "./send";

/** A CVM's configuration: pre-launch script, docker compose file, user config and OS image. */
export interface CvmConfigMethods {
  /**
   * The CVM's pre-launch script: `GET /cvms/{cvmId}/pre-launch-script`, as a string.
   *
   * @example
   * ```ts
   * const script = await client.getCvmPreLaunchScript({ name: "my-web-app" });
   * ```
   */
  getCvmPreLaunchScript(params: CvmIdInput, options?: RequestOptions): Promise<string>;
  /**
   * Replaces the pre-launch script: `PATCH /cvms/{cvmId}/pre-launch-script`, sent as `text/plain`.
   * It is part of the compose, so on an on-chain KMS the first call answers HTTP 465, returned as a
   * `precondition_required` result; retry with `compose_hash` and `transaction_hash` (sent as
   * `X-Compose-Hash` and `X-Transaction-Hash`). Not retried after a 5xx or a timeout.
   *
   * @example
   * ```ts
   * const result = await client.updatePreLaunchScript({ name: "my-web-app", pre_launch_script: "#!/bin/sh\necho hi\n" });
   * ```
   */
  updatePreLaunchScript(
    params: CvmIdInput & UpdatePreLaunchScriptRequest,
    options?: RequestOptions,
  ): Promise<UpdatePreLaunchScriptResult>;
  /**
   * The docker compose file the CVM runs, as YAML text: `GET /cvms/{cvmId}/docker-compose.yml`.
   *
   * @example
   * ```ts
   * const yaml = await client.getCvmDockerCompose({ name: "my-web-app" });
   * ```
   */
  getCvmDockerCompose(params: CvmIdInput, options?: RequestOptions): Promise<string>;
  /**
   * What the guest is configured with at boot (hostname, SSH keys, gateway domain):
   * `GET /cvms/{cvmId}/user_config`.
   *
   * @example
   * ```ts
   * const { ssh_authorized_keys } = await client.getCvmUserConfig({ name: "my-web-app" });
   * ```
   */
  getCvmUserConfig(params: CvmIdInput, options?: RequestOptions): Promise<CvmUserConfig>;
  /**
   * The OS image versions the CVM can move to: `GET /cvms/{cvmId}/available-os-images`.
   *
   * @example
   * ```ts
   * const images = await client.getAvailableOsImages({ name: "my-web-app" });
   * const next = images.find((image) => image.prod && !image.prod.is_current)?.prod?.name;
   * ```
   */
  getAvailableOsImages(params: CvmIdInput, options?: RequestOptions): Promise<CvmAvailableOsImages>;
  /**
   * Moves the CVM to another OS image: `PATCH /cvms/{cvmId}/os-image` `{ os_image_name }`. Not
   * retried after a 5xx or a timeout (the upgrade restarts the CVM).
   *
   * @example
   * ```ts
   * await client.updateOsImage({ name: "my-web-app", os_image_name: "dstack-0.5.4" });
   * ```
   */
  updateOsImage(params: CvmIdInput & UpdateOsImageRequest, options?: RequestOptions): Promise<void>;
}

/**
 * A text body, or a JSON string when the server sends one (FastAPI encodes a `str` result as JSON
 * unless the route says otherwise; which one these routes use is not documented).
 */
async function readText(client: ClientCore, operation: string, path: string, cvmId: string, options: RequestOptions | undefined): Promise<string> {
  const response = await sendWithResponse<string>(client, { operation, method: "GET", path, pathParams: { cvmId }, responseType: "text" }, options);
  if (!/\bjson\b/i.test(response.headers["content-type"] ?? "")) return response.data;
  try {
    const value: unknown = JSON.parse(response.data);
    return typeof value === "string" ? value : response.data;
  } catch {
    return response.data;
  }
}

export const cvmConfigMethods: CvmConfigMethods & ThisType<ClientCore> = {
  async getCvmPreLaunchScript(params, options) {
    return readText(this, "getCvmPreLaunchScript", "/cvms/{cvmId}/pre-launch-script", cvmIdParam(params, "getCvmPreLaunchScript"), options);
  },
  async updatePreLaunchScript(params, options) {
    const cvmId = cvmIdParam(params, "updatePreLaunchScript");
    const { pre_launch_script, compose_hash, transaction_hash } = checkParams(UpdatePreLaunchScriptRequest, params, "updatePreLaunchScript");
    const headers = proofHeaders(options?.headers, compose_hash, transaction_hash);
    return orPrecondition(
      send(
        this,
        {
          operation: "updatePreLaunchScript",
          method: "PATCH",
          path: "/cvms/{cvmId}/pre-launch-script",
          pathParams: { cvmId },
          body: { contentType: "text/plain", data: pre_launch_script },
          schema: UpdatePreLaunchScriptResult,
          headers,
        },
        options,
      ),
    );
  },
  async getCvmDockerCompose(params, options) {
    return readText(this, "getCvmDockerCompose", "/cvms/{cvmId}/docker-compose.yml", cvmIdParam(params, "getCvmDockerCompose"), options);
  },
  async getCvmUserConfig(params, options) {
    const cvmId = cvmIdParam(params, "getCvmUserConfig");
    return send(this, { operation: "getCvmUserConfig", method: "GET", path: "/cvms/{cvmId}/user_config", pathParams: { cvmId }, schema: CvmUserConfig }, options);
  },
  async getAvailableOsImages(params, options) {
    const cvmId = cvmIdParam(params, "getAvailableOsImages");
    return send(
      this,
      { operation: "getAvailableOsImages", method: "GET", path: "/cvms/{cvmId}/available-os-images", pathParams: { cvmId }, schema: CvmAvailableOsImages },
      options,
    );
  },
  async updateOsImage(params, options) {
    const cvmId = cvmIdParam(params, "updateOsImage");
    const json = checkParams(UpdateOsImageRequest, withoutCvmId(params), "updateOsImage");
    return send<void>(
      this,
      { operation: "updateOsImage", method: "PATCH", path: "/cvms/{cvmId}/os-image", pathParams: { cvmId }, json, responseType: "none" },
      options,
    );
  },
};
