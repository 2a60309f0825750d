import { pickRequestOptions, type HttpMethod, type QueryInput, type RateLimiter, type RequestOptions, type Transport } from "@cloud-sdk/auth-core";
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
  /**
   * The success body carries a secret (a generated private key, a Jupyter token, a presigned URL):
   * a body that fails validation keeps nothing of it on the error.
   */
  readonly sensitiveResponse: boolean | undefined;
}

/**
 * The template of an SDK operation: method, path and response schema come from
 * {@link LAMBDA_CLOUD_OPERATIONS}, so they cannot drift from the spec.
 */
export function defineOperation<TId extends LambdaCloudOperationId, TOutput = ResponseOf<TId>>(
  operation: string,
  id: TId,
  options: { idempotent?: boolean; sensitiveResponse?: boolean; schema?: v.GenericSchema<unknown, TOutput> } = {},
): Operation<TOutput> {
  const spec = LAMBDA_CLOUD_OPERATIONS[id];
  return {
    operation,
    method: spec.method,
    path: spec.path,
    schema: options.schema ?? (spec.response as unknown as v.GenericSchema<unknown, TOutput>),
    idempotent: options.idempotent,
    sensitiveResponse: options.sensitiveResponse,
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
 * Sends an operation. The caller's options go through auth-core's `pickRequestOptions`, the one
 * list of per-call options (signal, timeout, maxRetries, headers, responseValidation,
 * maxResponseBytes): nothing else a caller passes (an `idempotent` flag from plain JavaScript, say)
 * can change how the request is sent, and an option added there reaches every method here.
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
    ...pickRequestOptions(options),
  });
}
