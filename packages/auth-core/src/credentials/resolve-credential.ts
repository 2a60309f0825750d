import { MissingCredentialError } from "../errors/missing-credential-error.js";
import type { Credential, CredentialSource, ResolveOptions } from "./credential-source.js";

/** How to word the error when no credential is found: see {@link MissingCredentialError}. */
export interface MissingCredentialMessage {
  /** What was looked for, e.g. "Lambda Cloud API key". */
  subject: string;
  /** How to fix it, e.g. "Pass apiKey to the client or set LAMBDA_API_KEY." */
  hint: string;
}

/**
 * Resolves a source, or throws {@link MissingCredentialError} naming every place it looked.
 *
 * @example
 * ```ts
 * const credential = await requireCredential(source, {
 *   subject: "Phota API key",
 *   hint: "Pass apiKey to the client or set PHOTA_API_KEY.",
 * });
 * ```
 */
export async function requireCredential(
  source: CredentialSource,
  message: MissingCredentialMessage,
  options?: ResolveOptions,
): Promise<Credential> {
  const credential = await source.resolve(options);
  if (!credential) throw new MissingCredentialError({ ...message, lookedIn: source.places });
  return credential;
}

/**
 * Synchronous {@link requireCredential}, for clients that fail at construction time. Returns
 * `undefined` when the source cannot answer synchronously (a function, a chain containing one): the
 * check then happens at the first request.
 */
export function requireCredentialSync(source: CredentialSource, message: MissingCredentialMessage): Credential | undefined {
  if (!source.resolveSync) return undefined;
  const credential = source.resolveSync();
  if (!credential) throw new MissingCredentialError({ ...message, lookedIn: source.places });
  return credential;
}
