import { AbortError } from "../errors/abort-error.js";
import { CredentialRefreshError } from "../errors/credential-refresh-error.js";
import { raceAbort } from "../utils/abortable.js";
import { scrubText } from "../secrets/redact.js";
import { Secret } from "../secrets/secret.js";
import type { Credential, CredentialSource, ResolveOptions } from "./credential-source.js";

/** What a credential function may return. */
export type CredentialFunctionResult =
  | string
  | {
      /** The secret. */
      secret: string;
      /** When it stops working: a Date, epoch milliseconds or an ISO string. */
      expiresAt?: Date | number | string | undefined;
    }
  | undefined
  | null;

/** A function that fetches a credential, e.g. from a vault or a token endpoint. */
export type CredentialFunction = () => CredentialFunctionResult | Promise<CredentialFunctionResult>;

/** Options of {@link fromFunction}. */
export interface FromFunctionOptions {
  /** Where the function gets the secret, for messages. Default: "the credential function". */
  description?: string;
  /** Refresh this long before `expiresAt`, so no request goes out with a secret about to expire. Default 60 s. */
  refreshBeforeMs?: number;
}

/**
 * A credential from your own function: a vault lookup, a token exchange, a secret manager. The result
 * is memoized; concurrent callers share one call (100 parallel requests cause one call); a secret with
 * `expiresAt` is refreshed shortly before it expires. A failure is a {@link CredentialRefreshError};
 * while the previous secret is still valid it keeps being used and the refresh is retried next time.
 *
 * @example
 * ```ts
 * const source = fromFunction(async () => {
 *   const { token, expires } = await vault.read("lambda/api-key");
 *   return { secret: token, expiresAt: new Date(expires) };
 * }, { description: "the vault" });
 * ```
 */
export function fromFunction(fn: CredentialFunction, options: FromFunctionOptions = {}): CredentialSource {
  const description = options.description ?? "the credential function";
  const refreshBeforeMs = options.refreshBeforeMs ?? 60_000;
  let cached: Credential | undefined;
  let inFlight: Promise<Credential | undefined> | undefined;

  const fresh = (credential: Credential) =>
    credential.expiresAt === undefined || Date.now() < credential.expiresAt.getTime() - refreshBeforeMs;
  const stillValid = (credential: Credential) =>
    credential.expiresAt === undefined || Date.now() < credential.expiresAt.getTime();

  // One call serves every concurrent caller, so it takes no caller's signal: one caller giving up
  // must not fail the others. Each caller stops waiting on its own signal instead (raceAbort).
  const call = async (): Promise<Credential | undefined> => {
    let result: CredentialFunctionResult;
    try {
      result = await fn();
    } catch (error) {
      const known = cached ? [cached.secret.reveal()] : [];
      const reason = scrubText(error instanceof Error ? error.message : String(error), known);
      throw new CredentialRefreshError(
        `Could not get a credential from ${description}: ${reason}. Check that function and the service it calls.`,
        { source: description, cause: error },
      );
    }
    return toCredential(result, description);
  };

  const resolve = async (resolveOptions: ResolveOptions = {}): Promise<Credential | undefined> => {
    if (cached && fresh(cached)) return cached;
    inFlight ??= call().finally(() => {
      inFlight = undefined;
    });
    try {
      cached = await raceAbort(inFlight, resolveOptions.signal, "Fetching the credential");
      return cached;
    } catch (error) {
      if (cached && stillValid(cached) && !(error instanceof AbortError)) return cached;
      cached = undefined;
      throw error;
    }
  };

  return {
    description,
    places: [description],
    resolve,
    invalidate: () => {
      cached = undefined;
    },
  };
}

function toCredential(result: CredentialFunctionResult, source: string): Credential | undefined {
  if (result === undefined || result === null) return undefined;
  if (typeof result === "string") {
    const trimmed = result.trim();
    return trimmed ? { secret: new Secret(trimmed), source, refreshable: true } : undefined;
  }
  if (typeof result !== "object" || typeof result.secret !== "string") {
    throw new CredentialRefreshError(
      `${source} returned ${describeShape(result)}; it must return a string or { secret: string, expiresAt?: Date }.`,
      { source },
    );
  }
  const trimmed = result.secret.trim();
  if (!trimmed) return undefined;
  const expiresAt = result.expiresAt === undefined ? undefined : new Date(result.expiresAt);
  if (expiresAt !== undefined && Number.isNaN(expiresAt.getTime())) {
    throw new CredentialRefreshError(`${source} returned an expiresAt that is not a valid date.`, { source });
  }
  return { secret: new Secret(trimmed), expiresAt, source, refreshable: true };
}

function describeShape(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object without a string `secret`" : `a ${typeof value}`;
}
