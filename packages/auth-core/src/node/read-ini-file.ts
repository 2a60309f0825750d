import { readFileSync, statSync, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { CredentialFileError } from "../errors/credential-file-error.js";
import { parseIni, type IniSections } from "../ini/parse-ini.js";
import { expandHome } from "./expand-home.js";

/** A parsed credentials file. */
export interface IniFile {
  /** The file's path, with `~` expanded. */
  readonly path: string;
  /** Its sections (profiles). */
  readonly sections: IniSections;
}

/** Options of {@link readIniFile}. */
export interface ReadIniFileOptions {
  /** Where the permissions warning goes. Default: `process.emitWarning`. */
  warn?: ((message: string) => void) | undefined;
}

const warned = new Set<string>();

/**
 * Reads and parses an INI credentials file. A missing file answers `undefined` ("not found here");
 * an unreadable or malformed one is a {@link CredentialFileError}. A file that other users can read
 * gets a warning naming it and the fix (`chmod 600`), once per file, as ssh does.
 *
 * @example
 * ```ts
 * const file = await readIniFile("~/.podstack/credentials");
 * Object.keys(file?.sections ?? {}); // ["default", "production"]
 * ```
 */
export async function readIniFile(path: string, options: ReadIniFileOptions = {}): Promise<IniFile | undefined> {
  const fullPath = expandHome(path);
  let text: string;
  try {
    text = await readFile(fullPath, "utf8");
    checkPermissions(fullPath, await stat(fullPath), options);
  } catch (error) {
    return handleReadError(error, fullPath);
  }
  return { path: fullPath, sections: parseWithPath(text, fullPath) };
}

/** {@link readIniFile}, synchronously: for clients that settle their configuration at construction. */
export function readIniFileSync(path: string, options: ReadIniFileOptions = {}): IniFile | undefined {
  const fullPath = expandHome(path);
  let text: string;
  try {
    text = readFileSync(fullPath, "utf8");
    checkPermissions(fullPath, statSync(fullPath), options);
  } catch (error) {
    return handleReadError(error, fullPath);
  }
  return { path: fullPath, sections: parseWithPath(text, fullPath) };
}

function parseWithPath(text: string, path: string): IniSections {
  try {
    return parseIni(text);
  } catch (error) {
    if (error instanceof CredentialFileError) {
      throw new CredentialFileError(error.message.replace("Invalid credentials file", `Invalid credentials file ${path}`), {
        path,
        line: error.line,
      });
    }
    throw error;
  }
}

function handleReadError(error: unknown, path: string): undefined {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return undefined;
  const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
  throw new CredentialFileError(`Cannot read the credentials file ${path}: ${reason}. Check that it is a readable file.`, {
    path,
    cause: error,
  });
}

function checkPermissions(path: string, stats: Stats, options: ReadIniFileOptions): void {
  // Windows has no POSIX permission bits to check.
  if (process.platform === "win32" || (stats.mode & 0o077) === 0 || warned.has(path)) return;
  warned.add(path);
  const mode = (stats.mode & 0o777).toString(8).padStart(4, "0");
  const message =
    `Credentials file ${path} is accessible by other users (permissions ${mode}); anyone on this machine can read your token. ` +
    `Run: chmod 600 ${path}`;
  if (options.warn) options.warn(message);
  else process.emitWarning(message, { code: "CLOUD_SDK_CREDENTIALS_FILE_PERMISSIONS" });
}
