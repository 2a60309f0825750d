import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
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
    requireRegularFile(fullPath, await stat(fullPath));
    const handle = await open(fullPath, OPEN_FLAGS);
    try {
      const stats = await handle.stat();
      requireRegularFile(fullPath, stats);
      checkPermissions(fullPath, stats, options);
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
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
    requireRegularFile(fullPath, statSync(fullPath));
    const fd = openSync(fullPath, OPEN_FLAGS);
    try {
      const stats = fstatSync(fd);
      requireRegularFile(fullPath, stats);
      checkPermissions(fullPath, stats, options);
      text = readFileSync(fd, "utf8");
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return handleReadError(error, fullPath);
  }
  return { path: fullPath, sections: parseWithPath(text, fullPath) };
}

/**
 * Read-only, and non-blocking so that opening a FIFO returns at once instead of waiting for a
 * writer (the path could be swapped for one between the stat and the open). Windows has no
 * O_NONBLOCK, and no FIFOs at a file path either.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a non-regular file is, for the message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Refuses anything but a regular file: reading a FIFO or a device could block the caller forever
 * or never end, and a directory has nothing to read.
 */
/** The largest credentials file read: a few profiles take a few hundred bytes. */
export const MAX_CREDENTIALS_FILE_BYTES = 1024 * 1024;

function requireRegularFile(path: string, stats: Stats): void {
  if (stats.isFile()) {
    if (stats.size <= MAX_CREDENTIALS_FILE_BYTES) return;
    throw new CredentialFileError(
      `The credentials file ${path} is ${stats.size} bytes, more than a credentials file holds (${MAX_CREDENTIALS_FILE_BYTES} at most); it was not read. Check the path.`,
      { path },
    );
  }
  throw new CredentialFileError(
    `The credentials file ${path} is ${kindOf(stats)}, not a regular file. Point the path at a regular file, or remove what is there.`,
    { path },
  );
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
  if (error instanceof CredentialFileError) throw error;
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
