import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";

/** Role of a user on the platform. */
export const UserRole = openEnum(["admin", "user"] as const);
/** See {@link UserRole}. */
export type UserRole = v.InferOutput<typeof UserRole>;

/** Amounts come as decimal strings or as numbers depending on the field's history. */
const Amount = v.union([v.string(), v.number()]);

/** The `user` layer of `GET /auth/me` (API version 2026-01-21). */
export const UserInfo = v.looseObject({
  username: v.string(),
  email: v.string(),
  role: UserRole,
  avatar: v.string(),
  email_verified: v.boolean(),
  totp_enabled: v.boolean(),
  has_backup_codes: v.boolean(),
  flag_has_password: v.boolean(),
});
/** See {@link UserInfo}. */
export type UserInfo = v.InferOutput<typeof UserInfo>;

/** The `workspace` layer of `GET /auth/me`: the workspace the key belongs to. */
export const WorkspaceInfo = v.looseObject({
  id: v.string(),
  name: v.string(),
  slug: v.nullable(v.string()),
  tier: v.string(),
  role: v.string(),
  avatar: v.nullish(v.string()),
});
/** See {@link WorkspaceInfo}. */
export type WorkspaceInfo = v.InferOutput<typeof WorkspaceInfo>;

/** The `credits` layer of `GET /auth/me`. */
export const CreditsInfo = v.looseObject({
  balance: Amount,
  granted_balance: Amount,
  is_post_paid: v.boolean(),
  outstanding_amount: v.nullable(Amount),
});
/** See {@link CreditsInfo}. */
export type CreditsInfo = v.InferOutput<typeof CreditsInfo>;

/**
 * `GET /auth/me` with `X-Phala-Version: 2026-01-21`: three layers, `user`, `workspace`, `credits`.
 *
 * @example
 * ```ts
 * const me = v.parse(CurrentUserV20260121, body);
 * console.log(me.user.username, me.workspace.slug);
 * ```
 */
export const CurrentUserV20260121 = v.looseObject({
  user: UserInfo,
  workspace: WorkspaceInfo,
  credits: CreditsInfo,
  /** Account feature flags; newer servers only. */
  features: v.optional(v.array(v.unknown())),
});
/** See {@link CurrentUserV20260121}. */
export type CurrentUserV20260121 = v.InferOutput<typeof CurrentUserV20260121>;

/** `GET /auth/me` with `X-Phala-Version: 2025-10-28`: one flat object. */
export const CurrentUserV20251028 = v.looseObject({
  username: v.string(),
  email: v.string(),
  credits: v.number(),
  granted_credits: v.number(),
  avatar: v.string(),
  team_name: v.string(),
  team_tier: v.string(),
});
/** See {@link CurrentUserV20251028}. */
export type CurrentUserV20251028 = v.InferOutput<typeof CurrentUserV20251028>;
