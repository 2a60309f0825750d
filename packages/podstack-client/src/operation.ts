import {
  pickRequestOptions,
  type HeadersInput,
  type RequestOptions,
  type Transport,
  type TransportRequest,
} from "@cloud-sdk/auth-core";
import type * as v from "valibot";
import { withProjectId } from "./project-context";
import type { ResolvedRoutes } from "./route-overrides";
import type { OperationId } from "./routes";
import { OPERATION_SCHEMAS } from "./schemas";

type Schemas = typeof OPERATION_SCHEMAS;

/**
 * What an operation answers: its response schema's output, the text of a text route, or nothing
 * for a 204 route.
 */
export type OperationResult<O extends OperationId> = Schemas[O] extends {
  response: infer S extends v.GenericSchema;
}
  ? v.InferOutput<S>
  : Schemas[O] extends { text: true }
    ? string
    : void;

/** The variable parts of one call. */
export interface OperationCall {
  /** The `{id}` of the route. */
  readonly id?: string;
  /** Other path parameters by placeholder name, e.g. `{ snapshot_id: "snap-1" }`. */
  readonly params?: Readonly<Record<string, string>>;
  /** Query parameters, as strings. */
  readonly query?: Record<string, string>;
  /** The JSON body. */
  readonly json?: Record<string, unknown>;
  /** A per-call project that wins over the client's. */
  readonly projectId?: string | undefined;
}

const NO_QUERY: Record<string, string> = {};

const RESPONSE_TYPES = { json: "json", text: "text", empty: "none" } as const;

/** Headers of the project rule under the caller's own (which win). */
function withCallerHeaders(
  project: Record<string, string>,
  caller: HeadersInput | undefined,
): HeadersInput | undefined {
  if (Object.keys(project).length === 0) return caller;
  if (caller === undefined) return project;
  const pairs: [string, string][] = Object.entries(project);
  if (caller instanceof Headers) caller.forEach((value, name) => pairs.push([name, value]));
  else if (Array.isArray(caller)) pairs.push(...(caller as [string, string][]));
  else return { ...project, ...(caller as Record<string, string | null | undefined>) };
  return pairs;
}

/** The transports an {@link Operations} sends through. */
export interface OperationTransports {
  /** Paths relative to the base URL (`…/v1`). */
  readonly base: Transport;
  /** Paths from the endpoint's host (overrides with a leading slash); created only when needed. */
  readonly root?: Transport | undefined;
}

/**
 * Sends operations of the routes table: method, path, project placement, retry safety and response
 * schema all come from the routes (`ROUTES` with the user's `routes` corrections) and
 * `OPERATION_SCHEMAS`, so correcting the table corrects the client. Path parameters always go
 * through the transport's `pathParams`, which percent-encodes them. Holds the transports (and
 * through them the token) in private fields.
 */
export class Operations {
  readonly #transports: OperationTransports;
  readonly #routes: ResolvedRoutes;
  readonly #projectId: string | undefined;

  constructor(
    transports: OperationTransports,
    routes: ResolvedRoutes,
    projectId: string | undefined,
  ) {
    this.#transports = transports;
    this.#routes = routes;
    this.#projectId = projectId;
  }

  /** Sends one operation and answers its validated result. */
  send<O extends OperationId>(
    operation: O,
    call: OperationCall,
    options: RequestOptions = {},
  ): Promise<OperationResult<O>> {
    const { transport, request } = this.#prepare(operation, call, options);
    return transport.request(request) as Promise<OperationResult<O>>;
  }

  /**
   * Sends one operation and hands its success body over unread, as bytes: each chunk must arrive
   * within the call's `timeout`, the signal ends it, cancelling it closes the connection.
   */
  async stream(
    operation: OperationId,
    call: OperationCall,
    options: RequestOptions = {},
  ): Promise<ReadableStream<Uint8Array>> {
    const { transport, request } = this.#prepare(operation, call, options);
    const { schema: _schema, responseType: _responseType, ...rest } = request;
    return (await transport.requestStream(rest)).data;
  }

  #prepare(operation: OperationId, call: OperationCall, options: RequestOptions): { transport: Transport; request: TransportRequest<unknown> } {
    const route = this.#routes[operation];
    const transport = route.fromRoot ? (this.#transports.root ?? this.#transports.base) : this.#transports.base;
    const parts = withProjectId(operation, call.projectId ?? this.#projectId, {
      searchParams: call.query ?? NO_QUERY,
      headers: {},
      ...(call.json === undefined ? {} : { json: call.json }),
    });
    const response = (OPERATION_SCHEMAS[operation] as { response?: v.GenericSchema }).response;
    const pathParams = { ...call.params, ...(call.id === undefined ? {} : { id: call.id }) };
    return {
      transport,
      request: {
        ...pickRequestOptions(options),
        headers: withCallerHeaders(parts.headers, options.headers),
        operation,
        method: route.method,
        path: route.path,
        pathParams,
        query: parts.searchParams,
        json: parts.json,
        schema: response,
        responseType: RESPONSE_TYPES[route.responds],
        idempotent: route.idempotent,
      },
    };
  }
}
