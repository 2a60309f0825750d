import type { HttpHandler } from "msw";
import type {
  Attachment,
  AuditEvent,
  FabricPartition,
  Filesystem,
  FirewallRule,
  FirewallRuleset,
  GlobalFirewallRuleset,
  Image,
  Instance,
  InstanceTypes,
  Region,
  SSHKey,
  Ticket,
  User,
} from "../schemas/index.js";

/** Initial data of the fake. Every list is copied, so a seed object can be reused. */
export interface LambdaCloudMockSeed {
  /** Who creates file systems (`created_by`) and comments on tickets. */
  user: User;
  /** Default `workspace_id` of new fabric partitions. */
  workspaceId: string;
  regions: Region[];
  instanceTypes: InstanceTypes;
  images: Image[];
  instances: Instance[];
  sshKeys: SSHKey[];
  fileSystems: Filesystem[];
  firewallRules: FirewallRule[];
  firewallRulesets: FirewallRuleset[];
  globalFirewallRuleset: GlobalFirewallRuleset;
  /** Served oldest first by `GET /audit-events`, a page at a time. */
  auditEvents: AuditEvent[];
  fabricPartitions: FabricPartition[];
  tickets: Ticket[];
  /** Ticket attachments, each tagged with the id of its ticket. */
  attachments: (Attachment & { ticket_id: string })[];
}

/**
 * The fake's live data, in the API's own wire shapes. Maps are keyed by id and keep insertion
 * order. Mutate it to set up a test; read it to assert on what a client did.
 */
export interface LambdaCloudMockState {
  user: User;
  workspaceId: string;
  regions: Region[];
  instanceTypes: InstanceTypes;
  images: Image[];
  instances: Map<string, Instance>;
  sshKeys: Map<string, SSHKey>;
  fileSystems: Map<string, Filesystem>;
  firewallRules: FirewallRule[];
  firewallRulesets: Map<string, FirewallRuleset>;
  globalFirewallRuleset: GlobalFirewallRuleset;
  auditEvents: AuditEvent[];
  fabricPartitions: Map<string, FabricPartition>;
  tickets: Map<string, Ticket>;
  /** Attachments by ticket id, then by attachment id. */
  attachments: Map<string, Map<string, Attachment>>;
}

/**
 * A canned failure: the next matching request(s) get this answer instead of the fake's.
 *
 * @example
 * ```ts
 * mock.failNext({ status: 503 });                                   // next request of any kind
 * mock.failNext({ status: 500, method: "POST", path: "/instance-operations/launch" });
 * mock.failNext({ status: 429, body: "<html>1015</html>", headers: { "retry-after": "1" } });
 * ```
 */
export interface LambdaCloudMockFailure {
  /** HTTP status to answer with. */
  status: number;
  /**
   * Body: a string is sent verbatim (as `text/html` if it starts with `<`, else `text/plain`,
   * unless `headers` sets a content type), anything else as JSON. Omitted: a default for the status (see `defaultFailureBody`), e.g. the
   * documented `provider/internal-unavailable` body for 503, plain text for 429.
   */
  body?: unknown;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** How many matching requests fail. Default 1. */
  times?: number;
  /** Only requests with this method (case-insensitive). Default: any. */
  method?: string;
  /** Only requests to this path below the base URL, e.g. `/instances/abc`. Default: any. */
  path?: string;
  /**
   * `true`: the fake first handles the request (state changes, e.g. the instance is launched),
   * then the answer is replaced: a response lost after the server acted. Default `false`: the
   * request fails before it reaches the fake's state, as at the edge (no auth check either).
   */
  afterEffect?: boolean;
}

/** Options of {@link createLambdaCloudMock}. */
export interface LambdaCloudMockOptions {
  /** Base URL the handlers answer on. Default: `https://cloud.lambda.ai/api/v1`. */
  baseURL?: string;
  /** The one key the fake accepts. Default: `LAMBDA_CLOUD_MOCK_API_KEY`. */
  apiKey?: string;
  /** Initial data; default: a small realistic seed taken from the spec's examples. */
  seed?: Partial<LambdaCloudMockSeed>;
  /** Events per `GET /audit-events` page. Default 3 (the default seed then spans 3 pages). */
  auditEventsPageSize?: number;
  /**
   * Which documented audit-events shape to serve: `"1.10.0"` (default) puts `page_token` next to
   * `data`; `"1.8.3"` answers `{data: {events, page_token}}`.
   */
  auditEventsShape?: "1.10.0" | "1.8.3";
}

/** A stateful fake of the Lambda Cloud API, served through msw. */
export interface LambdaCloudMock {
  readonly baseURL: string;
  readonly apiKey: string;
  /** msw request handlers: `setupServer(...mock.handlers)` or `setupWorker(...mock.handlers)`. */
  readonly handlers: readonly HttpHandler[];
  /** The fake's current data, for assertions in users' tests. */
  readonly state: LambdaCloudMockState;
  /** Back to the seed (also forgets pending failures and restarts ids and the clock). */
  reset(): void;
  /** Makes the next matching request(s) fail; see {@link LambdaCloudMockFailure}. */
  failNext(failure: LambdaCloudMockFailure): void;
}
