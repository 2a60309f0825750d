import * as v from "valibot";

/** A public SSH key of the user, installed into CVMs at boot. */
export const SshKey = v.looseObject({
  id: v.string(),
  name: v.string(),
  public_key: v.string(),
  fingerprint: v.nullish(v.string()),
  created_at: v.nullish(v.string()),
});
/** See {@link SshKey}. */
export type SshKey = v.InferOutput<typeof SshKey>;

/** `GET /user/ssh-keys`: a plain array. */
export const SshKeyList = v.array(SshKey);
/** See {@link SshKeyList}. */
export type SshKeyList = v.InferOutput<typeof SshKeyList>;

/** An OpenSSH public key line: `<type> <base64> [comment]`. */
export const SSH_PUBLIC_KEY_PATTERN = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( .*)?$/;

/** Body of `createSshKey`: `POST /user/ssh-keys`. */
export const CreateSshKeyRequest = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  public_key: v.pipe(v.string(), v.trim(), v.regex(SSH_PUBLIC_KEY_PATTERN, "Invalid SSH public key format")),
});
/** See {@link CreateSshKeyRequest}. */
export type CreateSshKeyRequest = v.InferInput<typeof CreateSshKeyRequest>;

/** Parameters of `deleteSshKey`: `DELETE /user/ssh-keys/{keyId}` (answers 204). */
export const DeleteSshKeyRequest = v.object({
  keyId: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link DeleteSshKeyRequest}. */
export type DeleteSshKeyRequest = v.InferInput<typeof DeleteSshKeyRequest>;
