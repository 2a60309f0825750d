import {
  apiKeyHeader,
  cookieSession,
  type CredentialSource,
  checkResponseValidation,
  createLevelLogger,
  createTransport,
  type HeadersInput,
  readLogLevelEnv,
  type Logger,
  type LogLevel,
  readEnv,
  resolveApiKeyOption,
  type ResponseValidation,
} from "@cloud-sdk/auth-core";
import {
  API_VERSION_HEADER,
  type ApiVersion,
  assertSupportedApiVersion,
  DEFAULT_API_VERSION,
  isSupportedApiVersion,
  NEWEST_KNOWN_API_VERSION,
  SUPPORTED_API_VERSIONS,
} from "./api-version";
import type { ClientContext } from "./client-context";
import {
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  PHALA_CLOUD_API_KEY_ENV,
  PHALA_CLOUD_API_PREFIX_ENV,
  PHALA_CLOUD_LOG_ENV,
  type PhalaCloudClientOptions,
} from "./client-options";
import { ConflictError, createPhalaCloudError, wrapTransportError } from "./errors";
import { schemasForVersion } from "./schemas";
import { refuseVersionHeader } from "./version-header";

declare const __PACKAGE_NAME__: string;
declare const __PACKAGE_VERSION__: string;

const SUBJECT = "Phala Cloud API key";
const MISSING_KEY_HINT =
  `Pass apiKey to createClient() or set ${PHALA_CLOUD_API_KEY_ENV} (create a key in the Phala Cloud dashboard); ` +
  "in a browser signed in to Phala Cloud, use useCookieAuth: true instead.";

const versionHeader = (version: ApiVersion) => ({ [API_VERSION_HEADER]: version });

// A 409 without error_code means "another operation is in progress": the server did not act, so
// even a call that is never repeated otherwise (restartCvm) may be sent again.
const retryConflicts = (error: Error): boolean | undefined => (error instanceof ConflictError ? true : undefined);

function credentialFor(options: PhalaCloudClientOptions): CredentialSource | undefined {
  if (options.useCookieAuth === true) return undefined;
  return resolveApiKeyOption({
    value: options.apiKey,
    optionName: "apiKey",
    environmentVariable: PHALA_CLOUD_API_KEY_ENV,
    subject: SUBJECT,
    hint: MISSING_KEY_HINT,
  });
}


// Versions already announced as unknown, so the note appears once per process and version.
const announced = new Set<string>();

/**
 * For a version whose shapes this client does not know: "warn" unless the user chose a mode, and a
 * one-time note saying so. A known version keeps the user's choice (default "strict").
 */
function validationFor(version: ApiVersion, chosen: ResponseValidation | undefined, log: Logger): ResponseValidation | undefined {
  if (isSupportedApiVersion(version)) return chosen;
  if (!announced.has(version)) {
    announced.add(version);
    // Dates compare as strings; an older unknown date is possible too (the server may not know it).
    const which = version > NEWEST_KNOWN_API_VERSION ? "newer than this SDK knows" : "not one this SDK knows";
    const mode = chosen
      ? `(responseValidation: "${chosen}")`
      : `in responseValidation "warn" mode: differences are logged, not thrown. Set responseValidation to choose, or update the SDK`;
    log.warn(
      `Phala Cloud API version ${version} is ${which} (${SUPPORTED_API_VERSIONS.join(", ")}): it is sent as given, ` +
        `and its responses are checked against ${NEWEST_KNOWN_API_VERSION}'s schemas ${mode}.`,
    );
  }
  return chosen ?? "warn";
}

/**
 * Everything decided once, at creation: the version, the key (option, else the environment,
 * read now), the base URL (option, else `PHALA_CLOUD_API_PREFIX`, else the default), the log
 * level, and the transport with Phala's error mapping and retry rules.
 */
export function createContext(options: PhalaCloudClientOptions): ClientContext {
  const version = options.version ?? DEFAULT_API_VERSION;
  assertSupportedApiVersion(version, "version");
  refuseVersionHeader(options.headers);
  const chosenValidation = checkResponseValidation(options.responseValidation);
  const credential = credentialFor(options);
  const hints = { keySource: credential?.description };
  const logLevel = options.logLevel ?? readLogLevelEnv(PHALA_CLOUD_LOG_ENV);
  const log = createLevelLogger(options.logger, logLevel);
  const transport = createTransport({
    provider: "Phala Cloud",
    baseURL: options.baseURL ?? readEnv(PHALA_CLOUD_API_PREFIX_ENV) ?? DEFAULT_BASE_URL,
    auth: credential ? apiKeyHeader("X-API-Key") : cookieSession(),
    credential,
    missingCredential: { subject: SUBJECT, hint: MISSING_KEY_HINT },
    headers: [versionHeader(version), options.headers],
    userAgent: `${__PACKAGE_NAME__}/${__PACKAGE_VERSION__}`,
    fetch: options.fetch,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries,
    maxResponseBytes: options.maxResponseBytes,
    responseValidation: validationFor(version, chosenValidation, log),
    logger: options.logger,
    logLevel,
    createApiError: (context) => createPhalaCloudError(context, hints),
    wrapError: wrapTransportError,
    shouldRetry: retryConflicts,
  });
  return { transport, version, schemas: schemasForVersion(version), headers: options.headers, responseValidation: chosenValidation, log };
}

/** The same client setup speaking another API version; the key and everything else are shared. */
export function contextForVersion(context: ClientContext, version: ApiVersion): ClientContext {
  assertSupportedApiVersion(version, "withVersion");
  const headers: (HeadersInput | undefined)[] = [versionHeader(version), context.headers];
  const responseValidation = validationFor(version, context.responseValidation, context.log);
  return {
    ...context,
    version,
    schemas: schemasForVersion(version),
    transport: context.transport.withOptions({ headers, responseValidation }),
  };
}
