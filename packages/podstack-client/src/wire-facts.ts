/**
 * The rest of the wire contract, next to `ROUTES`: every fact the client relies on that is not a
 * route, and whether Podstack documents it. The README's "What is documented, what is assumed"
 * section is generated from this list and the routes table (test/readme.test.ts keeps it in step).
 */

/** How sure a fact is. */
export type FactStatus =
  /** Podstack states it (docs.podstack.ai). */
  | "documented"
  /** Inferred from conventions or Podstack's other material; may be wrong. */
  | "assumed"
  /** This SDK's own choice, not a claim about Podstack. */
  | "sdk";

/** One fact. */
export interface WireFact {
  /** What the fact is about, e.g. `Authentication`; the first column of the README's table. */
  readonly topic: string;
  /** What the client does, in Markdown, e.g. `` `Authorization: Bearer <token>` ``. */
  readonly fact: string;
  /** Whether Podstack documents it, it is assumed, or it is this SDK's own choice. */
  readonly status: FactStatus;
  /** Where it comes from, or why it is assumed. */
  readonly basis: string;
}

/** Every non-route fact, in reading order. */
export const WIRE_FACTS: readonly WireFact[] = [
  {
    topic: "Host",
    fact: "`https://api.podstack.ai`",
    status: "documented",
    basis: "REST and curl examples",
  },
  {
    topic: "Version prefix",
    fact: "`/v1`, added to an endpoint given without a path",
    status: "assumed",
    basis: "`/v1` appears in the REST example; the custom-endpoint examples have no path",
  },
  {
    topic: "Authentication",
    fact: "`Authorization: Bearer <token>`",
    status: "documented",
    basis: "the API tokens page; no SDK source or spec confirms it",
  },
  {
    topic: "Token variable",
    fact: "`PODSTACK_API_TOKEN`",
    status: "documented",
    basis: "SDK authentication page",
  },
  {
    topic: "Project variable",
    fact: "`PODSTACK_PROJECT`",
    status: "documented",
    basis: "SDK authentication page",
  },
  {
    topic: "Endpoint variable",
    fact: "`PODSTACK_API_ENDPOINT`",
    status: "assumed",
    basis: "documented for the CLI only",
  },
  {
    topic: "Other variables",
    fact: "`PODSTACK_PROFILE`, `PODSTACK_CREDENTIALS_FILE`, `PODSTACK_LOG`",
    status: "sdk",
    basis: "this SDK's own",
  },
  {
    topic: "Credentials file",
    fact: "`~/.podstack/credentials`, INI, one section per profile, key `api_token`",
    status: "documented",
    basis: "SDK authentication page",
  },
  {
    topic: "Profile keys",
    fact: "`project_id` and `api_endpoint` in a profile",
    status: "assumed",
    basis: "the SDK accepts both as arguments; the file format shows only `api_token`",
  },
  {
    topic: "Precedence",
    fact: "option → `profile` option → environment → file (see Authentication)",
    status: "assumed",
    basis: "the SDK's order is not documented; the CLI's is \"environment over file\"",
  },
  {
    topic: "Project on the wire",
    fact: "`project_id` in the JSON body of requests that have one, else in the query string",
    status: "assumed",
    basis: "the SDK takes `project_id` as a parameter; how it travels is not documented",
  },
  {
    topic: "Field names",
    fact: "the Python SDK's parameter names (`gpu_type`, `quota_gb`, …)",
    status: "assumed",
    basis: "no wire sample beyond the CLI's `pod list -o json`",
  },
  {
    topic: "Lists",
    fact: "bare JSON arrays, not paginated",
    status: "assumed",
    basis: "the CLI's JSON output; no pagination documented",
  },
  {
    topic: "Pod status",
    fact: "`Creating → Pending → Running → Stopped → Terminated`, plus `Failed`, any letter case",
    status: "documented",
    basis:
      "UI pages (capitalised) and CLI output (lowercase); the wire case is unknown, so both are read",
  },
  {
    topic: "Error body",
    fact: "read defensively: `detail`, `message`, `error`, `field_errors`, FastAPI lists, text, HTML",
    status: "assumed",
    basis: "no error body is documented",
  },
  {
    topic: "401 and 403",
    fact: "`AuthenticationError` and `PermissionError`",
    status: "documented",
    basis: "causes on the API tokens page; messages from the SDK's exceptions",
  },
  {
    topic: "Other statuses",
    fact: "404 `ResourceNotFoundError`, 400/422 `ValidationError`, 402 `InsufficientBalanceError`, 429 `RateLimitError`, 5xx `ServerError`",
    status: "assumed",
    basis: "the SDK documents the classes, not the statuses",
  },
  {
    topic: "Quota",
    fact: "`QuotaExceededError` for a 400/403/409/422 whose code or message mentions a quota",
    status: "assumed",
    basis: "the SDK documents the class, not when it happens",
  },
  {
    topic: "Rate limits",
    fact: "429 with `Retry-After` in seconds",
    status: "assumed",
    basis: 'only "implement exponential backoff" is documented (and 429 for inference keys)',
  },
  {
    topic: "Request id",
    fact: "`x-request-id` header or `request_id` in the body",
    status: "assumed",
    basis: "the SDK's errors carry `request_id`; its source is not documented",
  },
  {
    topic: "Labels filter",
    fact: "`pods.list` sends `labels=key=value,key=value`",
    status: "assumed",
    basis: "the SDK takes `labels={...}`; the encoding is Kubernetes' label-selector style",
  },
  {
    topic: "Logs",
    fact: "`pods.logs` and `pods.logsStream` answer plain text, one log line per line",
    status: "assumed",
    basis: "the SDK prints `logs` as a string and iterates `logs_stream` by line",
  },
  {
    topic: "Tasks",
    fact: "`{ id, state }`; `completed`/`succeeded` end well, `failed`/`error`/`cancelled` badly, any case",
    status: "assumed",
    basis: "the SDK documents `task.id` and `tasks.get(id).state`, not the values",
  },
  {
    topic: "VMs",
    fact: "`client.vms`, after the SDK's VM page; VM statuses kept as sent",
    status: "assumed",
    basis: "the VM page was removed from the docs on 2026-05-24; its method and field names are used",
  },
  {
    topic: "Route corrections",
    fact: "the `routes` option replaces any operation's method and path",
    status: "sdk",
    basis: "this SDK's own, for the assumed routes",
  },
  {
    topic: "S3 endpoint",
    fact: "objects go to the `endpoint` of `buckets.getCredentials` (e.g. `https://s3.podstack.ai`), path-style (`<endpoint>/<bucket>/<key>`), SigV4-signed with `region` (default `us-east-1`)",
    status: "assumed",
    basis: "the storage page documents the host, the region example and boto3 use; not the addressing style",
  },
  {
    topic: "S3 bucket name",
    fact: "`bucket` (or `bucket_name`) of the credentials, else the bucket's `name`",
    status: "assumed",
    basis: "the storage page passes `bucket.name` to boto3; the credentials fields shown are access_key, secret_key, endpoint, region",
  },
  {
    topic: "Retry safety",
    fact: "see the routes table's Retried column",
    status: "assumed",
    basis: "inferred from what each operation does",
  },
];
