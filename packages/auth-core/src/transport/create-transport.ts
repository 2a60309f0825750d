import { ConfigurationError } from "../errors/configuration-error.js";
import { ApiError } from "../errors/api-error.js";
import { CloudSdkError } from "../errors/cloud-sdk-error.js";
import { createLevelLogger } from "../logging/logger.js";
import type { ApiErrorContext } from "./api-error-context.js";
import { apiErrorFields } from "./api-error-fields.js";
import { normalizeBaseURL } from "./build-url.js";
import { describeApiError } from "./describe-api-error.js";
import { findErrorCode } from "./error-body-fields.js";
import { execute } from "./execute.js";
import { applyHeaders, CREDENTIAL_HEADERS, toLayers } from "./headers.js";
import type { PreparedTransport } from "./prepared-transport.js";
import { checkMaxResponseBytes, checkMaxRetries, checkTimeout } from "./check-options.js";
import { checkResponseValidation } from "./response-validation.js";
import { assertSecureURL } from "./secure-url.js";
import type { Transport, TransportOptions, TransportRequest } from "./transport-options.js";

/**
 * Default `maxResponseBytes`: 64 MiB. Far above any JSON answer of these APIs (a list of a thousand
 * instances is a few MB), far below what would exhaust a process: a 600 MB answer ends in a
 * ResponseTooLargeError after 64 MiB, not in a crash.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

declare const __PACKAGE_NAME__: string;
declare const __PACKAGE_VERSION__: string;

/**
 * An authenticated HTTP transport for one API, built on ky: base URL, default headers, credential,
 * timeouts, retries, redirect and plain-http refusal, typed errors and response validation.
 * Everything that does not vary per request is decided here, once.
 *
 * @example
 * ```ts
 * const transport = createTransport({
 *   provider: "Phota",
 *   baseURL: "https://api.photalabs.com/v1/phota",
 *   credential: fromEnv("PHOTA_API_KEY"),
 *   auth: apiKeyHeader("X-API-Key"),
 * });
 * const status = await transport.request({
 *   operation: "profiles.status",
 *   method: "GET",
 *   path: "/profiles/{id}/status",
 *   pathParams: { id: "p_123" },
 *   schema: ProfileStatus,
 * });
 * ```
 */
export function createTransport(options: TransportOptions): Transport {
  const prepared = prepare(options);
  const run = async <TOutput>(request: TransportRequest<TOutput>, withMeta: boolean) => {
    try {
      return await execute(prepared, request, withMeta);
    } catch (error) {
      // Every cloud-sdk failure that is not an API error (those come from createApiError already)
      // goes through the provider's wrapError once, so a provider can make every failure its own.
      throw error instanceof CloudSdkError && !(error instanceof ApiError) ? prepared.wrapError(error) : error;
    }
  };
  return {
    provider: prepared.provider,
    baseURL: prepared.baseURL,
    request: async <TOutput>(request: TransportRequest<TOutput>) => (await run(request, false)).data,
    requestWithResponse: <TOutput>(request: TransportRequest<TOutput>) => run(request, true),
    requestStream: (request) =>
      run<ReadableStream<Uint8Array>>({ ...request, responseType: "stream", schema: undefined }, true),
    withOptions: (overrides) => createTransport({ ...options, ...overrides }),
  };
}

function prepare(options: TransportOptions): PreparedTransport {
  const provider = options.provider;
  const baseURLOption = options.baseURLOption ?? "baseURL";
  const baseURL = normalizeBaseURL(options.baseURL, baseURLOption);
  const allowInsecureHttp = options.allowInsecureHttp ?? false;
  assertSecureURL(baseURL, allowInsecureHttp, provider);
  if (options.auth.needsSecret && !options.credential) {
    throw new ConfigurationError(`${provider}: a credential source is required for ${options.auth.type} authentication.`, {
      option: "credential",
    });
  }
  const timeout = checkTimeout(options.timeout) ?? 60_000;
  const maxRetries = checkMaxRetries(options.maxRetries) ?? 2;
  const defaultHeaders: Record<string, string> = {
    accept: "application/json",
    "user-agent": options.userAgent ?? `${__PACKAGE_NAME__}/${__PACKAGE_VERSION__}`,
  };
  for (const layer of toLayers(options.headers)) applyHeaders(defaultHeaders, layer);
  const hiddenHeaders = new Set(CREDENTIAL_HEADERS);
  if (options.auth.headerName) hiddenHeaders.add(options.auth.headerName);
  for (const name of options.auth.secretHeaders ?? []) hiddenHeaders.add(name);
  const logLevel = options.logLevel ?? "warn";
  return {
    options,
    provider,
    baseURL,
    baseURLOption,
    auth: options.auth,
    credential: options.credential,
    missingCredential: options.missingCredential ?? {
      subject: `${provider} credential`,
      hint: "Configure a credential for the client.",
    },
    defaultHeaders,
    fetch: options.fetch,
    timeout,
    maxRetries,
    allowInsecureHttp,
    log: createLevelLogger(options.logger, logLevel),
    debug: logLevel === "debug",
    createApiError: options.createApiError ?? defaultApiError,
    wrapError: options.wrapError ?? ((error) => error),
    shouldRetry: options.shouldRetry,
    rateLimiter: options.rateLimiter,
    timing: {
      initialDelayMs: options.retryTiming?.initialDelayMs ?? 500,
      maxDelayMs: options.retryTiming?.maxDelayMs ?? 8_000,
      maxRetryAfterMs: options.retryTiming?.maxRetryAfterMs ?? 60_000,
    },
    responseValidation: checkResponseValidation(options.responseValidation) ?? "strict",
    maxResponseBytes: checkMaxResponseBytes(options.maxResponseBytes) ?? DEFAULT_MAX_RESPONSE_BYTES,
    ky: {},
    hiddenHeaders,
  };
}

/** The error for a response when the provider gives no `createApiError`: a plain ApiError. */
export function defaultApiError(context: ApiErrorContext): ApiError {
  return new ApiError({ ...apiErrorFields(context), message: describeApiError(context), code: findErrorCode(context.body.value) });
}
