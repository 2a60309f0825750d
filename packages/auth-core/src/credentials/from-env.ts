import { Secret } from "../secrets/secret.js";
import type { CredentialSource } from "./credential-source.js";
import { readEnv } from "./read-env.js";

/**
 * A credential in an environment variable. Trimmed; empty counts as unset; `undefined` (not a
 * crash) where there is no `process`, as in browsers and edge runtimes. The variable is read at each
 * resolution: clients that must read it once, at creation, call `resolveSync()` then.
 *
 * @example
 * ```ts
 * const source = fromEnv("PHOTA_API_KEY");
 * source.description; // "the PHOTA_API_KEY environment variable"
 * ```
 */
export function fromEnv(name: string, options: { description?: string } = {}): CredentialSource {
  const description = options.description ?? `the ${name} environment variable`;
  const resolveSync = () => {
    const value = readEnv(name);
    return value === undefined ? undefined : { secret: new Secret(value), source: description };
  };
  return {
    description,
    places: [description],
    resolve: async () => resolveSync(),
    resolveSync,
  };
}
