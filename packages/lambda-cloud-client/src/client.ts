import {
  basic,
  bearer,
  ConfigurationError,
  createRateLimiter,
  createTransport,
  readLogLevelEnv,
  readEnv,
  resolveApiKeyOption,
} from "@cloud-sdk/auth-core";
import {
  API_KEY_ENVIRONMENT_VARIABLE,
  API_KEYS_PAGE,
  BASE_URL_ENVIRONMENT_VARIABLE,
  DEFAULT_BASE_URL,
  LOG_LEVEL_ENVIRONMENT_VARIABLE,
  type LambdaCloudClientOptions,
} from "./client-options.js";
import { createLambdaCloudError, shouldRetryLambdaError } from "./errors/create-error.js";
import { AuditEvents } from "./resources/audit-events.js";
import { Fabric } from "./resources/fabric.js";
import { FileSystems } from "./resources/file-systems.js";
import { FirewallRules } from "./resources/firewall-rules.js";
import { FirewallRulesets } from "./resources/firewall-rulesets.js";
import { Images } from "./resources/images.js";
import { InstanceTypes } from "./resources/instance-types.js";
import { Instances } from "./resources/instances.js";
import { Regions } from "./resources/regions.js";
import { SSHKeys } from "./resources/ssh-keys.js";
import { Tickets } from "./resources/tickets.js";

declare const __PACKAGE_NAME__: string;
declare const __PACKAGE_VERSION__: string;

const USER_AGENT = `${__PACKAGE_NAME__}/${__PACKAGE_VERSION__}`;
const SUBJECT = "Lambda Cloud API key";
const MISSING_KEY_HINT = `Pass apiKey to the client or set ${API_KEY_ENVIRONMENT_VARIABLE}; create a key at ${API_KEYS_PAGE}.`;
// Lambda's documented limits: about 1 request per second overall, 1 launch per 12 seconds.
const REQUEST_INTERVAL_MS = 1_000;
const LAUNCH_INTERVAL_MS = 12_000;

function authFor(scheme: unknown) {
  if (scheme === undefined || scheme === "bearer") return bearer();
  if (scheme === "basic") return basic();
  throw new ConfigurationError(`authScheme must be "bearer" or "basic"; got ${JSON.stringify(scheme)}.`, { option: "authScheme" });
}

/**
 * A client of the Lambda Cloud API: GPU instances, SSH keys, file systems, firewalls, audit
 * events, fabric partitions and support tickets. Results keep the API's own field names.
 *
 * The key is checked when the client is created: without `apiKey` and `LAMBDA_API_KEY`, the
 * constructor throws a `MissingCredentialError`.
 *
 * @example
 * ```ts
 * import { LambdaCloudClient } from "@cloud-sdk/lambda-cloud-client";
 *
 * const client = new LambdaCloudClient(); // reads LAMBDA_API_KEY
 * for (const instance of await client.instances.list()) console.log(instance.name, instance.status, instance.ip);
 * ```
 */
export class LambdaCloudClient {
  /** The base URL requests go to, without a trailing slash. */
  readonly baseURL: string;
  /** GPU instances: list, get, update (rename), launch, restart, terminate. */
  readonly instances: Instances;
  /** The instance types on offer, with prices and regions with capacity. */
  readonly instanceTypes: InstanceTypes;
  /** SSH keys: list, add (import or generate), delete. */
  readonly sshKeys: SSHKeys;
  /** Persistent file systems: list, create, delete. */
  readonly fileSystems: FileSystems;
  /** Machine images. */
  readonly images: Images;
  /** Regions. */
  readonly regions: Regions;
  /** The account-wide (legacy) firewall rules. */
  readonly firewallRules: FirewallRules;
  /** Firewall rulesets per region, and the global ruleset. */
  readonly firewallRulesets: FirewallRulesets;
  /** The audit log, as an async-iterable over every event. */
  readonly auditEvents: AuditEvents;
  /** Fabric partitions: create, update (rename), delete. */
  readonly fabric: Fabric;
  /** Support tickets and their attachments (beta). */
  readonly tickets: Tickets;

  constructor(options: LambdaCloudClientOptions = {}) {
    const credential = resolveApiKeyOption({
      value: options.apiKey,
      optionName: "apiKey",
      environmentVariable: API_KEY_ENVIRONMENT_VARIABLE,
      subject: SUBJECT,
      hint: MISSING_KEY_HINT,
    });
    const places = credential.places;
    const hints = { keySource: places.length === 1 ? places[0] : `one of: ${places.join("; ")}` };
    const transport = createTransport({
      provider: "Lambda Cloud",
      baseURL: options.baseURL ?? readEnv(BASE_URL_ENVIRONMENT_VARIABLE) ?? DEFAULT_BASE_URL,
      auth: authFor(options.authScheme),
      credential,
      missingCredential: { subject: SUBJECT, hint: MISSING_KEY_HINT },
      headers: options.headers,
      userAgent: USER_AGENT,
      fetch: options.fetch,
      timeout: options.timeout,
      maxRetries: options.maxRetries,
      responseValidation: options.responseValidation,
      maxResponseBytes: options.maxResponseBytes,
      logger: options.logger,
      logLevel: options.logLevel ?? readLogLevelEnv(LOG_LEVEL_ENVIRONMENT_VARIABLE),
      createApiError: (context) => createLambdaCloudError(context, hints),
      shouldRetry: shouldRetryLambdaError,
      rateLimiter: options.rateLimit ? createRateLimiter({ intervalMs: REQUEST_INTERVAL_MS }) : undefined,
    });
    const launchLimiter = options.rateLimit ? createRateLimiter({ intervalMs: LAUNCH_INTERVAL_MS }) : undefined;
    this.baseURL = transport.baseURL;
    this.instances = new Instances(transport, launchLimiter);
    this.instanceTypes = new InstanceTypes(transport);
    this.sshKeys = new SSHKeys(transport);
    this.fileSystems = new FileSystems(transport);
    this.images = new Images(transport);
    this.regions = new Regions(transport);
    this.firewallRules = new FirewallRules(transport);
    this.firewallRulesets = new FirewallRulesets(transport);
    this.auditEvents = new AuditEvents(transport);
    this.fabric = new Fabric(transport);
    this.tickets = new Tickets(transport);
  }
}
