/**
 * `@cloud-sdk/auth-core/node` outside Node (browsers, edge runtimes): the same exports, finding
 * nothing, so a client that looks for a credentials file still loads and falls back to its other
 * sources.
 */
import type { CredentialSource } from "./credentials/credential-source.js";
import type { IniSections } from "./ini/parse-ini.js";

/** A parsed credentials file. */
export interface IniFile {
  readonly path: string;
  readonly sections: IniSections;
}

/** Options of readIniFile. */
export interface ReadIniFileOptions {
  warn?: ((message: string) => void) | undefined;
}

/** Options of fromIniFile. */
export interface FromIniFileOptions extends ReadIniFileOptions {
  path: string;
  profile: string;
  key: string;
  description?: string | undefined;
}

/** False in this build: credentials files cannot be read in this runtime. */
export const credentialFilesSupported = false;

/** Always "": there is no home directory here. */
export function homeDirectory(): string {
  return "";
}

/** Returns the path unchanged: there is no home directory here. */
export function expandHome(path: string): string {
  return path;
}

/** Always `undefined`: there is no file system here. */
export async function readIniFile(_path: string, _options?: ReadIniFileOptions): Promise<IniFile | undefined> {
  return undefined;
}

/** Always `undefined`: there is no file system here. */
export function readIniFileSync(_path: string, _options?: ReadIniFileOptions): IniFile | undefined {
  return undefined;
}

/** A source that never finds anything: there is no file system here. */
export function fromIniFile(options: FromIniFileOptions): CredentialSource {
  const description = `${options.description ?? `the ${options.key} of profile [${options.profile}] in ${options.path}`} (not readable in this runtime)`;
  return {
    description,
    places: [description],
    resolve: async () => undefined,
    resolveSync: () => undefined,
  };
}
