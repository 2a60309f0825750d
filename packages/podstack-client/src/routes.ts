/**
 * The Podstack wire contract as this package understands it, in one table.
 *
 * Podstack documents one REST path (`GET /v1/pods`). Every other method, path, parameter placement
 * and response envelope below is an assumption taken from REST conventions and the Python SDK's
 * method names; each row says which. The client and the fake (`/mock`) both read this table, so a
 * correction, once the real contract is known, is one edit here.
 */

/** Podstack's documented host with the `/v1` prefix its one REST example uses. */
export const PODSTACK_DEFAULT_BASE_URL = "https://api.podstack.ai/v1";

/**
 * The version prefix added to an endpoint given without a path. Podstack's custom-endpoint examples
 * (`https://api.custom.podstack.ai`, the CLI's `https://api.podstack.ai`) have none while its REST
 * example has `/v1`, so the SDK presumably adds it [assumed].
 */
export const PODSTACK_API_PREFIX = "/v1";

/** HTTP methods the table uses. */
export type RouteMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * Where a route carries the project id: the query string, the JSON body, a header, or nowhere
 * (account-level routes).
 */
export type ProjectPlacement = "query" | "body" | "header" | "none";

/** How a route's answer is read. */
export type RouteAnswer =
  /** The body is JSON: the resource or a bare list. */
  | "json"
  /** The body is plain text (logs). */
  | "text"
  /** 204 without a body. */
  | "empty";

/** The kinds of object a path parameter names, for "not found" errors. */
export type ResourceType = "pod" | "volume" | "vm" | "task" | "template" | "bucket";

/** One operation of the API. */
export interface RouteDefinition {
  /** The HTTP method. Assumed everywhere except `pods.list`. */
  readonly method: RouteMethod;
  /**
   * Relative to the base URL, without a leading slash; `{id}` (and, for nested objects,
   * `{snapshot_id}`, `{rule_id}` or `{template_id}`) are the path parameters. The client fills
   * them through the transport's `pathParams`, percent-encoded.
   */
  readonly path: string;
  /** `true` only where Podstack writes the method and path out literally. */
  readonly documented: boolean;
  /** Where the project id goes; see {@link PROJECT_CONTEXT}. Always assumed. */
  readonly project: ProjectPlacement;
  /** Whether the request has a JSON body. */
  readonly body: boolean;
  /** Option names sent as query parameters (e.g. `force`, `status`). Assumed. */
  readonly query: readonly string[];
  /** How the answer is read: JSON, plain text, or 204 without a body. Assumed. */
  readonly responds: RouteAnswer;
  /** Set when a JSON response wraps its payload in an object key. `undefined`: bare (assumed). */
  readonly envelope?: string;
  /**
   * Whether sending the request twice is harmless, so the client may retry it after a timeout or a
   * 5xx. Inferred from what the operation does (reads, target-state actions, deletes, absolute
   * resizes); `false` for calls that create, bill, run or restart something, which are retried
   * only after a 429 (the server did not act on it).
   */
  readonly idempotent: boolean;
  /** The resource type the `{id}` in the path names (for "not found" errors). */
  readonly resourceType?: ResourceType;
  /** Why this row looks the way it does. */
  readonly basis: string;
}

/**
 * The single rule for the project context (assumed): Podstack's SDK takes `project_id` as a
 * parameter of `pods.create`, `pods.list`, `vms.create`, `vms.list` and `volumes.create`, and its
 * JSON field names are presumably the SDK's parameter names. So the project id travels as
 * `project_id` next to the request's other parameters: in the JSON body of requests that have one,
 * in the query string otherwise. The header name is used only by routes whose placement is
 * switched to `"header"`.
 */
export const PROJECT_CONTEXT = {
  /** Query-parameter and body-field name. */
  field: "project_id",
  /** Header name, for routes with placement `"header"` (no route uses it today). */
  header: "X-Project-Id",
} as const;

const convention = "REST convention; not documented by Podstack";
const sdkMethod = (name: string) =>
  `REST convention after the SDK's ${name}; the route is not documented`;

/**
 * The name of an operation in {@link ROUTES}, e.g. `"pods.get"`. Spelled out (rather than
 * `keyof typeof ROUTES`) so that the table can be typed with {@link RouteDefinition}, which documents
 * each column once; the table must have exactly these keys.
 */
