import {
  chain,
  CredentialFileError,
  type CredentialSource,
  fromValue,
} from "@cloud-sdk/auth-core";
import { AuthenticationError } from "../errors";
import {
  DEFAULT_CREDENTIALS_FILE,
  describeFile,
  lookUpProfile,
  type ProfileLookup,
  requireProfile,
  whyNoToken,
} from "./credentials-file";
import { endpointBaseURL, type Sourced } from "./endpoint";
import { ENVIRONMENT_VARIABLES as ENV, type EnvironmentSnapshot } from "./environment";

/** The options that decide the token, project and endpoint. */
export interface SettingsInput {
  apiToken?: string | undefined;
  profile?: string | undefined;
  projectId?: string | undefined;
  apiEndpoint?: string | undefined;
  credentialsFile?: string | undefined;
}

/** What the client runs with, decided once at construction. */
export interface Settings {
  /** The token, as a source that answers the same value every time. */
  readonly credential: CredentialSource;
  /** Where the token came from, e.g. "the PODSTACK_API_TOKEN environment variable". */
  readonly tokenSource: string;
  readonly projectId: string | undefined;
  /** The base URL, `/v1` included. */
  readonly baseURL: string;
}

const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The first setting that has a value, with where it came from. */
function first(...candidates: [string | undefined, string][]): Sourced | undefined {
  for (const [value, source] of candidates)
    if (given(value)) return { value: given(value) as string, source };
  return undefined;
}

/**
 * Resolves the token, project and endpoint (see the README's precedence table):
 * - token: `apiToken` → the `profile` option's `api_token` (that file and profile must exist) →
 *   `PODSTACK_API_TOKEN` → the `api_token` of `PODSTACK_PROFILE`'s profile, else `[default]`;
 * - project: `projectId` → `PODSTACK_PROJECT` → the profile's `project_id`;
 * - endpoint: `apiEndpoint` → `PODSTACK_API_ENDPOINT` → the profile's `api_endpoint` → the default.
 * The credentials file is read only when a setting is still open or a profile was asked for.
 *
 * When the token is already supplied (`apiToken`, or `PODSTACK_API_TOKEN` without a `profile`
 * option), a credentials file that cannot be used (malformed, unreadable, a directory or a FIFO) is
 * one warning through `notice`, not an error, and its project and endpoint are ignored: a broken
 * file the user does not rely on must not stop the client, and a half-read one is not trusted.
 */
export function resolveSettings(
  options: SettingsInput,
  env: EnvironmentSnapshot,
  warn: ((message: string) => void) | undefined,
  notice: (message: string) => void = () => undefined,
): Settings {
  const askedProfile = given(options.profile);
  const profile = askedProfile ?? env.profile ?? "default";
  const filePath = first(
    [options.credentialsFile, "the credentialsFile option"],
    [env.credentialsFile, `the ${ENV.credentialsFile} environment variable`],
  );
  const settled = [
    [options.apiToken, env.apiToken],
    [options.projectId, env.projectId],
    [options.apiEndpoint, env.apiEndpoint],
  ].every((pair) => pair.some((value) => given(value) !== undefined));
  const needsFile = askedProfile !== undefined || !settled;
  const tokenSupplied =
    given(options.apiToken) !== undefined ||
    (askedProfile === undefined && given(env.apiToken) !== undefined);
  const lookup: ProfileLookup | undefined = needsFile
    ? lookUpOrWarn(
        () =>
          lookUpProfile(
            filePath?.value ?? DEFAULT_CREDENTIALS_FILE,
            filePath?.source,
            profile,
            warn,
          ),
        tokenSupplied,
        notice,
      )
    : undefined;
  if (askedProfile !== undefined && lookup !== undefined) requireProfile(lookup);

  const fromProfile = (key: string): string | undefined => lookup?.values?.[key];
  const profilePlace =
    lookup === undefined ? "" : `the api_token of profile [${profile}] in ${describeFile(lookup)}`;
  const profileToken = fromValue(fromProfile("api_token"), profilePlace);
  const source = chain(
    fromValue(options.apiToken, "the apiToken option"),
    ...(askedProfile !== undefined ? [profileToken] : []),
    fromValue(env.apiToken, `the ${ENV.apiToken} environment variable`),
    ...(askedProfile === undefined && lookup !== undefined ? [profileToken] : []),
  );
  const credential = source.resolveSync?.();
  if (credential === undefined) throw noToken(source.places, lookup);

  const project = first(
    [options.projectId, "the projectId option"],
    [env.projectId, `the ${ENV.projectId} environment variable`],
    [fromProfile("project_id"), `the project_id of profile [${profile}]`],
  );
  const endpoint = first(
    [options.apiEndpoint, "the apiEndpoint option"],
    [env.apiEndpoint, `the ${ENV.apiEndpoint} environment variable`],
    [fromProfile("api_endpoint"), `the api_endpoint of profile [${profile}]`],
  );
  return {
    // A snapshot: the token was read once, now; later changes to the environment or file do not apply.
    credential: fromValue(credential.secret.reveal(), credential.source),
    tokenSource: credential.source,
    projectId: project?.value,
    baseURL: endpointBaseURL(endpoint),
  };
}

/**
 * The profile lookup; when the token is already supplied, a `CredentialFileError` becomes one
 * warning and no lookup (the file's other settings are then ignored).
 */
function lookUpOrWarn(
  lookUp: () => ProfileLookup,
  tokenSupplied: boolean,
  notice: (message: string) => void,
): ProfileLookup | undefined {
  try {
    return lookUp();
  } catch (error) {
    if (!tokenSupplied || !(error instanceof CredentialFileError)) throw error;
    notice(
      `${error.message} The token is already set, so the credentials file was skipped: its project_id and api_endpoint are not used. Fix or remove the file to silence this warning.`,
    );
    return undefined;
  }
}

/** "No API token provided", every place looked (with why the file gave none) and how to fix it. */
function noToken(
  places: readonly string[],
  lookup: ProfileLookup | undefined,
): AuthenticationError {
  const looked = places.map((place) =>
    lookup !== undefined && place.startsWith("the api_token of profile")
      ? `${place} (${whyNoToken(lookup)})`
      : place,
  );
  const file = lookup === undefined ? DEFAULT_CREDENTIALS_FILE : lookup.path;
  const section = lookup?.profile ?? "default";
  return new AuthenticationError({
    message:
      `No API token provided. Looked in: ${looked.join("; ")}. ` +
      `Set ${ENV.apiToken}, pass apiToken to the Client, or add \`api_token = <your token>\` to the [${section}] profile of ${file}. ` +
      `Create a token in the Podstack dashboard (Account > API Tokens).`,
  });
}
