import { ConfigurationError, type HeadersInput } from "@cloud-sdk/auth-core";
import { API_VERSION_HEADER } from "./api-version";

const NAME = API_VERSION_HEADER.toLowerCase();

function names(headers: HeadersInput): string[] {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return [...headers.keys()];
  if (Array.isArray(headers)) return (headers as ReadonlyArray<readonly [string, string]>).map(([name]) => name);
  return Object.keys(headers);
}

/**
 * Refuses `X-Phala-Version` in the client's `headers`: the version decides which response
 * schemas apply, so it must come from the `version` option (or `withVersion`), where the client
 * knows it.
 */
export function refuseVersionHeader(headers: HeadersInput | undefined): void {
  if (!headers || !names(headers).some((name) => name.toLowerCase() === NAME)) return;
  throw new ConfigurationError(
    `headers: do not set ${API_VERSION_HEADER} there; use the version option (or client.withVersion(version)), ` +
      "so the client validates responses against that version's shapes.",
    { option: "headers" },
  );
}
