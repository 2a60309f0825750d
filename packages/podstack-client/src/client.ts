import {
  bearer,
  createLevelLogger,
  createTransport,
  type HttpMethod,
  readLogLevelEnv,
  type QueryInput,
  type RequestOptions,
  type ResponseType,
  type Transport,
} from "@cloud-sdk/auth-core";
import type * as v from "valibot";
import type { ClientOptions } from "./client-options";
import { ENVIRONMENT_VARIABLES, readEnvironment } from "./config/environment";
import { resolveSettings } from "./config/resolve-settings";
import { podstackErrorFactory, wrapTransportError } from "./errors";
import { Operations } from "./operation";
import { resolveRoutes } from "./route-overrides";
import { Auth } from "./resources/auth";
import { Buckets } from "./resources/buckets";
import { Pods } from "./resources/pods";
import { Projects } from "./resources/projects";
import { Tasks } from "./resources/tasks";
import { Vms } from "./resources/vms";
import { Volumes } from "./resources/volumes";
import { Wallet } from "./resources/wallet";

declare const __PACKAGE_NAME__: string;
declare const __PACKAGE_VERSION__: string;

const USER_AGENT = `${__PACKAGE_NAME__}/${__PACKAGE_VERSION__}`;

/** Options of {@link Client.request}: the call's own options plus what the request carries. */
export interface RawRequestOptions<TOutput = unknown> extends RequestOptions {
  /** JSON body. */
  json?: unknown;
  /** Query parameters; arrays repeat the key, `undefined` is left out. */
  query?: QueryInput | undefined;
  /** Values for `{name}` placeholders of the path, percent-encoded. */
  pathParams?: Readonly<Record<string, string | number>> | undefined;
  /** A valibot schema to validate the answer with; without one the parsed JSON is returned as `unknown`. */
  schema?: v.GenericSchema<unknown, TOutput> | undefined;
  /** How to read the answer: "json" (default), "text", "bytes" or "none". */
  responseType?: ResponseType | undefined;
  /** Whether repeating the call is harmless (default: true for GET, PUT, DELETE; false for POST, PATCH). */
  idempotent?: boolean | undefined;
}

/**
 * A client of the Podstack API (GPU pods, virtual machines, NFS volumes, tasks, projects, wallet).
 * Everything is decided at construction: the token (from the option, a profile,
 * `PODSTACK_API_TOKEN` or `~/.podstack/credentials`), the project, the endpoint and the routes;
 * a missing token throws an `AuthenticationError` here, not at the first call.
 *
 * @example
 * ```ts
 * import { Client } from "@cloud-sdk/podstack-client";
 *
 * const client = new Client(); // PODSTACK_API_TOKEN, or the [default] profile
 * const pod = await client.pods.create({ name: "my-pod", image: "pytorch/pytorch:latest", gpu_type: "A100" });
 * const running = await client.pods.waitUntilRunning(pod.id);
 * console.log(running.ssh_command);
 * ```
 */
export class Client {
  /** The project that project-scoped calls carry (option, `PODSTACK_PROJECT` or the profile's `project_id`). */
  readonly projectId: string | undefined;
  /** The base URL in use, `/v1` included. */
  readonly baseURL: string;
  /** `whoami()`. */
  readonly auth: Auth;
  /** GPU pods. */
  readonly pods: Pods;
  /** NFS volumes. */
  readonly volumes: Volumes;
  /** Projects. */
  readonly projects: Projects;
  /** The wallet's balance. */
  readonly wallet: Wallet;
  /** GPU virtual machines. */
  readonly vms: Vms;
  /** Asynchronous operations' tasks. */
  readonly tasks: Tasks;
  /** S3-compatible buckets and their objects. */
  readonly buckets: Buckets;
  readonly #transport: Transport;

  constructor(options: ClientOptions = {}) {
    const env = readEnvironment();
    const logLevel = options.logLevel ?? readLogLevelEnv(ENVIRONMENT_VARIABLES.logLevel);
    const warn =
      options.logger === undefined ? undefined : createLevelLogger(options.logger, logLevel).warn;
    // A broken credentials file the client can do without is reported here (console by default).
    const notice = createLevelLogger(options.logger, logLevel).warn;
    const settings = resolveSettings(options, env, warn, notice);
    this.projectId = settings.projectId;
    this.baseURL = settings.baseURL;
    // Checked before anything is sent: a wrong routes option fails here, listing the valid names.
    const routes = resolveRoutes(options.routes);
    const transportAt = (baseURL: string): Transport =>
      createTransport({
        provider: "Podstack",
        baseURL,
        baseURLOption: "apiEndpoint",
        auth: bearer(),
        credential: settings.credential,
        headers: options.headers,
        userAgent: USER_AGENT,
        fetch: options.fetch,
        timeout: options.timeout,
        maxRetries: options.maxRetries,
        maxResponseBytes: options.maxResponseBytes,
        responseValidation: options.responseValidation,
        logger: options.logger,
        logLevel,
        createApiError: podstackErrorFactory({
          tokenSource: settings.tokenSource,
          projectId: settings.projectId,
          routes,
        }),
        wrapError: wrapTransportError,
      });
    this.#transport = transportAt(settings.baseURL);
    // Routes overridden with a leading slash start at the endpoint's host (same origin, so the
    // token goes nowhere else); their transport exists only when one is configured.
    const fromRoot = Object.values(routes).some((route) => route.fromRoot);
    const root = fromRoot ? transportAt(new URL(settings.baseURL).origin) : undefined;
    const operations = new Operations(
      { base: this.#transport, root },
      routes,
      settings.projectId,
    );
    this.auth = new Auth(operations);
    this.pods = new Pods(operations);
    this.volumes = new Volumes(operations);
    this.projects = new Projects(operations);
    this.wallet = new Wallet(operations);
    this.vms = new Vms(operations);
    this.tasks = new Tasks(operations);
    // The object calls speak S3 to each bucket's own endpoint, through a transport of their own
    // (SigV4, S3's errors) with the client's fetch, limits and logging; never the client's token.
    this.buckets = new Buckets(operations, {
      fetch: options.fetch,
      timeout: options.timeout,
      maxRetries: options.maxRetries,
      maxResponseBytes: options.maxResponseBytes,
      logger: options.logger,
      logLevel,
      userAgent: USER_AGENT,
    });
  }

  /**
   * Calls any endpoint with the client's token, headers, retries and error classes: for a route
   * this package does not have (to correct one it has, use the `routes` option; most of Podstack's
   * routes are assumed, see the README). `path` is relative to {@link baseURL}. The project is not added for you: pass
   * `client.projectId` where the endpoint wants it.
   *
   * @example
   * ```ts
   * const logs = await client.request("GET", "/pods/{id}/logs", {
   *   pathParams: { id: "pod-123" },
   *   query: { tail: 100, project_id: client.projectId },
   *   responseType: "text",
   * });
   * ```
   */
  request<TOutput = unknown>(
    method: HttpMethod,
    path: string,
    options: RawRequestOptions<TOutput> = {},
  ): Promise<TOutput> {
    return this.#transport.request({ ...options, operation: "client.request", method, path });
  }
}
