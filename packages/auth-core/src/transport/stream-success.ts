import { CloudSdkError } from "../errors/cloud-sdk-error.js";
import { findRequestId } from "./error-body-fields.js";
import type { Exchange } from "./exchange.js";
import { headersToObject } from "./headers.js";
import type { LinkedSignal } from "./linked-signal.js";
import type { PreparedTransport } from "./prepared-transport.js";
import type { TransportRequest, TransportResponse } from "./transport-options.js";
import { watchStream } from "./watched-stream.js";

/** A 2xx answer whose body the caller streams: handed over watched (idle time, abort, connection). */
export function streamSuccess<TOutput>(
  prepared: PreparedTransport,
  request: TransportRequest<TOutput>,
  exchange: Exchange,
  linked: LinkedSignal | undefined,
): TransportResponse<TOutput> {
  const { response } = exchange;
  const body = watchStream(response.body, {
    operation: request.operation,
    idleTimeoutMs: request.timeout ?? prepared.timeout,
    signal: request.signal,
    linkedSignal: linked?.signal,
    onEnd: () => linked?.unlink(),
    wrapError: (error) => (error instanceof CloudSdkError ? prepared.wrapError(error) : error),
  });
  const headers = headersToObject(response.headers, prepared.hiddenHeaders);
  return { data: body as TOutput, status: response.status, headers, requestId: findRequestId(headers, undefined) };
}

