import type { HeadersInput, RequestOptions, Transport } from "@cloud-sdk/auth-core";
import type * as v from "valibot";
import { withProjectId } from "./project-context";
import { type OperationId, ROUTES } from "./routes";
import { OPERATION_SCHEMAS } from "./schemas";

type Schemas = typeof OPERATION_SCHEMAS;

/** What an operation answers: its response schema's output, or nothing for a 204 route. */
export type OperationResult<O extends OperationId> = Schemas[O] extends {
  response: infer S extends v.GenericSchema;
}
  ? v.InferOutput<S>
  : void;

/** The variable parts of one call. */
export interface OperationCall {
  /** The `{id}` of the route. */
  readonly id?: string;
  /** Query parameters, as strings. */
  readonly query?: Record<string, string>;
  /** The JSON body. */
  readonly json?: Record<string, unknown>;
  /** A per-call project that wins over the client's. */
  readonly projectId?: string | undefined;
}

const NO_QUERY: Record<string, string> = {};

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

/**
 * Sends operations of the routes table: method, path, project placement, retry safety and response
 * schema all come from `ROUTES` and `OPERATION_SCHEMAS`, so correcting the table corrects the client.
 * Holds the transport (and through it the token) in a private field.
 */
export class Operations {
  readonly #transport: Transport;
  readonly #projectId: string | undefined;

  constructor(transport: Transport, projectId: string | undefined) {
    this.#transport = transport;
    this.#projectId = projectId;
  }

  /** Sends one operation and answers its validated result. */
  send<O extends OperationId>(
    operation: O,
    call: OperationCall,
    options: RequestOptions = {},
  ): Promise<OperationResult<O>> {
    const route = ROUTES[operation];
    const parts = withProjectId(operation, call.projectId ?? this.#projectId, {
      searchParams: call.query ?? NO_QUERY,
      headers: {},
      ...(call.json === undefined ? {} : { json: call.json }),
    });
    const response = (OPERATION_SCHEMAS[operation] as { response?: v.GenericSchema }).response;
    return this.#transport.request({
      ...options,
      headers: withCallerHeaders(parts.headers, options.headers),
      operation,
      method: route.method,
      path: route.path,
      pathParams: call.id === undefined ? undefined : { id: call.id },
      query: parts.searchParams,
      json: parts.json,
      schema: response,
      responseType: route.responds === "empty" ? "none" : "json",
      idempotent: route.idempotent,
    }) as Promise<OperationResult<O>>;
  }
}
