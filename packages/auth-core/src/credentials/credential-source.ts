import type { Secret } from "../secrets/secret.js";

/** A secret found by a {@link CredentialSource}, with where it came from and when it stops working. */
export interface Credential {
  /** The secret; `reveal()` it only to build a header. */
  readonly secret: Secret;
  /** When the secret stops being valid, if it expires. */
  readonly expiresAt?: Date | undefined;
  /** Human description of where it was found, e.g. "the LAMBDA_API_KEY environment variable". */
  readonly source: string;
  /** True when asking the source again may give a new secret (a function): a 401 then refreshes it once. */
  readonly refreshable?: boolean | undefined;
}

/** Options for one resolution. */
export interface ResolveOptions {
  /** Cancels a slow resolution (a credential function calling a token service). */
  signal?: AbortSignal | undefined;
}

/**
 * Where a credential may be found. `resolve()` answers the credential, or `undefined` for "not here"
 * (so a `chain()` moves on); any other failure is thrown and stops the chain.
 *
 * Sources that can answer without waiting (a value, an environment variable, a file read
 * synchronously) also offer `resolveSync()`, which lets a client fail at construction time when no
 * credential exists.
 */
export interface CredentialSource {
  /** Where this source looks, in words: "the apiKey option". */
  readonly description: string;
  /** Every place looked, in order (one entry, or several for a chain). */
  readonly places: readonly string[];
  /** Finds the credential, or `undefined` when there is none here. */
  resolve(options?: ResolveOptions): Promise<Credential | undefined>;
  /** Synchronous `resolve`, for sources that can answer without waiting. */
  readonly resolveSync?: (() => Credential | undefined) | undefined;
  /** Forgets a cached credential, so the next `resolve` fetches a fresh one (after a 401). */
  readonly invalidate?: (() => void) | undefined;
}