export type OperationId =
  | "auth.whoami"
  | "pods.create"
  | "pods.list"
  | "pods.get"
  | "pods.start"
  | "pods.stop"
  | "pods.restart"
  | "pods.delete"
  | "pods.exec"
  | "pods.execAsync"
  | "pods.logs"
  | "pods.logsStream"
  | "pods.metrics"
  | "pods.events"
  | "pods.saveTemplate"
  | "pods.createFromTemplate"
  | "vms.create"
  | "vms.list"
  | "vms.images"
  | "vms.get"
  | "vms.start"
  | "vms.stop"
  | "vms.restart"
  | "vms.delete"
  | "vms.resize"
  | "vms.createSnapshot"
  | "vms.snapshots"
  | "vms.restoreSnapshot"
  | "vms.deleteSnapshot"
  | "vms.allocatePublicIp"
  | "vms.releasePublicIp"
  | "vms.addFirewallRule"
  | "vms.firewallRules"
  | "vms.removeFirewallRule"
  | "vms.metrics"
  | "vms.console"
  | "vms.exec"
  | "tasks.get"
  | "volumes.create"
  | "volumes.list"
  | "volumes.get"
  | "volumes.resize"
  | "volumes.delete"
  | "projects.list"
  | "wallet.balance"
  | "buckets.create"
  | "buckets.list"
  | "buckets.get"
  | "buckets.delete"
  | "buckets.getCredentials";

