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
  /** The user's name. */
  username: v.string(),
  /** The user's email address. */
  email: v.string(),
  /** The user's role on the platform. */
  role: UserRole,
  /** The user's avatar. */
  avatar: v.string(),
  /** Whether the email address has been verified. */
  email_verified: v.boolean(),
  /** Whether two-factor authentication with a TOTP app is on. */
  totp_enabled: v.boolean(),
  /** Whether the user has two-factor backup codes. */
  has_backup_codes: v.boolean(),
  /** Whether the account has a password set. */
  flag_has_password: v.boolean(),
});
/** See {@link UserInfo}. */
export type UserInfo = { [K in keyof v.InferOutput<typeof UserInfo>]: v.InferOutput<typeof UserInfo>[K] };

/** The `workspace` layer of `GET /auth/me`: the workspace the key belongs to. */
export const WorkspaceInfo = v.looseObject({
  /** The workspace's id. */
  id: v.string(),
  /** The workspace's name. */
  name: v.string(),
  /** The workspace's slug (the `{slug}` of `/workspaces/{slug}`), or `null`. */
  slug: v.nullable(v.string()),
  /** The workspace's plan tier. */
  tier: v.string(),
  /** The user's role in the workspace. */
  role: v.string(),
  /** The workspace's avatar, when it has one. */
  avatar: v.nullish(v.string()),
});
/** See {@link WorkspaceInfo}. */
export type WorkspaceInfo = {
  [K in keyof v.InferOutput<typeof WorkspaceInfo>]: v.InferOutput<typeof WorkspaceInfo>[K];
};

/** The `credits` layer of `GET /auth/me`. */
export const CreditsInfo = v.looseObject({
  /** The credit balance, as a decimal string or a number. */
  balance: Amount,
  /** The balance of granted credits, as a decimal string or a number. */
  granted_balance: Amount,
  /** Whether the account is billed after use instead of drawing on prepaid credits. */
  is_post_paid: v.boolean(),
  /** The amount owed, as a decimal string or a number, or `null`. */
  outstanding_amount: v.nullable(Amount),
});
/** See {@link CreditsInfo}. */
export type CreditsInfo = { [K in keyof v.InferOutput<typeof CreditsInfo>]: v.InferOutput<typeof CreditsInfo>[K] };

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
  /** The user the key belongs to. */
  user: UserInfo,
  /** The workspace the key belongs to. */
  workspace: WorkspaceInfo,
  /** The account's credits. */
  credits: CreditsInfo,
  /** Account feature flags; newer servers only. */
  features: v.optional(v.array(v.unknown())),
});
/** See {@link CurrentUserV20260121}. */
export type CurrentUserV20260121 = {
  [K in keyof v.InferOutput<typeof CurrentUserV20260121>]: v.InferOutput<typeof CurrentUserV20260121>[K];
};

/** `GET /auth/me` with `X-Phala-Version: 2025-10-28`: one flat object. */
export const CurrentUserV20251028 = v.looseObject({
  /** The user's name. */
  username: v.string(),
  /** The user's email address. */
  email: v.string(),
  /** The credit balance. */
  credits: v.number(),
  /** The granted credits. */
  granted_credits: v.number(),
  /** The user's avatar. */
  avatar: v.string(),
  /** The name of the team (workspace) the key belongs to. */
  team_name: v.string(),
  /** That team's plan tier. */
  team_tier: v.string(),
});
/** See {@link CurrentUserV20251028}. */
export type CurrentUserV20251028 = {
  [K in keyof v.InferOutput<typeof CurrentUserV20251028>]: v.InferOutput<typeof CurrentUserV20251028>[K];
};
