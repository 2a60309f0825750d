import { type RequestOptions, ResponseValidationError, sleep, WaitTimeoutError } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { type ClientCore, contextOf } from "../client-context";
import { cvmIdParam } from "../cvm-id";
import { ConflictError, PhalaCloudError, RequestError } from "../errors";
import { checkParams } from "../params";
import { type CvmIdInput, CvmState, type WatchCvmStateEvent, WatchCvmStateRequest } from "../schemas";
import { openStateStream } from "./state-stream";

const OPERATION = "watchCvmState";

/** The CVM's state as a stream of server-sent events. */
export interface WatchCvmStateMethods {
  /**
   * Follows a CVM's state until it reaches `target`: `GET /cvms/{cvmId}/state?target&interval&timeout`
   * read as server-sent events (`Accept: text/event-stream`), as an async iterable. It yields each
   * `state` event, and the server's `timeout` / `error` reports; it ends after the `complete` event,
   * or when a stream ends with the last state at `target`, or quietly when `options.signal` aborts.
   * After a `timeout` or `error` event, a stream that ends early, a network failure, a 5xx, a 409 or
   * a 429 it reconnects after `retryDelay` ms, at most `maxRetries` times (default 10), then throws a
   * `WaitTimeoutError` (or the last failure). Other API errors (401, 404 …) are thrown at once.
   * `options.timeout` bounds each connection attempt; a stream is cut if it outlives the server's
   * `timeout` by that much.
   *
   * @example
   * ```ts
   * await client.startCvm({ name: "my-web-app" });
   * for await (const event of client.watchCvmState({ name: "my-web-app", target: "running" }, { signal: AbortSignal.timeout(600_000) })) {
   *   if (event.type === "state") console.log(event.data.status, event.data.boot_progress);
   * }
   * ```
   */
  watchCvmState(params: CvmIdInput & WatchCvmStateRequest, options?: RequestOptions): AsyncIterable<WatchCvmStateEvent>;
}

/** Failures worth a reconnect: the server or the network, not the request. */
function isTransient(error: unknown): boolean {
  if (error instanceof RequestError || error instanceof ConflictError) return true;
  return error instanceof PhalaCloudError && (error.status >= 500 || error.status === 429);
}

function parseData(data: string, type: string, status: number): unknown {
  try {
    return JSON.parse(data);
  } catch {
    throw new ResponseValidationError(`${OPERATION}: the state stream sent a "${type}" event whose data is not JSON.`, {
      operation: OPERATION,
      body: data.slice(0, 200),
      status,
    });
  }
}

/** A server-sent event as the iterable yields it; `undefined` for event names it does not know. */
function toEvent(type: string | undefined, data: string): WatchCvmStateEvent | undefined {
  if (type === "state") {
    const parsed = v.safeParse(CvmState, parseData(data, type, 200));
    if (!parsed.success) {
      throw new ResponseValidationError(`${OPERATION}: a "state" event does not have the shape of a CVM state (name and status).`, {
        operation: OPERATION,
        body: data.slice(0, 200),
        status: 200,
      });
    }
    return { type, data: parsed.output };
  }
  if (type === "complete" || type === "timeout" || type === "error") {
    const value = parseData(data, type, 200);
    return { type, data: typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value } };
  }
  return undefined;
}

async function* watch(client: ClientCore, params: CvmIdInput & WatchCvmStateRequest, options: RequestOptions | undefined) {
  const cvmId = cvmIdParam(params, OPERATION);
  const { target, interval, timeout, maxRetries, retryDelay } = checkParams(WatchCvmStateRequest, params, OPERATION);
  const context = contextOf(client);
  const signal = options?.signal;
  const connectTimeout = options?.timeout ?? context.stream.timeout;
  const query = new URLSearchParams({ target, interval: String(interval), timeout: String(timeout) });
  const path = `/cvms/${encodeURIComponent(cvmId)}/state?${query.toString()}`;
  let last: CvmState | undefined;
  for (let reconnects = 0; ; reconnects++) {
    if (signal?.aborted) return;
    let failure: unknown;
    try {
      const stream = await openStateStream(context, { path, headers: options?.headers, signal, connectTimeout, lifetime: timeout * 1000 + connectTimeout });
      try {
        for await (const message of stream.events) {
          const event = toEvent(message.event, message.data);
          if (!event) continue;
          yield event;
          if (event.type === "state") last = event.data;
          if (event.type === "complete") return;
          if (event.type !== "state") break;
        }
      } finally {
        stream.close();
      }
      if (last?.status === target) return;
    } catch (error) {
      if (signal?.aborted) return;
      if (!isTransient(error)) throw error;
      failure = error;
    }
    if (reconnects >= maxRetries) {
      if (failure) throw failure;
      throw new WaitTimeoutError(
        `${OPERATION}: the CVM did not reach "${target}" within ${maxRetries + 1} streams (last status: ${last?.status ?? "unknown"}). ` +
          "Raise maxRetries or timeout, or check the CVM with getCvmState.",
        { timeoutMs: (maxRetries + 1) * timeout * 1000, operation: OPERATION, lastValue: last },
      );
    }
    try {
      await sleep(retryDelay, signal, "Waiting to reconnect", OPERATION);
    } catch {
      return;
    }
  }
}

export const watchCvmStateMethods: WatchCvmStateMethods & ThisType<ClientCore> = {
  watchCvmState(params, options) {
    return watch(this, params, options);
  },
};
