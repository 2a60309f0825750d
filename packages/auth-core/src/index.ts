// @cloud-sdk/auth-core: the public surface, listed explicitly. Node-only pieces (credentials files)
// are in ./node.ts, published as "@cloud-sdk/auth-core/node".

// Credential sources
export type { Credential, CredentialSource, ResolveOptions } from "./credentials/credential-source.js";
export { fromValue } from "./credentials/from-value.js";
export { fromEnv } from "./credentials/from-env.js";
export {
  fromFunction,
  type CredentialFunction,
  type CredentialFunctionResult,
  type FromFunctionOptions,
} from "./credentials/from-function.js";
export { chain } from "./credentials/chain.js";
export { readEnv } from "./credentials/read-env.js";
export { requireCredential, requireCredentialSync, type MissingCredentialMessage } from "./credentials/resolve-credential.js";
export { resolveApiKeyOption, type ApiKeyOption, type ResolveApiKeyOptionInit } from "./credentials/api-key-option.js";
export { parseIni, type IniSections } from "./ini/parse-ini.js";

// Header injectors
export type { AuthScheme, RequestSigner, SignableRequest } from "./auth/auth-scheme.js";
export { requestSigner } from "./auth/request-signer.js";
export { bearer } from "./auth/bearer.js";
export { basic } from "./auth/basic.js";
export { apiKeyHeader } from "./auth/api-key-header.js";
export { cookieSession } from "./auth/cookie-session.js";

// Secrets
export { Secret } from "./secrets/secret.js";
export { redact, scrubText } from "./secrets/redact.js";

// Transport
export { createTransport, defaultApiError, DEFAULT_MAX_RESPONSE_BYTES } from "./transport/create-transport.js";
export { MAX_TIMEOUT_MS } from "./transport/check-options.js";
export type {
  FetchFunction,
  HttpMethod,
  RawBody,
  RequestOptions,
  ResponseType,
  ResponseValidation,
  Transport,
  TransportOptions,
  TransportRequest,
  TransportResponse,
} from "./transport/transport-options.js";
export type { ApiErrorContext } from "./transport/api-error-context.js";
export { apiErrorFields, type ApiErrorFields } from "./transport/api-error-fields.js";
export type { BodyKind, ParsedBody } from "./transport/parse-body.js";
export { describeBody } from "./transport/parse-body.js";
export { describeApiError, statusHint, type DescribeApiErrorOverrides } from "./transport/describe-api-error.js";
export { findErrorCode, findErrorMessage, findRequestId } from "./transport/error-body-fields.js";
export type { HeadersInput } from "./transport/headers.js";
export type { QueryInput, QueryValue } from "./transport/build-url.js";
export { checkResponseValidation } from "./transport/response-validation.js";
export { pickRequestOptions } from "./transport/pick-request-options.js";
export { parseRetryAfter } from "./transport/retry-after.js";
export { isLoopbackHost } from "./transport/secure-url.js";
export type { RetryTiming } from "./transport/retry-policy.js";

// Errors
export { CloudSdkError } from "./errors/cloud-sdk-error.js";
export { ApiError, type ApiErrorInit } from "./errors/api-error.js";
export { ConnectionError } from "./errors/connection-error.js";
export { TimeoutError } from "./errors/timeout-error.js";
export { AbortError } from "./errors/abort-error.js";
export { RedirectError } from "./errors/redirect-error.js";
export { InsecureTransportError } from "./errors/insecure-transport-error.js";
export { MissingCredentialError, type MissingCredentialErrorInit } from "./errors/missing-credential-error.js";
export { CredentialRefreshError } from "./errors/credential-refresh-error.js";
export { CredentialFileError } from "./errors/credential-file-error.js";
export { ConfigurationError } from "./errors/configuration-error.js";
export { ResponseValidationError } from "./errors/response-validation-error.js";
export { ResponseTooLargeError } from "./errors/response-too-large-error.js";
export { RequestValidationError } from "./errors/request-validation-error.js";
export type { ValidationIssue } from "./errors/validation-issue.js";
export { WaitTimeoutError } from "./polling/wait-timeout-error.js";

// Schemas
export { openEnum, type OpenEnum } from "./schema/open-enum.js";
export { validateInput } from "./schema/validate-input.js";
export { validateQuery } from "./schema/validate-query.js";

// Helpers for provider clients
export { MAX_EMPTY_PAGES, Paginator, paginate, type Page, type PageFetcher } from "./pagination/paginate.js";
export { poll, type PollOptions } from "./polling/poll.js";
export type { WaitOptions } from "./polling/wait-options.js";
export { createRateLimiter, type RateLimiter } from "./rate-limit/rate-limiter.js";
export { createLevelLogger, isLogLevel, readLogLevelEnv, type Logger, type LogLevel } from "./logging/logger.js";
export { sleep } from "./utils/abortable.js";
