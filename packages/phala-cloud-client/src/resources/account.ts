import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ApiVersion } from "../api-version";
import type { ClientCore } from "../client-context";
import type { VersionedResponse } from "../schemas";
import { send, versioned } from "./send";

/** The account behind the credential. */
export interface AccountMethods<V extends ApiVersion> {
  /**
   * The user, workspace and credits behind the key: `GET /auth/me`. A cheap way to check a key.
   * The shape follows the API version: `{ user, workspace, credits }` from 2026-01-21, flat
   * `{ username, email, credits, team_name, … }` in 2025-10-28.
   *
   * @example
   * ```ts
   * const me = await client.getCurrentUser();
   * console.log(me.user.username, me.workspace.slug, me.credits.balance);
   * ```
   */
  getCurrentUser(options?: RequestOptions): Promise<VersionedResponse<V, "currentUser">>;
}

export const accountMethods: AccountMethods<ApiVersion> & ThisType<ClientCore> = {
  getCurrentUser(options) {
    return send(this, { operation: "getCurrentUser", method: "GET", path: "/auth/me", schema: versioned(this, "currentUser") }, options);
  },
};
