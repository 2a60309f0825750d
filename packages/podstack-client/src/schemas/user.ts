import * as v from "valibot";

/**
 * The authenticated user, as `auth.whoami()` returns it. Only `email` is [doc] ("Authenticated
 * as: {user.email}"). The CLI's `auth status` prints an account id (`acc_123456`) and the token's
 * expiry, so `id`, `account_id`, `name` and `token_expires_at` are accepted when present
 * [assumed names].
 *
 * @example
 * ```ts
 * const user = v.parse(User, body);
 * console.log(`Authenticated as: ${user.email}`);
 * ```
 */
export const User = v.looseObject({
  /** The user's email address [doc]. */
  email: v.string(),
  /** The user's id [assumed]. */
  id: v.optional(v.string()),
  /** The id of the user's account, e.g. `acc_123456` [assumed]. */
  account_id: v.optional(v.string()),
  /** The user's name [assumed]. */
  name: v.nullish(v.string()),
  /** When the token in use expires, as the CLI's `auth status` prints it [assumed]. */
  token_expires_at: v.nullish(v.string()),
});

/** The authenticated user; see {@link User}. */
export type User = { [K in keyof v.InferOutput<typeof User>]: v.InferOutput<typeof User>[K] };
