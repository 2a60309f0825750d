import { validateInput, type RequestOptions, type Transport } from "@cloud-sdk/auth-core";
import { dataEnvelope } from "../schemas/envelope.js";
import { AddSSHKeyRequest, GeneratedSSHKey, SSHKey } from "../schemas/ssh-key.js";
import { defineOperation, send } from "./operation.js";

const LIST = defineOperation("sshKeys.list", "listSSHKeys");
// Adding twice stores two keys (and for a generated pair, a lost answer loses the private key).
const IMPORT = defineOperation("sshKeys.add", "addSSHKey", { idempotent: false, schema: dataEnvelope(SSHKey) });
// Without public_key the answer must carry the private key: its absence is an error, not a silent undefined.
// That answer is secret: a drifted one keeps nothing of its body on the error, whose message says
// the key may exist already (delete it, since its private half is lost).
const GENERATE = defineOperation("sshKeys.add", "addSSHKey", {
  idempotent: false,
  sensitiveResponse: true,
  schema: dataEnvelope(GeneratedSSHKey),
});
const DELETE = defineOperation("sshKeys.delete", "deleteSSHKey");

/** The SSH keys of the account, installed on instances at launch. */
export class SSHKeys {
  readonly #transport: Transport;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Every SSH key of the account. `GET /ssh-keys`.
   *
   * @example
   * ```ts
   * const names = (await client.sshKeys.list()).map((key) => key.name);
   * ```
   */
  async list(options?: RequestOptions): Promise<SSHKey[]> {
    return (await send(this.#transport, LIST, undefined, options)).data;
  }

  /**
   * Imports a public key, or, without `public_key`, has Lambda generate a pair: the result then
   * carries `private_key`, returned this once and never stored by Lambda. Not retried
   * automatically. A generated answer that does not have the expected shape fails with a
   * `ResponseValidationError` that keeps nothing of the body (the private key stays off errors and
   * logs): the key may exist by then, so look for it in `list()` and delete it.
   * `POST /ssh-keys`.
   *
   * @example
   * ```ts
   * await client.sshKeys.add({ name: "laptop", public_key: "ssh-ed25519 AAAA... me@laptop" });
   * const { private_key } = await client.sshKeys.add({ name: "ci" }); // save it now
   * ```
   */
  add(params: { name: string; public_key: string }, options?: RequestOptions): Promise<SSHKey>;
  add(params: { name: string; public_key?: undefined }, options?: RequestOptions): Promise<GeneratedSSHKey>;
  add(params: AddSSHKeyRequest, options?: RequestOptions): Promise<SSHKey | GeneratedSSHKey>;
  async add(params: AddSSHKeyRequest, options?: RequestOptions): Promise<SSHKey | GeneratedSSHKey> {
    const json = validateInput(AddSSHKeyRequest, params, IMPORT.operation);
    const operation = json.public_key === undefined ? GENERATE : IMPORT;
    return (await send(this.#transport, operation, { json }, options)).data;
  }

  /**
   * Deletes an SSH key (instances that have it keep it). `DELETE /ssh-keys/{id}`.
   *
   * @example
   * ```ts
   * await client.sshKeys.delete("ddf9a910ceb744a0bb95242cbba6cb50");
   * ```
   */
  async delete(id: string, options?: RequestOptions): Promise<void> {
    await send(this.#transport, DELETE, { pathParams: { id } }, options);
  }
}
