import * as v from "valibot";
import { dataEnvelope, EmptyResponseBody } from "./envelope.js";

/** An SSH key stored in the account. */
export const SSHKey = v.looseObject({
  id: v.string(),
  name: v.string(),
  public_key: v.string(),
});
/** See {@link SSHKey}. */
export type SSHKey = v.InferOutput<typeof SSHKey>;

/**
 * A key pair Lambda generated because `POST /ssh-keys` had no `public_key`. The private key is
 * returned this once and never stored by Lambda: save it, or delete the key.
 */
export const GeneratedSSHKey = v.looseObject({
  id: v.string(),
  name: v.string(),
  public_key: v.string(),
  private_key: v.string(),
});
/** See {@link GeneratedSSHKey}. */
export type GeneratedSSHKey = v.InferOutput<typeof GeneratedSSHKey>;

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
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  public_key: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(4096))),
});
/** See {@link AddSSHKeyRequest}. */
export type AddSSHKeyRequest = v.InferOutput<typeof AddSSHKeyRequest>;

/** `GET /ssh-keys`: `{"data": SSHKey[]}`. */
export const ListSSHKeysResponseBody = dataEnvelope(v.array(SSHKey));
/** See {@link ListSSHKeysResponseBody}. */
export type ListSSHKeysResponseBody = v.InferOutput<typeof ListSSHKeysResponseBody>;

/**
 * `POST /ssh-keys`: `{"data": GeneratedSSHKey | SSHKey}`. The generated form is tried first so
 * that `private_key` is kept when present.
 */
export const AddSSHKeyResponseBody = dataEnvelope(v.union([GeneratedSSHKey, SSHKey]));
/** See {@link AddSSHKeyResponseBody}. */
export type AddSSHKeyResponseBody = v.InferOutput<typeof AddSSHKeyResponseBody>;

/** `DELETE /ssh-keys/{id}`: `{"data": {}}`. */
export const DeleteSSHKeyResponseBody = EmptyResponseBody;
/** See {@link DeleteSSHKeyResponseBody}. */
export type DeleteSSHKeyResponseBody = v.InferOutput<typeof DeleteSSHKeyResponseBody>;
