import * as v from "valibot";
import { dataEnvelope, EmptyResponseBody } from "./envelope.js";

/** An SSH key stored in the account. */
export const SSHKey = v.looseObject({
  /** The key's unique id, used in `/ssh-keys/{id}`. */
  id: v.string(),
  /** The key's name; launches refer to keys by name. */
  name: v.string(),
  /** The public key, in OpenSSH format. */
  public_key: v.string(),
});
/** See {@link SSHKey}. */
export type SSHKey = { [K in keyof v.InferOutput<typeof SSHKey>]: v.InferOutput<typeof SSHKey>[K] };

/**
 * A key pair Lambda generated because `POST /ssh-keys` had no `public_key`. The private key is
 * returned this once and never stored by Lambda: save it, or delete the key.
 */
export const GeneratedSSHKey = v.looseObject({
  /** The key's unique id, used in `/ssh-keys/{id}`. */
  id: v.string(),
  /** The key's name; launches refer to keys by name. */
  name: v.string(),
  /** The generated public key, in OpenSSH format. */
  public_key: v.string(),
  /** The generated private key. Returned only in this response: store it now. */
  private_key: v.string(),
});
/** See {@link GeneratedSSHKey}. */
export type GeneratedSSHKey = {
  [K in keyof v.InferOutput<typeof GeneratedSSHKey>]: v.InferOutput<typeof GeneratedSSHKey>[K];
};

/**
 * Body of `POST /ssh-keys`. With `public_key`, that key is imported; without it, Lambda
 * generates a pair and answers with a {@link GeneratedSSHKey}.
 *
 * @example
 * ```ts
 * const imported: AddSSHKeyRequest = { name: "laptop", public_key: "ssh-ed25519 AAAA... me@laptop" };
 * const generated: AddSSHKeyRequest = { name: "ci" }; // the response carries private_key
 * ```
 */
export const AddSSHKeyRequest = v.strictObject({
  /** The key's name, 1 to 64 characters; launches refer to keys by name. */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  /** The public key to import; omitted: Lambda generates a key pair. */
  public_key: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(4096))),
});
/** See {@link AddSSHKeyRequest}. */
export type AddSSHKeyRequest = {
  [K in keyof v.InferOutput<typeof AddSSHKeyRequest>]: v.InferOutput<typeof AddSSHKeyRequest>[K];
};

/** `GET /ssh-keys`: `{"data": SSHKey[]}`. */
export const ListSSHKeysResponseBody = dataEnvelope(v.array(SSHKey));
/** See {@link ListSSHKeysResponseBody}. */
export type ListSSHKeysResponseBody = {
  [K in keyof v.InferOutput<typeof ListSSHKeysResponseBody>]: v.InferOutput<typeof ListSSHKeysResponseBody>[K];
};

/**
 * `POST /ssh-keys`: `{"data": GeneratedSSHKey | SSHKey}`. The generated form is tried first so
 * that `private_key` is kept when present.
 */
export const AddSSHKeyResponseBody = dataEnvelope(v.union([GeneratedSSHKey, SSHKey]));
/** See {@link AddSSHKeyResponseBody}. */
export type AddSSHKeyResponseBody = {
  [K in keyof v.InferOutput<typeof AddSSHKeyResponseBody>]: v.InferOutput<typeof AddSSHKeyResponseBody>[K];
};

/** `DELETE /ssh-keys/{id}`: `{"data": {}}`. */
export const DeleteSSHKeyResponseBody = EmptyResponseBody;
/** See {@link DeleteSSHKeyResponseBody}. */
export type DeleteSSHKeyResponseBody = {
  [K in keyof v.InferOutput<typeof DeleteSSHKeyResponseBody>]: v.InferOutput<typeof DeleteSSHKeyResponseBody>[K];
};
