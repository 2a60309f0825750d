import { ConfigurationError } from "@cloud-sdk/auth-core";
import { PODSTACK_API_PREFIX, PODSTACK_DEFAULT_BASE_URL } from "../routes";

/** A setting and where it came from, for messages. */
export interface Sourced {
  readonly value: string;
  /** e.g. "the apiEndpoint option", "the PODSTACK_API_ENDPOINT environment variable". */
  readonly source: string;
}

/**
 * The base URL of an endpoint setting. An endpoint without a path gets Podstack's `/v1` prefix
 * (Podstack's own examples write `https://api.custom.podstack.ai`); one with a path is used as given,
 * so a proxy such as `https://gateway.example.com/podstack/v1` works. Trailing slashes are dropped.
 * The transport checks the rest (http(s) only, no plain http except to loopback).
 *
 * @example
 * ```ts
 * endpointBaseURL({ value: "https://api.work.podstack.ai", source: "the apiEndpoint option" });
 * // "https://api.work.podstack.ai/v1"
 * ```
 */
export function endpointBaseURL(setting: Sourced | undefined): string {
  if (setting === undefined) return PODSTACK_DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(setting.value);
  } catch {
    throw new ConfigurationError(
      `The API endpoint "${setting.value}" from ${setting.source} is not a valid URL. ` +
        `Use an absolute URL such as "https://api.podstack.ai", or remove the setting to use ${PODSTACK_DEFAULT_BASE_URL}.`,
      { option: "apiEndpoint" },
    );
  }
  const bare = url.href.replace(/\/+$/, "");
  return url.pathname === "/" && url.search === "" && url.hash === ""
    ? `${bare}${PODSTACK_API_PREFIX}`
    : bare;
}
