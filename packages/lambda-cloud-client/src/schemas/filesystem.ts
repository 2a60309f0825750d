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
  id: v.string(),
  email: v.string(),
  status: UserStatus,
});
/** See {@link User}. */
export type User = v.InferOutput<typeof User>;

/**
 * A persistent filesystem. `mount_point` is the default mount path; a launch may mount it
 * elsewhere (see the instance's `file_system_mounts`). A filesystem `is_in_use` cannot be deleted.
 */
export const Filesystem = v.looseObject({
  id: v.string(),
  name: v.string(),
  mount_point: v.string(),
  created: DateTimeString,
  created_by: User,
  is_in_use: v.boolean(),
  region: Region,
  /** Approximate, refreshed every few hours. */
  bytes_used: v.optional(Integer),
});
/** See {@link Filesystem}. */
export type Filesystem = v.InferOutput<typeof Filesystem>;

/**
 * Body of `POST /filesystems` (create; no hyphen, unlike the list path `/file-systems`).
 *
 * @example
 * ```ts
 * const body: CreateFilesystemRequest = { name: "my-filesystem", region: "us-west-1" };
 * ```
 */
export const CreateFilesystemRequest = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(60), v.regex(/^[a-zA-Z]+[0-9a-zA-Z-]*$/)),
  region: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link CreateFilesystemRequest}. */
export type CreateFilesystemRequest = v.InferOutput<typeof CreateFilesystemRequest>;

/** The `data` of `DELETE /filesystems/{id}`. */
export const FilesystemDeleteResponse = v.looseObject({ deleted_ids: v.array(v.string()) });
/** See {@link FilesystemDeleteResponse}. */
export type FilesystemDeleteResponse = v.InferOutput<typeof FilesystemDeleteResponse>;

/** `GET /file-systems`: `{"data": Filesystem[]}`. */
export const ListFilesystemsResponseBody = dataEnvelope(v.array(Filesystem));
/** See {@link ListFilesystemsResponseBody}. */
export type ListFilesystemsResponseBody = v.InferOutput<typeof ListFilesystemsResponseBody>;

/** `POST /filesystems`: `{"data": Filesystem}`. */
export const CreateFilesystemResponseBody = dataEnvelope(Filesystem);
/** See {@link CreateFilesystemResponseBody}. */
export type CreateFilesystemResponseBody = v.InferOutput<typeof CreateFilesystemResponseBody>;

/** `DELETE /filesystems/{id}`: `{"data": {"deleted_ids": [...]}}`. */
export const DeleteFilesystemResponseBody = dataEnvelope(FilesystemDeleteResponse);
/** See {@link DeleteFilesystemResponseBody}. */
export type DeleteFilesystemResponseBody = v.InferOutput<typeof DeleteFilesystemResponseBody>;