/** Every operation the client offers, keyed by `resource.method`, one row each. */
// prettier-ignore
export const ROUTES: { readonly [O in OperationId]: RouteDefinition } = {
  "auth.whoami": {
    method: "GET", path: "auth/whoami", documented: false, project: "none", body: false, query: [],
    idempotent: true, responds: "json", basis: "guess from the SDK's auth.whoami(); GET /v1/me is the other candidate",
  },
  "pods.create": {
    method: "POST", path: "pods", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", basis: convention,
  },
  "pods.list": {
    method: "GET", path: "pods", documented: true, project: "query", body: false, query: ["status", "labels"],
    idempotent: true, responds: "json",
    basis: "documented: GET https://api.podstack.ai/v1/pods (the bare-array response is from the CLI's `-o json`; the `labels` filter's encoding is assumed)",
  },
  "pods.get": {
    method: "GET", path: "pods/{id}", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "pod", basis: convention,
  },
  "pods.start": {
    method: "POST", path: "pods/{id}/start", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "pod", basis: convention,
  },
  "pods.stop": {
    method: "POST", path: "pods/{id}/stop", documented: false, project: "query", body: false, query: ["force"],
    idempotent: true, responds: "json", resourceType: "pod", basis: convention,
  },
  "pods.restart": {
    method: "POST", path: "pods/{id}/restart", documented: false, project: "query", body: false, query: [],
    idempotent: false, responds: "json", resourceType: "pod", basis: convention,
  },
  "pods.delete": {
    method: "DELETE", path: "pods/{id}", documented: false, project: "query", body: false, query: ["force"],
    idempotent: true, responds: "empty", resourceType: "pod", basis: convention,
  },
  "pods.exec": {
    method: "POST", path: "pods/{id}/exec", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", resourceType: "pod", basis: sdkMethod("pods.exec(id, cmd, timeout=)"),
  },
  "pods.execAsync": {
    method: "POST", path: "pods/{id}/exec-async", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", resourceType: "pod", basis: sdkMethod("pods.exec_async(id, cmd)"),
  },
  "pods.logs": {
    method: "GET", path: "pods/{id}/logs", documented: false, project: "query", body: false, query: ["tail"],
    idempotent: true, responds: "text", resourceType: "pod", basis: `${sdkMethod("pods.logs(id, tail=)")}; plain text assumed`,
  },
  "pods.logsStream": {
    method: "GET", path: "pods/{id}/logs/stream", documented: false, project: "query", body: false, query: ["tail"],
    idempotent: true, responds: "text", resourceType: "pod", basis: `${sdkMethod("pods.logs_stream(id)")}; one line per log line assumed`,
  },
  "pods.metrics": {
    method: "GET", path: "pods/{id}/metrics", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "pod", basis: sdkMethod("pods.metrics(id)"),
  },
  "pods.events": {
    method: "GET", path: "pods/{id}/events", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "pod", basis: sdkMethod("pods.events(id)"),
  },
  "pods.saveTemplate": {
    method: "POST", path: "pods/{id}/template", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", resourceType: "pod", basis: sdkMethod("pods.save_template(pod_id, name, description)"),
  },
  "pods.createFromTemplate": {
    method: "POST", path: "templates/{template_id}/pods", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", resourceType: "template", basis: sdkMethod("pods.create_from_template(template_id, name)"),
  },
  "vms.create": {
    method: "POST", path: "vms", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", basis: sdkMethod("vms.create(...)"),
  },
  "vms.list": {
    method: "GET", path: "vms", documented: false, project: "query", body: false, query: ["status"],
    idempotent: true, responds: "json", basis: sdkMethod("vms.list(project_id=, status=)"),
  },
  "vms.images": {
    method: "GET", path: "vms/images", documented: false, project: "none", body: false, query: [],
    idempotent: true, responds: "json", basis: sdkMethod("vms.images()"),
  },
  "vms.get": {
    method: "GET", path: "vms/{id}", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "vm", basis: convention,
  },
  "vms.start": {
    method: "POST", path: "vms/{id}/start", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "vm", basis: convention,
  },
  "vms.stop": {
    method: "POST", path: "vms/{id}/stop", documented: false, project: "query", body: false, query: ["force"],
    idempotent: true, responds: "json", resourceType: "vm", basis: convention,
  },
  "vms.restart": {
    method: "POST", path: "vms/{id}/restart", documented: false, project: "query", body: false, query: [],
    idempotent: false, responds: "json", resourceType: "vm", basis: convention,
  },
  "vms.delete": {
    method: "DELETE", path: "vms/{id}", documented: false, project: "query", body: false, query: ["force"],
    idempotent: true, responds: "empty", resourceType: "vm", basis: convention,
  },
  "vms.resize": {
    method: "POST", path: "vms/{id}/resize", documented: false, project: "body", body: true, query: [],
    idempotent: true, responds: "json", resourceType: "vm", basis: "action route like vms/{id}/start; body { cpu, memory, disk }, absolute sizes",
  },
  "vms.createSnapshot": {
    method: "POST", path: "vms/{id}/snapshots", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", resourceType: "vm", basis: sdkMethod("vms.create_snapshot(vm_id, name, description)"),
  },
  "vms.snapshots": {
    method: "GET", path: "vms/{id}/snapshots", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "vm", basis: sdkMethod("vms.snapshots(vm_id)"),
  },
  "vms.restoreSnapshot": {
    method: "POST", path: "vms/{id}/snapshots/{snapshot_id}/restore", documented: false, project: "query", body: false, query: [],
    idempotent: false, responds: "json", resourceType: "vm", basis: `${sdkMethod("vms.restore_snapshot(vm_id, snapshot_id)")}; answering a task is assumed`,
  },
  "vms.deleteSnapshot": {
    method: "DELETE", path: "vms/{id}/snapshots/{snapshot_id}", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "empty", resourceType: "vm", basis: sdkMethod("vms.delete_snapshot(vm_id, snapshot_id)"),
  },
  "vms.allocatePublicIp": {
    method: "POST", path: "vms/{id}/public-ip", documented: false, project: "query", body: false, query: [],
    idempotent: false, responds: "json", resourceType: "vm", basis: `${sdkMethod("vms.allocate_public_ip(vm_id)")}; answering the VM is assumed`,
  },
  "vms.releasePublicIp": {
    method: "DELETE", path: "vms/{id}/public-ip", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "vm", basis: `${sdkMethod("vms.release_public_ip(vm_id)")}; answering the VM is assumed`,
  },
  "vms.addFirewallRule": {
    method: "POST", path: "vms/{id}/firewall-rules", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", resourceType: "vm", basis: sdkMethod("vms.add_firewall_rule(vm_id, protocol, port, source)"),
  },
  "vms.firewallRules": {
    method: "GET", path: "vms/{id}/firewall-rules", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "vm", basis: sdkMethod("vms.firewall_rules(vm_id)"),
  },
  "vms.removeFirewallRule": {
    method: "DELETE", path: "vms/{id}/firewall-rules/{rule_id}", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "empty", resourceType: "vm", basis: sdkMethod("vms.remove_firewall_rule(vm_id, rule_id)"),
  },
  "vms.metrics": {
    method: "GET", path: "vms/{id}/metrics", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "vm", basis: sdkMethod("vms.metrics(vm_id)"),
  },
  "vms.console": {
    method: "GET", path: "vms/{id}/console", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "vm", basis: sdkMethod("vms.console(vm_id)"),
  },
  "vms.exec": {
    method: "POST", path: "vms/{id}/exec", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", resourceType: "vm", basis: sdkMethod("vms.exec(vm_id, cmd, sudo=)"),
  },
  "tasks.get": {
    method: "GET", path: "tasks/{id}", documented: false, project: "none", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "task", basis: sdkMethod("tasks.get(task_id)"),
  },
  "volumes.create": {
    method: "POST", path: "volumes", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", basis: convention,
  },
  "volumes.list": {
    method: "GET", path: "volumes", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", basis: convention,
  },
  "volumes.get": {
    method: "GET", path: "volumes/{id}", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "volume", basis: convention,
  },
  "volumes.resize": {
    method: "POST", path: "volumes/{id}/resize", documented: false, project: "body", body: true, query: [],
    idempotent: true, responds: "json", resourceType: "volume", basis: "action route like pods/{id}/start; body { quota_gb }",
  },
  "volumes.delete": {
    method: "DELETE", path: "volumes/{id}", documented: false, project: "query", body: false, query: ["force"],
    idempotent: true, responds: "empty", resourceType: "volume", basis: convention,
  },
  "projects.list": {
    method: "GET", path: "projects", documented: false, project: "none", body: false, query: [],
    idempotent: true, responds: "json", basis: convention,
  },
  "wallet.balance": {
    method: "GET", path: "wallet/balance", documented: false, project: "none", body: false, query: [],
    idempotent: true, responds: "json", basis: "guess from the SDK's wallet.balance() and the CLI's `wallet balance`",
  },
  "buckets.create": {
    method: "POST", path: "buckets", documented: false, project: "body", body: true, query: [],
    idempotent: false, responds: "json", basis: `${convention}; body { name, visibility } from the SDK's buckets.create(name, visibility)`,
  },
  "buckets.list": {
    method: "GET", path: "buckets", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", basis: convention,
  },
  "buckets.get": {
    method: "GET", path: "buckets/{id}", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "bucket", basis: convention,
  },
  "buckets.delete": {
    method: "DELETE", path: "buckets/{id}", documented: false, project: "query", body: false, query: ["force"],
    idempotent: true, responds: "empty", resourceType: "bucket", basis: convention,
  },
  "buckets.getCredentials": {
    method: "GET", path: "buckets/{id}/credentials", documented: false, project: "query", body: false, query: [],
    idempotent: true, responds: "json", resourceType: "bucket", basis: "guess from the SDK's buckets.get_credentials(bucket_id)",
  },
};

