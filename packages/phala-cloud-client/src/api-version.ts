import { ConfigurationError } from "@cloud-sdk/auth-core";

/** Name of the header that selects the API version (and so the response shapes). */
export const API_VERSION_HEADER = "X-Phala-Version";

/**
 * The API versions this client knows the response shapes of: the two of `@phala/cloud` 0.2.9, and
 * the two newer ones of the Python SDK (`phala-cloud` on main): `2026-05-22` (the 2026-01-21 CVM
 * shapes with more optional fields) and `2026-06-23` (`GET /kms` lists KMS contracts; see
 * `getKmsList`). Another `YYYY-MM-DD` is still sent (see {@link ApiVersion}).
 */
export const SUPPORTED_API_VERSIONS = ["2025-10-28", "2026-01-21", "2026-05-22", "2026-06-23"] as const;

/** One of {@link SUPPORTED_API_VERSIONS}: a version whose response shapes this client knows. */
export type KnownApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];

/**
 * An API version: one of {@link SUPPORTED_API_VERSIONS}, or any other `YYYY-MM-DD` date, which is
 * sent as given; its responses are read with the newest known version's schemas in
 * `responseValidation: "warn"` mode (unless the option is set), since their shapes are unknown.
 */
export type ApiVersion = KnownApiVersion | `${number}-${number}-${number}`;

/** The newest version in {@link SUPPORTED_API_VERSIONS}; an unknown version is read with its schemas. */
export const NEWEST_KNOWN_API_VERSION = "2026-06-23" satisfies KnownApiVersion;

/** The version sent when none is chosen, pinned so shapes never change under a user's feet. */
export const DEFAULT_API_VERSION = "2026-01-21" satisfies KnownApiVersion;

/** The type of {@link DEFAULT_API_VERSION}: what a client created without `version` speaks. */
export type DefaultApiVersion = typeof DEFAULT_API_VERSION;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `version` is one of {@link SUPPORTED_API_VERSIONS}, whose shapes the client knows.
 *
 * @example
 * ```ts
 * isSupportedApiVersion("2026-01-21"); // true
 * isSupportedApiVersion("2027-01-01"); // false: accepted as a version, but its shapes are unknown
 * ```
 */
export function isSupportedApiVersion(version: unknown): version is KnownApiVersion {
  return typeof version === "string" && (SUPPORTED_API_VERSIONS as readonly string[]).includes(version);
}

/**
 * True when `version` has the form of a Phala API version: a `YYYY-MM-DD` date (month 01–12,
 * day 01–31).
 *
 * @example
 * ```ts
 * isApiVersion("2027-01-01"); // true
 * isApiVersion("latest"); // false
 * ```
 */
export function isApiVersion(version: unknown): version is ApiVersion {
  if (typeof version !== "string") return false;
  const match = DATE.exec(version);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Refuses anything that is not a `YYYY-MM-DD` version, before anything is sent. A date the client
 * does not know is accepted (see {@link ApiVersion}).
 */
export function assertSupportedApiVersion(version: unknown, option: string): asserts version is ApiVersion {
  if (isApiVersion(version)) return;
  throw new ConfigurationError(
    `${option}: ${JSON.stringify(version)} is not a Phala Cloud API version. A version is a date, YYYY-MM-DD; ` +
      `this client knows the shapes of ${SUPPORTED_API_VERSIONS.join(", ")} (default ${DEFAULT_API_VERSION}).`,
    { option },
  );
}
