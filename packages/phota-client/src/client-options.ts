import type { ApiKeyOption, FetchFunction, HeadersInput, LogLevel, Logger, ResponseValidation } from "@cloud-sdk/auth-core";

/** Options of `new PhotaClient(options)`. All optional when `PHOTA_API_KEY` is set. */
export interface PhotaClientOptions {
  /**
   * The Phota API key, sent as `X-API-Key` on every request. Default: the `PHOTA_API_KEY`
   * environment variable, read once when the client is created. A function (called lazily,
   * memoized) or an auth-core credential source works too. Keys come from
   * https://platform.photalabs.com.
   *
   * @example
   * ```ts
   * new PhotaClient({ apiKey: process.env.MY_PHOTA_KEY });
   * new PhotaClient({ apiKey: async () => (await vault.read("phota")).key });
   * ```
   */
  apiKey?: ApiKeyOption;

  /**
   * Base URL of the API. Default: `PHOTA_BASE_URL`, else `https://api.photalabs.com/v1/phota`.
   *
   * @example
   * ```ts
   * new PhotaClient({ baseURL: "http://localhost:4010/v1/phota" }); // a local fake (plain http: loopback only)
   * ```
   */
  baseURL?: string | undefined;

  /**
   * Headers sent with every request (a method's `headers` option wins over these; `X-API-Key`
   * always comes from `apiKey`).
   *
   * @example
   * ```ts
   * new PhotaClient({ headers: { "X-Team": "growth" } });
   * ```
   */
  headers?: HeadersInput | undefined;

  /**
   * A fetch-compatible function, e.g. to go through a proxy. It is never closed or changed.
   *
   * @example
   * ```ts
   * import { fetch, ProxyAgent } from "undici";
   * const dispatcher = new ProxyAgent("http://proxy:8080");
   * new PhotaClient({ fetch: (url, init) => fetch(url, { ...init, dispatcher }) });
   * ```
   */
  fetch?: FetchFunction | undefined;

  /**
   * Time limit of one attempt, in ms, body included. Default: 610 000 (10 min 10 s) for the image
   * calls, because Phota lets a synchronous call run up to 600 s and then answers 504, refunding the
   * cost; the extra 10 s let that answer arrive first. Other calls default to 60 000. Setting this
   * option sets both; a method's own `timeout` option wins.
   *
   * @example
   * ```ts
   * new PhotaClient({ timeout: 120_000 }); // give up on an attempt after 2 min
   * ```
   */
  timeout?: number | undefined;

  /**
   * Retries after the first attempt, with backoff, of retry-safe calls only. Reads, deletes and async
   * submits (`async: true`, which Phota de-duplicates by `client_request_id`) are retried after a
   * timeout, a lost connection, a 429 or a 5xx. Synchronous image calls and training (`profiles.add`)
   * bill and have no documented de-duplication, so they are retried only after a 429 or a connection
   * that never opened. Default 2.
   *
   * @example
   * ```ts
   * new PhotaClient({ maxRetries: 0 }); // never retry
   * ```
   */
  maxRetries?: number | undefined;

  /**
   * Where log lines go (retries at `info`, requests at `debug`). Default `console`. Lines never
   * contain the key.
   *
   * @example
   * ```ts
   * new PhotaClient({ logger: pino(), logLevel: "info" });
   * ```
   */
  logger?: Logger | undefined;

  /**
   * `"off"`, `"error"`, `"warn"`, `"info"` or `"debug"`. Default: the `PHOTA_LOG` environment
   * variable (any case: `PHOTA_LOG=DEBUG` works), else `"warn"`.
   *
   * @example
   * ```ts
   * new PhotaClient({ logLevel: "debug" }); // every request, with the key redacted
   * ```
   */
  logLevel?: LogLevel | undefined;

  /**
   * What to do with a success body that does not match this SDK's schema: `"strict"` (default)
   * throws a `ResponseValidationError` naming the field; `"warn"` returns the body as Phota sent it
   * and logs one warning per operation; `"off"` skips the check. A method's own
   * `responseValidation` option wins. Phota's job and webhook-secret bodies are not documented, so
   * `"warn"` is a way to keep working while the SDK catches up with a change.
   *
   * @example
   * ```ts
   * new PhotaClient({ responseValidation: "warn" });
   * await client.jobs.get(jobId, { responseValidation: "off" }); // per call
   * ```
   */
  responseValidation?: ResponseValidation | undefined;

  /**
   * Largest response body accepted, in bytes; a larger one fails instead of filling memory. Default:
   * auth-core's (64 MiB). Raise it for `response_mode: "bytes"` calls with four 4K images; a
   * method's own `maxResponseBytes` option wins.
   *
   * @example
   * ```ts
   * new PhotaClient({ maxResponseBytes: 256 * 1024 * 1024 });
   * ```
   */
  maxResponseBytes?: number | undefined;
}
