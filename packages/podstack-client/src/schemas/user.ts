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
  /** [doc] */
  email: v.string(),
  /** [assumed] */
  id: v.optional(v.string()),
  /** [assumed] e.g. `acc_123456`. */
  account_id: v.optional(v.string()),
  /** [assumed] */
  name: v.nullish(v.string()),
  /** [assumed] */
  token_expires_at: v.nullish(v.string()),
});

/** The authenticated user. */
export type User = v.InferOutput<typeof User>;
