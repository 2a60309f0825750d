import { homedir, userInfo } from "node:os";
import { isAbsolute, join } from "node:path";
import { CredentialFileError } from "../errors/credential-file-error.js";

/** An absolute path, or `undefined` for an unset, empty or relative value. */
function absolute(value: string | undefined): string | undefined {
  return value !== undefined && value !== "" && isAbsolute(value) ? value : undefined;
}

/** The account's home directory from the user database, when the runtime can read it. */
function userDatabaseHome(): string | undefined {
  try {
    return userInfo().homedir;
  } catch {
    // No passwd entry (some containers): there is no home directory to fall back to.
    return undefined;
  }
}

/**
 * The home directory: `HOME`, then `USERPROFILE`, then `HOMEDRIVE` + `HOMEPATH` (Windows), then
 * the operating system's answer, then the user database. The variables come first so that a
 * program (or a test) that sets `HOME` is obeyed, as shells and the AWS SDK do.
 *
 * Only an absolute path counts: an empty or relative `HOME` is treated as unset. Otherwise
 * `HOME=""` would make `~/.podstack/credentials` the relative `.podstack/credentials`, a file any
 * checked-out repository could plant in the working directory. When no absolute home is found it
 * throws a `CredentialFileError`.
 *
 * @example
 * ```ts
 * homeDirectory(); // "/home/ada"
 * ```
 */
export function homeDirectory(): string {
  const env = process.env;
  const drivePath = env.HOMEDRIVE && env.HOMEPATH ? `${env.HOMEDRIVE}${env.HOMEPATH}` : undefined;
  const home =
    absolute(env.HOME) ??
    absolute(env.USERPROFILE) ??
    absolute(drivePath) ??
    // os.homedir() answers HOME itself when it is set, even empty, hence the user database next.
    absolute(homedir()) ??
    absolute(userDatabaseHome());
  if (home === undefined) {
    throw new CredentialFileError(
      "Cannot find the home directory: HOME is unset, empty or relative, and the system has none for this user. " +
        "Set HOME to an absolute path, or give the credentials file as an absolute path.",
    );
  }
  return home;
}

/**
 * Expands a leading `~` to the home directory: `~/.podstack/credentials` →
 * `/home/ada/.podstack/credentials`. Other paths are returned unchanged. A `~` path never becomes
 * a relative one: without an absolute home directory it throws a `CredentialFileError`.
 *
 * @example
 * ```ts
 * expandHome("~/.podstack/credentials"); // "/home/ada/.podstack/credentials"
 * ```
 */
export function expandHome(path: string): string {
  if (path === "~") return homeDirectory();
  if (path.startsWith("~/") || path.startsWith("~\\")) return join(homeDirectory(), path.slice(2));
  return path;
}
