import { Secret } from "../secrets/secret.js";
import type { Credential, CredentialSource } from "./credential-source.js";

/**
 * A credential given directly, such as a client's `apiKey` option. An empty or blank value counts as
 * "not found here", so `chain(fromValue(options.apiKey, "the apiKey option"), fromEnv(...))` falls
 * through to the environment.
 *
 * @example
 * ```ts
 * const source = fromValue("phak_8Zt2cWq1k9LmN0pQ3f9a", "the apiKey option");
 * ```
 */
export function fromValue(value: string | undefined | null, description = "the value passed in"): CredentialSource {
  // A value of another type (a number, an object from a parsed config) is kept, so the transport can
  // refuse it with a ConfigurationError naming this place, rather than calling it "missing".
  const trimmed: string = typeof value === "string" ? value.trim() : value === undefined || value === null ? "" : (value as string);
  const credential: Credential | undefined = trimmed ? { secret: new Secret(trimmed), source: description } : undefined;
  const resolveSync = () => credential;
  return {
    description,
    places: [description],
    resolve: async () => credential,
    resolveSync,
  };
}
