import * as v from "valibot";

/** A public SSH key of the user, installed into CVMs at boot. */
export const SshKey = v.looseObject({
  /** The key's id: the `keyId` of `deleteSshKey`. */
  id: v.string(),
  /** The name given to the key. */
  name: v.string(),
  /** The public key line, `<type> <base64> [comment]`. */
  public_key: v.string(),
  /** The key's fingerprint, when given. */
  fingerprint: v.nullish(v.string()),
  /** When the key was added, when given. */
  created_at: v.nullish(v.string()),
});
/** See {@link SshKey}. */
export type SshKey = { [K in keyof v.InferOutput<typeof SshKey>]: v.InferOutput<typeof SshKey>[K] };

/** `GET /user/ssh-keys`: a plain array. */
export const SshKeyList = v.array(SshKey);
/** See {@link SshKeyList}. */
export type SshKeyList = SshKey[];

/** An OpenSSH public key line: `<type> <base64> [comment]`. */
export const SSH_PUBLIC_KEY_PATTERN = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( .*)?$/;

/** Body of `createSshKey`: `POST /user/ssh-keys`. */
export const CreateSshKeyRequest = v.object({
  /** A name for the key, 1 to 255 characters. */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  /** The OpenSSH public key line (`ssh-ed25519 AAAA… comment`); surrounding spaces are trimmed. */
  public_key: v.pipe(v.string(), v.trim(), v.regex(SSH_PUBLIC_KEY_PATTERN, "Invalid SSH public key format")),
});
/** See {@link CreateSshKeyRequest}. */
export type CreateSshKeyRequest = {
  [K in keyof v.InferInput<typeof CreateSshKeyRequest>]: v.InferInput<typeof CreateSshKeyRequest>[K];
};

/** Parameters of `deleteSshKey`: `DELETE /user/ssh-keys/{keyId}` (answers 204). */
export const DeleteSshKeyRequest = v.object({
  /** The id of the key to delete. */
  keyId: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link DeleteSshKeyRequest}. */
export type DeleteSshKeyRequest = {
  [K in keyof v.InferInput<typeof DeleteSshKeyRequest>]: v.InferInput<typeof DeleteSshKeyRequest>[K];
};

/** Body of `importGithubProfileSshKeys`: `POST /user/ssh-keys/github-profile`. */
export const ImportGithubProfileRequest = v.object({
  /** The GitHub user whose public keys to import. */
  github_username: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link ImportGithubProfileRequest}. */
export type ImportGithubProfileRequest = {
  [K in keyof v.InferInput<typeof ImportGithubProfileRequest>]: v.InferInput<typeof ImportGithubProfileRequest>[K];
};

/** `POST /user/ssh-keys/github-profile`: what the import did. */
export const ImportGithubProfileResult = v.looseObject({
  /** The GitHub user imported from. */
  github_username: v.string(),
  /** Keys added. */
  keys_added: v.number(),
  /** Keys skipped (already present). */
  keys_skipped: v.number(),
  /** Problems met, one message each; empty when the server leaves it out. */
  errors: v.optional(v.array(v.string()), []),
});
/** See {@link ImportGithubProfileResult}. */
export type ImportGithubProfileResult = {
  [K in keyof v.InferOutput<typeof ImportGithubProfileResult>]: v.InferOutput<typeof ImportGithubProfileResult>[K];
};

/** `POST /user/ssh-keys/github-sync`: what the sync with the linked GitHub account did. */
export const SyncGithubSshKeysResult = v.looseObject({
  /** Keys the GitHub account has. */
  synced_count: v.number(),
  /** Keys added. */
  keys_added: v.number(),
  /** Keys updated. */
  keys_updated: v.number(),
  /** Keys removed (gone from GitHub). */
  keys_removed: v.number(),
  /** Problems met, one message each; empty when the server leaves it out. */
  errors: v.optional(v.array(v.string()), []),
});
/** See {@link SyncGithubSshKeysResult}. */
export type SyncGithubSshKeysResult = {
  [K in keyof v.InferOutput<typeof SyncGithubSshKeysResult>]: v.InferOutput<typeof SyncGithubSshKeysResult>[K];
};
