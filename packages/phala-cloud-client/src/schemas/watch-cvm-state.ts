import * as v from "valibot";
import { CvmState } from "./cvm-status";

/** The most reconnects `watchCvmState` allows, so a watch always ends. */
export const MAX_WATCH_RECONNECTS = 100;

/**
 * Parameters of `watchCvmState` (besides the CVM's identifier). `target`, `interval` and `timeout`
 * go to the server as the query of `GET /cvms/{id}/state`; the others steer the reconnects, as in
 * the official SDK.
 */
export const WatchCvmStateRequest = v.object({
  /** The status to wait for (`running`, `stopped` …); the server ends the stream with `complete` when reached. */
  target: v.pipe(v.string(), v.minLength(1)),
  /** Seconds between the server's state checks, 5 to 30. Default 5. */
  interval: v.optional(v.pipe(v.number(), v.minValue(5), v.maxValue(30)), 5),
  /** Seconds one stream may last before the server sends `timeout`, 10 to 600. Default 300. */
  timeout: v.optional(v.pipe(v.number(), v.minValue(10), v.maxValue(600)), 300),
  /**
   * Reconnects after a `timeout` or `error` event, a stream that ends early or a failed connection,
   * 0 to 100. Default 10 (the official SDK's default is unbounded).
   */
  maxRetries: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_WATCH_RECONNECTS)), 10),
  /** Milliseconds to wait before a reconnect, 0 to 60 000. Default 5 000, as the official SDK. */
  retryDelay: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(60_000)), 5_000),
});
/** See {@link WatchCvmStateRequest}. */
export type WatchCvmStateRequest = {
  [K in keyof v.InferInput<typeof WatchCvmStateRequest>]: v.InferInput<typeof WatchCvmStateRequest>[K];
};

/**
 * One server-sent event of `watchCvmState`: `state` (the CVM's state now), `complete` (the target
 * is reached; the last event), `timeout` (this stream's time is up; the watch reconnects) or
 * `error` (the server's error report; the watch reconnects).
 */
export type WatchCvmStateEvent =
  | {
      /** `state`: the CVM's state now. */
      type: "state";
      /** The CVM's state, as `getCvmState` answers it. */
      data: CvmState;
    }
  | {
      /**
       * `complete`: the target is reached, the last event of the watch; `timeout`: the stream's
       * time is up; `error`: the server reported an error. The watch reconnects after the last two.
       */
      type: "complete" | "timeout" | "error";
      /** What the server sent with it (its shape is not documented). */
      data: Record<string, unknown>;
    };
