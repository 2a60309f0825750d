import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";

/** Answer of `POST /v1/phota/profiles/add`; training then runs in the background (~20 min). */
export const AddProfileResponse = v.looseObject({
  /** The new profile's id; poll its status until training ends. */
  profile_id: v.string(),
});
/** A parsed `profiles/add` answer. */
export type AddProfileResponse = {
  [K in keyof v.InferOutput<typeof AddProfileResponse>]: v.InferOutput<typeof AddProfileResponse>[K];
};

/**
 * One element of the profile list. The docs only show an empty list, so whether elements are
 * plain ids or objects is unknown: both are accepted. Use {@link profileEntryId} to read the id.
 */
export const ProfileEntry = v.union([v.string(), v.looseObject({})]);
/** A profile list element: an id, or an object carrying one. */
export type ProfileEntry = v.InferOutput<typeof ProfileEntry>;

/**
 * Answer of `GET /v1/phota/profiles/ids`.
 *
 * @example
 * ```ts
 * const ids = v.parse(ProfileList, body).profiles.map(profileEntryId);
 * ```
 */
export const ProfileList = v.looseObject({
  /** The profiles: ids, or objects carrying one (read it with {@link profileEntryId}). */
  profiles: v.array(ProfileEntry),
});
/** A parsed profile list. */
export type ProfileList = { [K in keyof v.InferOutput<typeof ProfileList>]: v.InferOutput<typeof ProfileList>[K] };

/** The id in a profile list element: the string itself, or its `profile_id` (or `id`) field. */
export function profileEntryId(entry: ProfileEntry): string | undefined {
  if (typeof entry === "string") return entry;
  const record = entry as Record<string, unknown>;
  const id = record["profile_id"] ?? record["id"];
  return typeof id === "string" ? id : undefined;
}

/** Profile states that end a wait. */
export const PROFILE_TERMINAL_STATUSES = ["READY", "ERROR", "INACTIVE"] as const;

/**
 * Training state. `READY` is usable; `ERROR` and `INACTIVE` are failures; the rest are transient.
 * Open, since the list may grow.
 */
export const ProfileStatusValue = openEnum([
  "VALIDATING",
  "QUEUING",
  "IN_PROGRESS",
  ...PROFILE_TERMINAL_STATUSES,
] as const);
/** A profile state: the known ones, or any string. */
export type ProfileStatusValue = v.InferOutput<typeof ProfileStatusValue>;

/**
 * Answer of `GET /v1/phota/profiles/{profile_id}/status`. `message` explains errors; the schema
 * declares it required, but it may be `null` or absent (`@ai-sdk/phota`, vercel/ai
 * `packages/phota`, reads it as optional and nullable): both are read as `null`.
 *
 * @example
 * ```ts
 * const { status, message } = v.parse(ProfileStatus, body);
 * if (status === "ERROR") throw new Error(message ?? "training failed");
 * ```
 */
export const ProfileStatus = v.looseObject({
  /** The profile's id. */
  profile_id: v.string(),
  /** The training state: `READY` is usable, `ERROR` and `INACTIVE` are failures, the rest are transient. */
  status: ProfileStatusValue,
  /** What went wrong, for a failed profile; `null` when there is nothing to say (or Phota sent none). */
  message: v.nullish(v.string(), null),
});
/** A parsed profile status. */
export type ProfileStatus = {
  [K in keyof v.InferOutput<typeof ProfileStatus>]: v.InferOutput<typeof ProfileStatus>[K];
};

/** Answer of `DELETE /v1/phota/profiles/{profile_id}`: `status` is `"ok"`. */
export const DeleteProfileResponse = v.looseObject({
  /** The deleted profile's id. */
  profile_id: v.string(),
  /** `"ok"`: the profile and its data are permanently deleted. */
  status: openEnum(["ok"] as const),
});
/** A parsed delete answer. */
export type DeleteProfileResponse = {
  [K in keyof v.InferOutput<typeof DeleteProfileResponse>]: v.InferOutput<typeof DeleteProfileResponse>[K];
};
