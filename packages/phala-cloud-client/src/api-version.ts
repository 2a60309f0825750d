import { ConfigurationError } from "@cloud-sdk/auth-core";

/** Name of the header that selects the API version (and so the response shapes). */
export const API_VERSION_HEADER = "X-Phala-Version";

/**
 * The API versions this client knows the response shapes of, as `@phala/cloud` 0.2.9 supports
 * them. The server silently answers an unknown version in its default shape, so the client must
 * not rely on it to reject one.
 */
export const SUPPORTED_API_VERSIONS = ["2025-10-28", "2026-01-21"] as const;

/** One of {@link SUPPORTED_API_VERSIONS}. */
export type ApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];

/** The version sent when none is chosen, pinned so shapes never change under a user's feet. */
export const DEFAULT_API_VERSION = "2026-01-21" satisfies ApiVersion;

/** The type of {@link DEFAULT_API_VERSION}: what a client created without `version` speaks. */
export type DefaultApiVersion = typeof DEFAULT_API_VERSION;

/**
 * True when `version` is one of {@link SUPPORTED_API_VERSIONS}.
 *
 * @example
 * ```ts
 * isSupportedApiVersion("2026-01-21"); // true
 * isSupportedApiVersion("2025-05-31"); // false
 * ```
 */
export function isSupportedApiVersion(version: unknown): version is ApiVersion {
  return typeof version === "string" && (SUPPORTED_API_VERSIONS as readonly string[]).includes(version);
}

/**
 * Refuses a version the client does not know, before anything is sent: the server would answer an
 * unknown `X-Phala-Version` in its default shape without saying so, and the response schemas
 * would no longer match what was asked for.
 */
export function assertSupportedApiVersion(version: unknown, option: string): asserts version is ApiVersion {
  if (isSupportedApiVersion(version)) return;
  throw new ConfigurationError(
    `${option}: unsupported Phala Cloud API version ${JSON.stringify(version)}. ` +
      `Use one of ${SUPPORTED_API_VERSIONS.join(", ")} (default ${DEFAULT_API_VERSION}). ` +
      `The server would silently answer an unknown version in its default shape, so the client refuses it.`,
    { option },
  );
}