/** All operation ids, in table order. */
export const OPERATION_IDS = Object.keys(ROUTES) as OperationId[];

/** The `{name}` placeholders of a path template, in order: `["id", "snapshot_id"]`. */
export function pathPlaceholders(path: string): string[] {
  return [...path.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? "");
}

/**
 * Fills a route's path template. Each value is percent-encoded so that a user-supplied id can
 * never change the path. A string fills `{id}`; an object fills placeholders by name. (The client
 * itself hands the values to the transport's `pathParams`, which encodes them the same way.)
 *
 * @example
 * ```ts
 * buildPath("pods.get", "pod-123"); // "pods/pod-123"
 * buildPath("vms.deleteSnapshot", { id: "vm-1", snapshot_id: "snap-2" }); // "vms/vm-1/snapshots/snap-2"
 * ```
 */
export function buildPath(
  operation: OperationId,
  params?: string | Readonly<Record<string, string>>,
): string {
  const values = typeof params === "string" ? { id: params } : params ?? {};
  return ROUTES[operation].path.replace(/\{([^{}]*)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined || value === "") throw new TypeError(`${operation} needs ${name}`);
    return encodeURIComponent(value);
  });
}

/**
 * The route of an operation name, or `undefined` for a name outside the table (such as
 * `client.request`).
 */
export function findRoute(operation: string): RouteDefinition | undefined {
  return Object.hasOwn(ROUTES, operation)
    ? (ROUTES as Record<string, RouteDefinition>)[operation]
    : undefined;
}
