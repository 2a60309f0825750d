import {
  credentialFilesSupported,
  expandHome,
  type IniFile,
  readIniFileSync,
} from "@cloud-sdk/auth-core/node";
import { AuthenticationError } from "../errors";

/** Where Podstack's SDK keeps its profiles [doc]. */
export const DEFAULT_CREDENTIALS_FILE = "~/.podstack/credentials";

/** One profile of the credentials file, as found (or not). */
export interface ProfileLookup {
  /** The profile name, e.g. "default". */
  readonly profile: string;
  /** The file's path, `~` expanded. */
  readonly path: string;
  /** Where the path came from, when not the default: "the PODSTACK_CREDENTIALS_FILE environment variable". */
  readonly pathSource: string | undefined;
  /** The parsed file; `undefined` when it does not exist (or cannot exist: no file system). */
  readonly file: IniFile | undefined;
  /** The profile's keys; `undefined` when the file or the profile is missing. */
  readonly values: Readonly<Record<string, string>> | undefined;
}

/**
 * Reads the file (synchronously, once) and picks the profile. A missing file or profile is "not
 * found" here; a file that cannot be read or parsed is auth-core's `CredentialFileError`; a file
 * other users can read gets auth-core's `chmod 600` warning (through `warn`, when given).
 */
export function lookUpProfile(
  path: string,
  pathSource: string | undefined,
  profile: string,
  warn: ((message: string) => void) | undefined,
): ProfileLookup {
  const file = readIniFileSync(path, warn === undefined ? {} : { warn });
  return { profile, path: expandHome(path), pathSource, file, values: file?.sections[profile] };
}

const profileNames = (file: IniFile) => Object.keys(file.sections).map((name) => `[${name}]`);

/** The file, with where its path came from when that is not the default. */
export const describeFile = (lookup: ProfileLookup) =>
  lookup.pathSource === undefined ? lookup.path : `${lookup.path} (from ${lookup.pathSource})`;

/** Why this profile gave no token, in a few words, for the "looked in" list. */
export function whyNoToken(lookup: ProfileLookup): string {
  if (!credentialFilesSupported) return "files cannot be read in this runtime";
  if (lookup.file === undefined) return "the file does not exist";
  if (lookup.values === undefined) {
    const names = profileNames(lookup.file);
    return names.length === 0
      ? "the file has no profiles"
      : `no such profile; the file has ${names.join(", ")}`;
  }
  return "the profile has no api_token";
}

/**
 * For a profile the caller asked for by name: the `AuthenticationError` when the file or the profile
 * does not exist, naming both and listing the profiles the file does have.
 */
export function requireProfile(lookup: ProfileLookup): void {
  const { profile } = lookup;
  const add = `add a [${profile}] section with \`api_token = <your token>\``;
  let problem: string;
  if (!credentialFilesSupported) {
    problem = `Profile [${profile}] was requested, but credentials files cannot be read in this runtime (no file system). Pass apiToken instead.`;
  } else if (lookup.file === undefined) {
    problem =
      `Profile [${profile}] not found: the credentials file ${describeFile(
        lookup,
      )} does not exist. ` +
      `Create it and ${add}, point credentialsFile or PODSTACK_CREDENTIALS_FILE at the right file, or pass apiToken.`;
  } else if (lookup.values === undefined) {
    const names = profileNames(lookup.file);
    const has =
      names.length === 0 ? "which has no profiles" : `which has the profiles ${names.join(", ")}`;
    problem = `Profile [${profile}] not found in the credentials file ${describeFile(
      lookup,
    )}, ${has}. Use one of those, or ${add}.`;
  } else {
    return;
  }
  throw new AuthenticationError({ message: problem });
}
