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

/** One operation of the API. */
export interface RouteDefinition {
  /** The HTTP method. Assumed everywhere except `pods.list`. */
  readonly method: RouteMethod;
  /** Relative to the base URL, without a leading slash; `{id}` is the one path parameter. */
  readonly path: string;
  /** `true` only where Podstack writes the method and path out literally. */
  readonly documented: boolean;
  /** Where the project id goes; see {@link PROJECT_CONTEXT}. Always assumed. */
  readonly project: ProjectPlacement;
  /** Whether the request has a JSON body. */
  readonly body: boolean;
  /** Option names sent as query parameters (e.g. `force`, `status`). Assumed. */
  readonly query: readonly string[];
  /** `"json"`: the response body is the resource/list; `"empty"`: 204 without a body. Assumed. */
  readonly responds: "json" | "empty";
  /** Set when a JSON response wraps its payload in an object key. `undefined`: bare (assumed). */
  readonly envelope?: string;
  /**
   * Whether sending the request twice is harmless, so the client may retry it after a timeout or a
   * 5xx. Inferred from what the operation does (reads, target-state actions, deletes, absolute
   * resizes); `false` for calls that create or restart something, which are retried only after a
   * 429 (the server did not act on it).
   */
  readonly idempotent: boolean;
  /** The resource type an id in the path names (for "not found" errors). */
  readonly resourceType?: "pod" | "volume" | "bucket";
  /** Why this row looks the way it does. */
  readonly basis: string;
}

/**
 * The single rule for the project context (assumed): Podstack's SDK takes `project_id` as a
 * parameter of `pods.create`, `pods.list` and `volumes.create`, and its JSON field names are
 * presumably the SDK's parameter names. So the project id travels as `project_id` next to the
 * request's other parameters: in the JSON body of requests that have one, in the query string
 * otherwise. The header name is used only by routes whose placement is switched to `"header"`.
 */
export const PROJECT_CONTEXT = {
  /** Query-parameter and body-field name. */
  field: "project_id",
  /** Header name, for routes with placement `"header"` (no route uses it today). */
  header: "X-Project-Id",
} as const;

const convention = "REST convention; not documented by Podstack";

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
    method: "GET", path: "pods", documented: true, project: "query", body: false, query: ["status"],
    idempotent: true, responds: "json",
    basis: "documented: GET https://api.podstack.ai/v1/pods (the bare-array response is from the CLI's `-o json`)",
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

/**
 * Fills a route's path template. The id is percent-encoded so that a user-supplied id can never
 * change the path.
 *
 * @example
 * ```ts
 * buildPath("pods.get", "pod-123"); // "pods/pod-123"
 * ```
 */
export function buildPath(operation: OperationId, id?: string): string {
  const template: string = ROUTES[operation].path;
  if (!template.includes("{id}")) return template;
  if (id === undefined || id === "") throw new TypeError(`${operation} needs a resource id`);
  return template.replace("{id}", encodeURIComponent(id));
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
