import { type RequestOptions, ResponseValidationError, sleep, WaitTimeoutError } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import type { ClientCore } from "../client-context";
import { cvmIdParam } from "../cvm-id";
import { ConflictError, PhalaCloudError, RequestError } from "../errors";
import { checkParams } from "../params";
import { type CvmIdInput, CvmState, type WatchCvmStateEvent, WatchCvmStateRequest } from "../schemas";
import { stateEvents } from "./state-stream";

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
   * `WaitTimeoutError` (or the last failure). Other API errors (401, 404 …) are thrown at once; a
   * key function answered 401 is read again once first, as for every method.
   * `options.timeout` bounds the wait for the answer and then for each chunk of the stream; by
   * default the server's `timeout` plus `interval` plus 30 s (the server may stay silent until its
   * own `timeout` event), not the client's `timeout`. `options.maxRetries` does not apply: the
   * reconnects are counted by `maxRetries` here.
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
  const signal = options?.signal;
  let last: CvmState | undefined;
  for (let reconnects = 0; ; reconnects++) {
    if (signal?.aborted) return;
    let failure: unknown;
    try {
      // Leaving this loop (return, break, a throw) ends the stream's generator, which closes the connection.
      for await (const message of stateEvents(client, cvmId, { target, interval, timeout }, options)) {
        const event = toEvent(message.event, message.data);
        if (!event) continue;
        yield event;
        if (event.type === "state") last = event.data;
        if (event.type === "complete") return;
        if (event.type !== "state") break;
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
