import type { HttpMethod, QueryInput, RateLimiter, RequestOptions, Transport } from "@cloud-sdk/auth-core";
import type * as v from "valibot";
import { LAMBDA_CLOUD_OPERATIONS, type LambdaCloudOperationId } from "../schemas/operations.js";

type ResponseOf<TId extends LambdaCloudOperationId> = v.InferOutput<(typeof LAMBDA_CLOUD_OPERATIONS)[TId]["response"]>;

/** A request template, built once per module from the spec's operation table. */
export interface Operation<TOutput> {
  /** SDK name, for messages: "instances.launch". */
  readonly operation: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly schema: v.GenericSchema<unknown, TOutput>;
  /** Whether repeating the request is harmless; undefined: by method (GET, PUT, DELETE yes). */
  readonly idempotent: boolean | undefined;
}

/**
 * The template of an SDK operation: method, path and response schema come from
 * {@link LAMBDA_CLOUD_OPERATIONS}, so they cannot drift from the spec.
 */
export function defineOperation<TId extends LambdaCloudOperationId, TOutput = ResponseOf<TId>>(
  operation: string,
  id: TId,
  options: { idempotent?: boolean; schema?: v.GenericSchema<unknown, TOutput> } = {},
): Operation<TOutput> {
  const spec = LAMBDA_CLOUD_OPERATIONS[id];
  return {
    operation,
    method: spec.method,
    path: spec.path,
    schema: options.schema ?? (spec.response as unknown as v.GenericSchema<unknown, TOutput>),
    idempotent: options.idempotent,
  };
}

/** What varies per call. */
export interface RequestParts {
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: QueryInput;
  readonly json?: unknown;
  readonly rateLimiters?: readonly RateLimiter[] | undefined;
}

/**
 * Sends an operation. The caller's options are picked field by field, so nothing else a caller
 * passes (an `idempotent` flag from plain JavaScript, say) can change how the request is sent.
 */
export function send<TOutput>(
  transport: Transport,
  operation: Operation<TOutput>,
  parts?: RequestParts,
  options?: RequestOptions,
): Promise<TOutput> {
  if (parts === undefined && options === undefined) return transport.request(operation);
  return transport.request({
    ...operation,
    ...parts,
    signal: options?.signal,
    timeout: options?.timeout,
    maxRetries: options?.maxRetries,
    headers: options?.headers,
  });
}
