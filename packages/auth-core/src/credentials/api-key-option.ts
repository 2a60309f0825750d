import { chain } from "./chain.js";
import type { CredentialSource } from "./credential-source.js";
import { fromEnv } from "./from-env.js";
import { fromFunction, type CredentialFunction } from "./from-function.js";
import { fromValue } from "./from-value.js";
import { requireCredentialSync } from "./resolve-credential.js";

/** What a client's `apiKey` option accepts: the key, a function that fetches it, or any source. */
export type ApiKeyOption = string | CredentialFunction | CredentialSource | null | undefined;

/** Options of {@link resolveApiKeyOption}. */
export interface ResolveApiKeyOptionInit {
  /** The option's value as the user passed it. */
  value: ApiKeyOption;
  /** The option's name, for messages: "apiKey". */
  optionName: string;
  /** The environment variable to fall back to: "LAMBDA_API_KEY". */
  environmentVariable?: string | undefined;
  /** What is looked for, for messages: "Lambda Cloud API key". */
  subject: string;
  /** How to fix a missing key. Default: "Pass <optionName> to the client or set <environmentVariable>." */
  hint?: string | undefined;
}

/**
 * The usual "option, else environment variable" rule of an API client, decided at construction:
 * - a string is the key (blank counts as not given);
 * - a function is called lazily, memoized and refreshed ({@link fromFunction});
 * - a {@link CredentialSource} is used as is;
 * - otherwise the environment variable is read now, once: changing it later does not affect the
 *   client.
 * With neither, it throws {@link MissingCredentialError} naming both places.
 *
 * @example
 * ```ts
 * const credential = resolveApiKeyOption({
 *   value: options.apiKey,
 *   optionName: "apiKey",
 *   environmentVariable: "PHOTA_API_KEY",
 *   subject: "Phota API key",
 * });
 * ```
 */
export function resolveApiKeyOption(init: ResolveApiKeyOptionInit): CredentialSource {
  const { value, optionName, environmentVariable } = init;
  if (typeof value === "function") return fromFunction(value, { description: `the ${optionName} function` });
  if (isCredentialSource(value)) return value;
  const sources = [fromValue(value, `the ${optionName} option`)];
  if (environmentVariable) sources.push(fromEnv(environmentVariable));
  const source = chain(...sources);
  const hint =
    init.hint ?? `Pass ${optionName} to the client${environmentVariable ? ` or set ${environmentVariable}` : ""}.`;
  // resolveSync exists: every member is synchronous. It throws MissingCredentialError when empty.
  const credential = requireCredentialSync(source, { subject: init.subject, hint });
  // Snapshot: the environment is read once, now.
  return credential ? fromValue(credential.secret.reveal(), credential.source) : source;
}

function isCredentialSource(value: unknown): value is CredentialSource {
  return typeof value === "object" && value !== null && typeof (value as CredentialSource).resolve === "function";
}
