import type { AuthScheme } from "../auth/auth-scheme.js";
import type { CredentialSource } from "../credentials/credential-source.js";
import type { MissingCredentialMessage } from "../credentials/resolve-credential.js";
import type { CloudSdkError } from "../errors/cloud-sdk-error.js";
import type { Logger } from "../logging/logger.js";
import type { RateLimiter } from "../rate-limit/rate-limiter.js";
import type { ApiErrorContext } from "./api-error-context.js";
import type { ResponseValidation } from "./response-validation.js";
import type { RetryTiming } from "./retry-policy.js";
import type { KyInstance } from "ky";
import type { FetchFunction } from "./bounded-fetch.js";
import type { TransportOptions } from "./transport-options.js";

/** Everything decided once per client, so the per-request path only does what must vary. */
export interface PreparedTransport {
  readonly options: TransportOptions;
  readonly provider: string;
  readonly baseURL: string;
  /** What users call the base URL option, for messages. */
  readonly baseURLOption: string;
  readonly auth: AuthScheme;
  readonly credential: CredentialSource | undefined;
  readonly missingCredential: MissingCredentialMessage;
  /** Lower-cased default headers: accept, user-agent, then the caller's layers. */
  readonly defaultHeaders: Readonly<Record<string, string>>;
  readonly fetch: FetchFunction | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly allowInsecureHttp: boolean;
  readonly log: Logger;
  /** True when debug lines are wanted: skips building them otherwise. */
  readonly debug: boolean;
  readonly createApiError: (context: ApiErrorContext) => Error;
  readonly wrapError: (error: CloudSdkError) => Error;
  readonly shouldRetry: ((error: Error, context: ApiErrorContext) => boolean | undefined) | undefined;
  readonly rateLimiter: RateLimiter | undefined;
  readonly timing: Required<RetryTiming>;
  /** What drifting success bodies do, unless a call says otherwise. */
  readonly responseValidation: ResponseValidation;
  /** Largest response body read, in bytes. */
  readonly maxResponseBytes: number;
  /** The transport's ky instance, made at the first request (ky itself is loaded then). */
  readonly ky: { instance?: KyInstance };
  /** Header names never shown in errors and logs. */
  readonly hiddenHeaders: ReadonlySet<string>;
}
