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
  /** The regions `GET /regions` lists; launches must name one of them. */
  regions: Region[];
  /**
   * The instance types, with the regions that have capacity for each: a launch elsewhere fails with
   * `insufficient-capacity`.
   */
  instanceTypes: InstanceTypes;
  /** The images `GET /images` lists. */
  images: Image[];
  /** The instances that exist at the start. */
  instances: Instance[];
  /** The SSH keys that exist at the start; a launch must name one of them. */
  sshKeys: SSHKey[];
  /** The filesystems that exist at the start. */
  fileSystems: Filesystem[];
  /** The account-wide inbound rules (`GET /firewall-rules`). */
  firewallRules: FirewallRule[];
  /** The regional firewall rulesets. */
  firewallRulesets: FirewallRuleset[];
  /** The ruleset that applies in every region. */
  globalFirewallRuleset: GlobalFirewallRuleset;
  /** Served oldest first by `GET /audit-events`, a page at a time. */
  auditEvents: AuditEvent[];
  /** The fabric partitions that exist at the start. */
  fabricPartitions: FabricPartition[];
  /** The support tickets that exist at the start. */
  tickets: Ticket[];
  /** Ticket attachments, each tagged with the id of its ticket. */
  attachments: (Attachment & {
    /** The id of the ticket the attachment belongs to. */
    ticket_id: string;
  })[];
}

/**
 * The fake's live data, in the API's own wire shapes. Maps are keyed by id and keep insertion
 * order. Mutate it to set up a test; read it to assert on what a client did.
 */
export interface LambdaCloudMockState {
  /** Who creates filesystems (`created_by`) and comments on tickets. */
  user: User;
  /** Default `workspace_id` of new fabric partitions. */
  workspaceId: string;
  /** The regions `GET /regions` lists; launches must name one of them. */
  regions: Region[];
  /** The instance types, with the regions that have capacity for each. */
  instanceTypes: InstanceTypes;
  /** The images `GET /images` lists. */
  images: Image[];
  /** The instances, by id. Time advances on reads: a terminated instance is listed once more, then removed. */
  instances: Map<string, Instance>;
  /** The SSH keys, by id. */
  sshKeys: Map<string, SSHKey>;
  /** The filesystems, by id. */
  fileSystems: Map<string, Filesystem>;
  /** The account-wide inbound rules (`GET /firewall-rules`). */
  firewallRules: FirewallRule[];
  /** The regional firewall rulesets, by id. */
  firewallRulesets: Map<string, FirewallRuleset>;
  /** The ruleset that applies in every region. */
  globalFirewallRuleset: GlobalFirewallRuleset;
  /** The audit events, oldest first. */
  auditEvents: AuditEvent[];
  /** The fabric partitions, by id. */
  fabricPartitions: Map<string, FabricPartition>;
  /** The support tickets, by id. */
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
  /** The base URL the handlers answer on. */
  readonly baseURL: string;
  /** The one API key the fake accepts. */
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
