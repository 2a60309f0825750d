import type { Credential, CredentialSource } from "../credentials/credential-source.js";
import { Secret } from "../secrets/secret.js";
import { readIniFile, readIniFileSync, type IniFile, type ReadIniFileOptions } from "./read-ini-file.js";

/** Options of {@link fromIniFile}. */
export interface FromIniFileOptions extends ReadIniFileOptions {
  /** The file; a leading `~` is the home directory: "~/.podstack/credentials". */
  path: string;
  /** The section to read: "default". */
  profile: string;
  /** The key holding the secret: "api_token". */
  key: string;
  /** Where it looks, for messages. Default: `the api_token of profile [default] in ~/.podstack/credentials`. */
  description?: string | undefined;
}

/**
 * A credential in an INI credentials file with one section per profile:
 *
 * ```ini
 * [default]
 * api_token = ...
 * ```
 *
 * A missing file, profile or key is "not found here" (a chain moves on); an unreadable or malformed
 * file is a `CredentialFileError`. Node only: import it from `@cloud-sdk/auth-core/node`.
 *
 * @example
 * ```ts
 * import { fromIniFile } from "@cloud-sdk/auth-core/node";
 * const source = fromIniFile({ path: "~/.podstack/credentials", profile: "default", key: "api_token" });
 * ```
 */
export function fromIniFile(options: FromIniFileOptions): CredentialSource {
  const { path, profile, key } = options;
  const description = options.description ?? `the ${key} of profile [${profile}] in ${path}`;
  const pick = (file: IniFile | undefined): Credential | undefined => {
    const value = file?.sections[profile]?.[key]?.trim();
    return value ? { secret: new Secret(value), source: description } : undefined;
  };
  return {
    description,
    places: [description],
    resolve: async () => pick(await readIniFile(path, options)),
    resolveSync: () => pick(readIniFileSync(path, options)),
  };
}
