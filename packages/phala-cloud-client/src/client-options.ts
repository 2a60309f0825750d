import type { ApiKeyOption, FetchFunction, HeadersInput, Logger, LogLevel, ResponseValidation } from "@cloud-sdk/auth-core";
import type { ApiVersion } from "./api-version";

/** Environment variable holding the API key, read once when the client is created. */
export const PHALA_CLOUD_API_KEY_ENV = "PHALA_CLOUD_API_KEY";
/** Environment variable overriding the base URL, read once when the client is created. */
export const PHALA_CLOUD_API_PREFIX_ENV = "PHALA_CLOUD_API_PREFIX";
/** Environment variable setting the log level (`off`, `error`, `warn`, `info`, `debug`; any case). */
export const PHALA_CLOUD_LOG_ENV = "PHALA_CLOUD_LOG";
/** The real API's base URL, used when neither `baseURL` nor `PHALA_CLOUD_API_PREFIX` is set. */
export const DEFAULT_BASE_URL = "https://cloud-api.phala.com/api/v1";
/** Default time limit of one attempt, in ms: the official SDKs' 30 s. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Options of `createClient`. Every one is optional. */
export interface PhalaCloudClientOptions<V extends ApiVersion = ApiVersion> {
  /**
   * The API key (`phak_…`), sent as `X-API-Key`. Default: the `PHALA_CLOUD_API_KEY` environment
   * variable, read once, now. A function is called when a key is needed and its answer cached (a
   * vault); a 401 makes it fetch a fresh one once. Ignored when `useCookieAuth` is on.
   *
   * @example
   * ```ts
   * createClient({ apiKey: "phak_…" });
   * createClient({ apiKey: async () => (await vault.read("phala")).key });
   * ```
   */
  apiKey?: ApiKeyOption;
  /**
   * Base URL of the API. Default: `PHALA_CLOUD_API_PREFIX` (read once, now), else
   * `https://cloud-api.phala.com/api/v1`. Plain `http://` is refused except to loopback.
   *
   * @example
   * ```ts
   * createClient({ baseURL: "http://localhost:8000/api/v1" });
   * ```
   */
  baseURL?: string;
  /**
   * Send no `X-API-Key` (even when a key is set) and make requests with `credentials: "include"`,
   * so a browser signed in to Phala Cloud sends its session cookie. Phala calls this mode
   * "primarily for internal use". Default false.
   *
   * @example
   * ```ts
   * createClient({ useCookieAuth: true });
   * ```
   */
  useCookieAuth?: boolean;
  /**
   * Headers added to every request (a record, a `Headers` instance or `[name, value]` pairs).
   * Per-call headers (`{ headers }` as a method's last argument) win over these; the credential
   * wins over both. Choose the API version with `version`, not with `X-Phala-Version` here.
   *
   * @example
   * ```ts
   * createClient({ headers: { "X-Request-Source": "my-automation" } });
   * ```
   */
  headers?: HeadersInput;
  /**
   * Any fetch-compatible function: undici's fetch with a `ProxyAgent` or a custom CA, a test
   * double, a tracing wrapper. It is never closed or changed. Default: the global `fetch`.
   *
   * @example
   * ```ts
   * import { fetch, ProxyAgent } from "undici";
   * const dispatcher = new ProxyAgent("http://proxy.internal:8080");
   * createClient({ fetch: (input, init) => fetch(input, { ...init, dispatcher }) });
   * ```
   */
  fetch?: FetchFunction;
  /**
   * Time limit of one attempt, body included, in ms. Default 30 000.
   *
   * @example
   * ```ts
   * createClient({ timeout: 10_000 });
   * ```
   */
  timeout?: number;
  /**
   * Retries after the first attempt, for calls that are safe to repeat (reads, start/stop/delete,
   * commitCvmProvision; any call after a 429 or a transient 409). Default 2.
   *
   * @example
   * ```ts
   * createClient({ maxRetries: 0 });
   * ```
   */
  maxRetries?: number;
  /**
   * The API version (`X-Phala-Version`), which decides the response shapes; the return types
   * follow it. Default `2026-01-21`. Known: `2025-10-28`, `2026-01-21`, `2026-05-22`, `2026-06-23`.
   * Any other `YYYY-MM-DD` is sent as given: its responses are checked against the newest known
   * version's schemas in `responseValidation: "warn"` mode (unless you set that option), and the
   * logger gets a one-time note. Anything that is not a date is a `ConfigurationError`.
   *
   * @example
   * ```ts
   * const legacy = createClient({ version: "2025-10-28" });
   * (await legacy.getCurrentUser()).team_name;
   * ```
   */
  version?: V;
  /**
   * What a success body that does not match this SDK's schema does: `"strict"` (default) throws a
   * `ResponseValidationError` that names the fields (the server may have acted already), `"warn"` returns
   * the body as the server sent it and logs one warning per operation, `"off"` skips the check.
   * Each method also takes it per call. Default for a `version` this SDK does not know: `"warn"`.
   *
   * @example
   * ```ts
   * const client = createClient({ responseValidation: "warn" });
   * await client.getCvmInfo({ name: "my-web-app" }, { responseValidation: "off" });
   * ```
   */
  responseValidation?: ResponseValidation;
  /**
   * Largest response body read, in bytes; a larger one fails instead of filling memory. Each method
   * also takes it per call. Default: auth-core's (64 MiB).
   *
   * @example
   * ```ts
   * createClient({ maxResponseBytes: 8 * 1024 * 1024 });
   * ```
   */
  maxResponseBytes?: number;
  /**
   * Where log lines go. Default `console`. Lines never contain the key.
   *
   * @example
   * ```ts
   * createClient({ logger: pino(), logLevel: "debug" });
   * ```
   */
  logger?: Logger;
  /**
   * Log verbosity. Default: `PHALA_CLOUD_LOG` when it names a level (in any case: `DEBUG` works),
   * else `warn`. `debug` logs every request with its headers, the key redacted (`phak_…3f9a`).
   *
   * @example
   * ```ts
   * createClient({ logLevel: "debug" });
   * ```
   */
  logLevel?: LogLevel;
}
