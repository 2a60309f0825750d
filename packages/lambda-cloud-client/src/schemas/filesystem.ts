import * as v from "valibot";
import { openEnum } from "@cloud-sdk/auth-core";
import { dataEnvelope } from "./envelope.js";
import { DateTimeString, Integer } from "./primitives.js";
import { Region } from "./region.js";

/** The state of a user account. Open, like every status Lambda may extend. */
export const UserStatus = openEnum(["active", "deactivated"] as const);
/** See {@link UserStatus}. */
export type UserStatus = v.InferOutput<typeof UserStatus>;

/** A user of the team (here: who created a filesystem). */
export const User = v.looseObject({
  /** The user's unique id. */
  id: v.string(),
  /** The user's email address. */
  email: v.string(),
  /** Whether the user's account is active. */
  status: UserStatus,
});
/** See {@link User}. */
export type User = { [K in keyof v.InferOutput<typeof User>]: v.InferOutput<typeof User>[K] };

/**
 * A persistent filesystem. `mount_point` is the default mount path; a launch may mount it
 * elsewhere (see the instance's `file_system_mounts`). A filesystem `is_in_use` cannot be deleted.
 */
export const Filesystem = v.looseObject({
  /** The filesystem's unique id, used in `/filesystems/{id}`. */
  id: v.string(),
  /** The filesystem's name, as given at creation. */
  name: v.string(),
  /** Default mount path on instances; the actual one is in the instance's `file_system_mounts`. */
  mount_point: v.string(),
  /** When the filesystem was created (ISO 8601). */
  created: DateTimeString,
  /** The team member who created it. */
  created_by: User,
  /** `true` while it is mounted on an instance; a filesystem in use cannot be deleted. */
  is_in_use: v.boolean(),
  /** The region the filesystem is in; only instances of this region can mount it. */
  region: Region,
  /** Approximate, refreshed every few hours. */
  bytes_used: v.optional(Integer),
});
/** See {@link Filesystem}. */
export type Filesystem = {
  [K in keyof v.InferOutput<typeof Filesystem>]: v.InferOutput<typeof Filesystem>[K];
};

/**
 * Body of `POST /filesystems` (create; no hyphen, unlike the list path `/file-systems`).
 *
 * @example
 * ```ts
 * const body: CreateFilesystemRequest = { name: "my-filesystem", region: "us-west-1" };
 * ```
 */
export const CreateFilesystemRequest = v.strictObject({
  /** The new filesystem's name: up to 60 letters, digits and hyphens, starting with letters. */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(60), v.regex(/^[a-zA-Z]+[0-9a-zA-Z-]*$/)),
  /** The region to create it in, e.g. `us-west-1`. */
  region: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link CreateFilesystemRequest}. */
export type CreateFilesystemRequest = {
  [K in keyof v.InferOutput<typeof CreateFilesystemRequest>]: v.InferOutput<typeof CreateFilesystemRequest>[K];
};

/** The `data` of `DELETE /filesystems/{id}`. */
export const FilesystemDeleteResponse = v.looseObject({
  /** The ids of the filesystems that were deleted. */
  deleted_ids: v.array(v.string()),
});
/** See {@link FilesystemDeleteResponse}. */
export type FilesystemDeleteResponse = {
  [K in keyof v.InferOutput<typeof FilesystemDeleteResponse>]: v.InferOutput<typeof FilesystemDeleteResponse>[K];
};

/** `GET /file-systems`: `{"data": Filesystem[]}`. */
export const ListFilesystemsResponseBody = dataEnvelope(v.array(Filesystem));
/** See {@link ListFilesystemsResponseBody}. */
export type ListFilesystemsResponseBody = {
  [K in keyof v.InferOutput<typeof ListFilesystemsResponseBody>]: v.InferOutput<typeof ListFilesystemsResponseBody>[K];
};

/** `POST /filesystems`: `{"data": Filesystem}`. */
export const CreateFilesystemResponseBody = dataEnvelope(Filesystem);
/** See {@link CreateFilesystemResponseBody}. */
export type CreateFilesystemResponseBody = {
  [K in keyof v.InferOutput<typeof CreateFilesystemResponseBody>]: v.InferOutput<typeof CreateFilesystemResponseBody>[K];
};

/** `DELETE /filesystems/{id}`: `{"data": {"deleted_ids": [...]}}`. */
export const DeleteFilesystemResponseBody = dataEnvelope(FilesystemDeleteResponse);
/** See {@link DeleteFilesystemResponseBody}. */
export type DeleteFilesystemResponseBody = {
  [K in keyof v.InferOutput<typeof DeleteFilesystemResponseBody>]: v.InferOutput<typeof DeleteFilesystemResponseBody>[K];
};
