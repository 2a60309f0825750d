import type { ApiKeyOption, FetchFunction, HeadersInput, Logger, LogLevel, ResponseValidation } from "@cloud-sdk/auth-core";

/** Where the client reads its key when `apiKey` is not given (once, when the client is created). */
export const API_KEY_ENVIRONMENT_VARIABLE = "LAMBDA_API_KEY";
/** Where the client reads its base URL when `baseURL` is not given. */
export const BASE_URL_ENVIRONMENT_VARIABLE = "LAMBDA_API_BASE_URL";
/**
 * Where the client reads its log level when `logLevel` is not given: off, error, warn, info, debug,
 * in any case (`DEBUG` works like `debug`).
 */
export const LOG_LEVEL_ENVIRONMENT_VARIABLE = "LAMBDA_LOG";
/** Lambda's production API. */
export const DEFAULT_BASE_URL = "https://cloud.lambda.ai/api/v1";
/** Where Lambda users create API keys. */
export const API_KEYS_PAGE = "https://cloud.lambda.ai/api-keys";

/** How the key travels: `Authorization: Bearer <key>`, or HTTP Basic with the key as username. */
export type LambdaAuthScheme = "bearer" | "basic";

/** Options of {@link LambdaCloudClient}. Every one is optional. */
export interface LambdaCloudClientOptions {
  /**
   * The API key (create one at https://cloud.lambda.ai/api-keys). Default: the `LAMBDA_API_KEY`
   * environment variable, read once when the client is created. Also accepts a function that
   * fetches the key (from a vault; called lazily, memoized, refreshed once after a 401) or any
   * auth-core credential source (e.g. `chain(...)`, `fromIniFile(...)`).
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ apiKey: process.env.MY_LAMBDA_KEY });
   * new LambdaCloudClient({ apiKey: async () => (await vault.read("lambda")).key });
   * ```
   */
  apiKey?: ApiKeyOption;
  /**
   * Base URL of the API, with or without a trailing slash. Default: `LAMBDA_API_BASE_URL`, else
   * `https://cloud.lambda.ai/api/v1`. Plain `http://` is refused except to localhost.
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ baseURL: "http://localhost:8080/api/v1" }); // a local fake
   * ```
   */
  baseURL?: string | undefined;
  /**
   * Headers sent with every request (they never override the credential).
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ headers: { "X-Team": "research" } });
   * ```
   */
  headers?: HeadersInput | undefined;
  /**
   * A fetch-compatible function (a proxy, a custom CA through an undici dispatcher, a test
   * double). Default: the global `fetch`.
   *
   * @example
   * ```ts
   * import { fetch, ProxyAgent } from "undici";
   * const dispatcher = new ProxyAgent("http://proxy.internal:3128");
   * new LambdaCloudClient({ fetch: (input, init) => fetch(input, { ...init, dispatcher }) });
   * ```
   */
  fetch?: FetchFunction | undefined;
  /**
   * Time limit of one attempt, body included, in ms. Default 60 000.
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ timeout: 20_000 });
   * ```
   */
  timeout?: number | undefined;
  /**
   * Retries after the first attempt, for requests that are safe to repeat (reads, idempotent
   * writes; any request after a 429). Launch, restart and the other creating calls are never
   * repeated once they may have reached Lambda. Default 2.
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ maxRetries: 5 });
   * ```
   */
  maxRetries?: number | undefined;
  /**
   * What a success response that does not match this SDK's schema does (Lambda changed a field,
   * say): `"strict"` (default) throws a `ResponseValidationError` naming the operation and the
   * field; `"warn"` returns the body as Lambda sent it and logs one warning per operation through
   * `logger`; `"off"` skips the check. Also settable per call. Error responses are read the same
   * way in every mode.
   *
   * @example
   * ```ts
   * const client = new LambdaCloudClient({ responseValidation: "warn" });
   * await client.instances.list(undefined, { responseValidation: "strict" }); // per call
   * ```
   */
  responseValidation?: ResponseValidation | undefined;
  /**
   * The largest response body read, in bytes; a larger one fails instead of filling memory.
   * Default: auth-core's (64 MiB). Also settable per call.
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ maxResponseBytes: 8 * 1024 * 1024 });
   * ```
   */
  maxResponseBytes?: number | undefined;
  /**
   * `"bearer"` (default, Lambda's recommendation) sends `Authorization: Bearer <key>`; `"basic"`
   * sends HTTP Basic with the key as username and an empty password, as `curl -u KEY:` does.
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ authScheme: "basic" });
   * ```
   */
  authScheme?: LambdaAuthScheme | undefined;
  /**
   * Keep to Lambda's documented limits on the client side: 1 request per second, and 1 launch
   * per 12 seconds (calls wait their turn instead of getting 429). Per client instance. Default false.
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ rateLimit: true });
   * ```
   */
  rateLimit?: boolean | undefined;
  /**
   * Where log lines go (retries, and every request at "debug"; keys are shown redacted).
   * Default: `console`.
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ logger: pino(), logLevel: "info" });
   * ```
   */
  logger?: Logger | undefined;
  /**
   * Log verbosity: "off", "error", "warn" (default), "info" or "debug". Default: `LAMBDA_LOG`,
   * else "warn".
   *
   * @example
   * ```ts
   * new LambdaCloudClient({ logLevel: "debug" });
   * ```
   */
  logLevel?: LogLevel | undefined;
}
