import type { FetchFunction, HeadersInput, Logger, LogLevel, ResponseValidation } from "@cloud-sdk/auth-core";
import type { RouteOverrides } from "./route-overrides";

/**
 * Options of {@link Client}. All are optional: with none, the token comes from `PODSTACK_API_TOKEN`
 * or the `[default]` profile of `~/.podstack/credentials`. Names follow Podstack's Python SDK
 * (`api_token` → `apiToken`, …).
 */
export interface ClientOptions {
  /**
   * The API token; wins over every other source. Prefer the environment or the credentials file in
   * code you commit.
   *
   * @example
   * ```ts
   * new Client({ apiToken: await secrets.get("podstack-token") });
   * ```
   */
  apiToken?: string | undefined;

  /**
   * A profile of the credentials file to take the token (and `project_id`, `api_endpoint`) from.
   * The file and the profile must exist, else the constructor throws an `AuthenticationError`
   * listing the profiles the file has. Without it: `PODSTACK_PROFILE`, else `[default]`.
   *
   * @example
   * ```ts
   * new Client({ profile: "production" });
   * ```
   */
  profile?: string | undefined;

  /**
   * The project that project-scoped calls (pods, volumes) use. Else `PODSTACK_PROJECT`, else the
   * profile's `project_id`. A call's own `project_id` parameter wins over it.
   *
   * @example
   * ```ts
   * new Client({ projectId: "13056913-fe35-461c-ac9f-703fb1338ed2" });
   * ```
   */
  projectId?: string | undefined;

  /**
   * The API endpoint, for enterprise deployments. Else `PODSTACK_API_ENDPOINT`, else the profile's
   * `api_endpoint`, else `https://api.podstack.ai/v1`. An endpoint without a path gets `/v1` added.
   *
   * @example
   * ```ts
   * new Client({ apiEndpoint: "https://api.custom.podstack.ai" }); // requests go to …/v1/pods
   * ```
   */
  apiEndpoint?: string | undefined;

  /**
   * The credentials file. Else `PODSTACK_CREDENTIALS_FILE`, else `~/.podstack/credentials`.
   *
   * @example
   * ```ts
   * new Client({ credentialsFile: "/run/secrets/podstack", profile: "ci" });
   * ```
   */
  credentialsFile?: string | undefined;

  /**
   * Headers sent with every request; a call's `headers` win over them, and the token always wins
   * over an `Authorization` given here. `null` removes a default header.
   *
   * @example
   * ```ts
   * new Client({ headers: { "X-Team": "ml-research" } });
   * ```
   */
  headers?: HeadersInput | undefined;

  /**
   * A fetch-compatible function: a proxy agent, a test double, instrumentation.
   *
   * @example
   * ```ts
   * import { fetch, ProxyAgent } from "undici";
   * const dispatcher = new ProxyAgent("http://proxy.internal:3128");
   * new Client({ fetch: (input, init) => fetch(input, { ...init, dispatcher }) });
   * ```
   */
  fetch?: FetchFunction | undefined;

  /**
   * Time limit of one attempt, body included, in milliseconds. Default 60 000.
   *
   * @example
   * ```ts
   * new Client({ timeout: 20_000 });
   * ```
   */
  timeout?: number | undefined;

  /**
   * Retries of a failed call that is safe to repeat (network errors, timeouts, 408, 429, 5xx).
   * Calls that create or restart something are retried only after a 429. Default 2.
   *
   * @example
   * ```ts
   * new Client({ maxRetries: 5 });
   * ```
   */
  maxRetries?: number | undefined;

  /**
   * Largest response body read, in bytes; a larger one ends in a `ResponseTooLargeError` and the
   * connection is closed. Default 64 MiB. Per call too.
   *
   * @example
   * ```ts
   * new Client({ maxResponseBytes: 8 * 1024 * 1024 });
   * ```
   */
  maxResponseBytes?: number | undefined;

  /**
   * What a success body that differs from this SDK's schema does: "strict" (default) throws a
   * `ResponseValidationError` naming the field; "warn" returns the body as Podstack sent it and logs
   * one warning per operation; "off" skips the check. Most Podstack routes and shapes are assumed
   * (see the README), so "warn" is the way through when a real answer differs. Per call too.
   *
   * @example
   * ```ts
   * new Client({ responseValidation: "warn" });
   * await client.pods.list({}, { responseValidation: "off" });
   * ```
   */
  responseValidation?: ResponseValidation | undefined;

  /**
   * Where log lines go (console, pino, winston…). Lines never contain the token. The credentials
   * file's permission warning goes here too when a logger is given.
   *
   * @example
   * ```ts
   * new Client({ logger: pino(), logLevel: "info" });
   * ```
   */
  logger?: Logger | undefined;

  /**
   * Log verbosity: "off", "error", "warn" (default), "info" (retries) or "debug" (every request,
   * the token redacted). Else the `PODSTACK_LOG` environment variable.
   *
   * @example
   * ```ts
   * new Client({ logLevel: "debug" });
   * ```
   */
  logLevel?: LogLevel | undefined;

  /**
   * Corrections of the route table. Podstack documents one REST route (`GET /v1/pods`); the others
   * are assumed (see `ROUTES` and the README). When one is wrong, give the right method and/or path
   * by operation name, without waiting for a release. Paths take the operation's `{name}`
   * placeholders (`{id}`, `{snapshot_id}`, …); without a leading slash they are relative to the
   * base URL (`…/v1`), with one they start at the endpoint's host. An unknown operation, method or
   * placeholder throws a `ConfigurationError` listing the valid ones.
   *
   * @example
   * ```ts
   * new Client({
   *   routes: {
   *     "pods.create": { method: "POST", path: "/v2/pods" }, // https://api.podstack.ai/v2/pods
   *     "pods.logs": { path: "pods/{id}/log" }, // https://api.podstack.ai/v1/pods/{id}/log
   *   },
   * });
   * ```
   */
  routes?: RouteOverrides | undefined;
}
