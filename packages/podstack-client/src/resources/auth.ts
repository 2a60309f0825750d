import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { User } from "../schemas";
import { Resource } from "./resource";

/** `client.auth`: who the token belongs to. */
export class Auth extends Resource {
  /**
   * The user the token belongs to: at least `email` [doc]. A cheap way to check a token.
   * Route `GET /v1/auth/whoami` [assumed].
   *
   * @example
   * ```ts
   * const user = await client.auth.whoami();
   * console.log(`Authenticated as: ${user.email}`);
   * ```
   */
  whoami(options?: RequestOptions): Promise<User> {
    return this.send("auth.whoami", {}, options);
  }
}
