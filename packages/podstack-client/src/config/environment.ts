import { readEnv } from "@cloud-sdk/auth-core";

/** The environment variables the client reads, once, when it is created. */
export const ENVIRONMENT_VARIABLES = {
  /** The token [doc]. */
  apiToken: "PODSTACK_API_TOKEN",
  /** The default project [doc]. */
  projectId: "PODSTACK_PROJECT",
  /** A custom endpoint [doc for the CLI; assumed for the SDK]. */
  apiEndpoint: "PODSTACK_API_ENDPOINT",
  /** The credentials-file profile to use instead of `[default]` (this SDK's own). */
  profile: "PODSTACK_PROFILE",
  /** Another credentials file (this SDK's own). */
  credentialsFile: "PODSTACK_CREDENTIALS_FILE",
  /** Log level: off, error, warn, info or debug (this SDK's own). */
  logLevel: "PODSTACK_LOG",
} as const;

/** The values of {@link ENVIRONMENT_VARIABLES} at one moment; unset and blank are `undefined`. */
export type EnvironmentSnapshot = {
  readonly [K in keyof typeof ENVIRONMENT_VARIABLES]: string | undefined;
};

/** Reads every variable now (guarded: no `process` in a browser means all `undefined`). */
export function readEnvironment(): EnvironmentSnapshot {
  return {
    apiToken: readEnv(ENVIRONMENT_VARIABLES.apiToken),
    projectId: readEnv(ENVIRONMENT_VARIABLES.projectId),
    apiEndpoint: readEnv(ENVIRONMENT_VARIABLES.apiEndpoint),
    profile: readEnv(ENVIRONMENT_VARIABLES.profile),
    credentialsFile: readEnv(ENVIRONMENT_VARIABLES.credentialsFile),
    logLevel: readEnv(ENVIRONMENT_VARIABLES.logLevel),
  };
}
