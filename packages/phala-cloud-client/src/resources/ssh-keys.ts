import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ClientCore } from "../client-context";
import { checkParams } from "../params";
import {
  CreateSshKeyRequest,
  DeleteSshKeyRequest,
  ImportGithubProfileRequest,
  ImportGithubProfileResult,
  SshKey,
  SshKeyList,
  SyncGithubSshKeysResult,
} from "../schemas";
import { send } from "./send";

/** The user's SSH public keys, installed into CVMs at boot. */
export interface SshKeyMethods {
  /**
   * Every SSH key of the user: `GET /user/ssh-keys`.
   *
   * @example
   * ```ts
   * for (const key of await client.listSshKeys()) console.log(key.name, key.fingerprint);
   * ```
   */
  listSshKeys(options?: RequestOptions): Promise<SshKeyList>;
  /**
   * Adds an SSH public key: `POST /user/ssh-keys`. Not retried after a 5xx or a timeout (a repeat
   * could add it twice).
   *
   * @example
   * ```ts
   * const key = await client.createSshKey({ name: "laptop", public_key: "ssh-ed25519 AAAA… me@laptop" });
   * ```
   */
  createSshKey(params: CreateSshKeyRequest, options?: RequestOptions): Promise<SshKey>;
  /**
   * Removes an SSH key: `DELETE /user/ssh-keys/{keyId}`.
   *
   * @example
   * ```ts
   * await client.deleteSshKey({ keyId: key.id });
   * ```
   */
  deleteSshKey(params: DeleteSshKeyRequest, options?: RequestOptions): Promise<void>;
  /**
   * Adds the public keys of a GitHub user: `POST /user/ssh-keys/github-profile`
   * `{ github_username }`. Keys already present are skipped. Not retried after a 5xx or a timeout
   * (it adds keys).
   *
   * @example
   * ```ts
   * const { keys_added, keys_skipped } = await client.importGithubProfileSshKeys({ github_username: "octocat" });
   * ```
   */
  importGithubProfileSshKeys(params: ImportGithubProfileRequest, options?: RequestOptions): Promise<ImportGithubProfileResult>;
  /**
   * Brings the keys imported from the linked GitHub account up to date (adds, updates, removes):
   * `POST /user/ssh-keys/github-sync`. Safe to repeat: a second sync finds nothing to change.
   *
   * @example
   * ```ts
   * const { keys_added, keys_removed } = await client.syncGithubSshKeys();
   * ```
   */
  syncGithubSshKeys(options?: RequestOptions): Promise<SyncGithubSshKeysResult>;
}

export const sshKeyMethods: SshKeyMethods & ThisType<ClientCore> = {
  listSshKeys(options) {
    return send(this, { operation: "listSshKeys", method: "GET", path: "/user/ssh-keys", schema: SshKeyList }, options);
  },
  async createSshKey(params, options) {
    const json = checkParams(CreateSshKeyRequest, params, "createSshKey");
    return send(this, { operation: "createSshKey", method: "POST", path: "/user/ssh-keys", json, schema: SshKey, idempotent: false }, options);
  },
  async deleteSshKey(params, options) {
    const pathParams = checkParams(DeleteSshKeyRequest, params, "deleteSshKey");
    return send<void>(
      this,
      { operation: "deleteSshKey", method: "DELETE", path: "/user/ssh-keys/{keyId}", pathParams, responseType: "none" },
      options,
    );
  },
  async importGithubProfileSshKeys(params, options) {
    const json = checkParams(ImportGithubProfileRequest, params, "importGithubProfileSshKeys");
    return send(
      this,
      { operation: "importGithubProfileSshKeys", method: "POST", path: "/user/ssh-keys/github-profile", json, schema: ImportGithubProfileResult, idempotent: false },
      options,
    );
  },
  syncGithubSshKeys(options) {
    return send(
      this,
      { operation: "syncGithubSshKeys", method: "POST", path: "/user/ssh-keys/github-sync", json: {}, schema: SyncGithubSshKeysResult, idempotent: true },
      options,
    );
  },
};
