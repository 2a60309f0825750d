import type { Credential, CredentialSource, ResolveOptions } from "./credential-source.js";

/**
 * Tries sources in order; the first that finds a credential wins. A source that answers "not found"
 * passes to the next; a source that fails (an unreadable file, a throwing function) stops the chain,
 * so real problems are not hidden behind "not found".
 *
 * @example
 * ```ts
 * const source = chain(fromValue(options.apiKey, "the apiKey option"), fromEnv("LAMBDA_API_KEY"));
 * source.places; // ["the apiKey option", "the LAMBDA_API_KEY environment variable"]
 * ```
 */
export function chain(...sources: CredentialSource[]): CredentialSource {
  const places = sources.flatMap((source) => source.places);
  const syncSources = sources.every((source) => source.resolveSync !== undefined);
  const resolveSync = syncSources
    ? (): Credential | undefined => {
        for (const source of sources) {
          const credential = source.resolveSync?.();
          if (credential) return credential;
        }
        return undefined;
      }
    : undefined;
  return {
    description: places.join("; "),
    places,
    async resolve(options?: ResolveOptions) {
      for (const source of sources) {
        // Sequential on purpose: a later source must not be consulted (or prompt, or call a
        // token service) when an earlier one already answers.
        const credential = await source.resolve(options);
        if (credential) return credential;
      }
      return undefined;
    },
    resolveSync,
    invalidate: () => {
      for (const source of sources) source.invalidate?.();
    },
  };
}
