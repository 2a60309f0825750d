import { poll, type RequestOptions, validateInput, type WaitOptions } from "@cloud-sdk/auth-core";
import { PodFailedError } from "../errors";
import {
  type Pod,
  PodCreateParams,
  type PodDeleteParams,
  PodForceParams,
  type PodList,
  PodListParams,
  type PodStopParams,
  TERMINAL_POD_STATUSES,
} from "../schemas";
import { forceQuery, Resource } from "./resource";

/**
 * Options of {@link Pods.waitUntilRunning}: auth-core's shared wait options (`interval`, default
 * 2 000 ms; `timeout`, default 300 000 ms, the Python SDK's 300 s; `signal`; `maxRetries` and
 * `headers` of each read) plus a progress callback.
 */
export interface WaitUntilRunningOptions extends WaitOptions {
  /** Called with the pod after each read, e.g. to show progress. */
  onPoll?: ((pod: Pod, attempt: number) => void) | undefined;
}

const FAILED: ReadonlySet<string> = new Set(TERMINAL_POD_STATUSES);
const WAIT = "pods.waitUntilRunning";

/** `client.pods`: GPU containers. Project-scoped: every call carries the client's project. */
export class Pods extends Resource {
  /**
   * Creates a pod. `name` and `image` are required; unknown keys are refused before sending. The pod
   * starts as `Creating`: use {@link waitUntilRunning}. **Not retried** after a timeout or a 5xx
   * (a second pod would be billed); look the pod up by name before trying again.
   *
   * @example
   * ```ts
   * const pod = await client.pods.create({
   *   name: "training",
   *   image: "pytorch/pytorch:2.0.0-cuda11.7-cudnn8-runtime",
   *   gpu_type: "A100",
   *   gpu_count: 1,
   *   ports: [8888],
   * });
   * ```
   */
  async create(params: PodCreateParams, options?: RequestOptions): Promise<Pod> {
    const json = validateInput(PodCreateParams, params, "pods.create");
    return this.send("pods.create", { json, projectId: json.project_id }, options);
  }

  /**
   * The pods of the project (the client's, or `project_id`), optionally only those in one `status`
   * (sent as given; Podstack's examples write it lowercase). The one documented route: `GET /v1/pods`.
   *
   * @example
   * ```ts
   * const running = await client.pods.list({ status: "running" });
   * ```
   */
  async list(params: PodListParams = {}, options?: RequestOptions): Promise<PodList> {
    const { project_id, status } = validateInput(PodListParams, params, "pods.list");
    return this.send(
      "pods.list",
      { query: status === undefined ? {} : { status }, projectId: project_id },
      options,
    );
  }

  /**
   * One pod. `status` is normalised to `Creating`, `Pending`, `Running`, `Stopped`, `Terminated` or
   * `Failed` whatever its letter case on the wire.
   *
   * @example
   * ```ts
   * const pod = await client.pods.get("pod-123");
   * if (pod.status === "Running") console.log(pod.ssh_command);
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<Pod> {
    return this.send("pods.get", { id }, options);
  }

  /**
   * Starts a stopped pod. Safe to retry: starting a starting pod changes nothing.
   *
   * @example
   * ```ts
   * await client.pods.start("pod-123");
   * const pod = await client.pods.waitUntilRunning("pod-123");
   * ```
   */
  start(id: string, options?: RequestOptions): Promise<Pod> {
    return this.send("pods.start", { id }, options);
  }

  /**
   * Stops a pod (billing stops with it). `force` stops it without waiting for a clean shutdown.
   *
   * @example
   * ```ts
   * await client.pods.stop("pod-123", { force: true });
   * ```
   */
  async stop(id: string, params: PodStopParams = {}, options?: RequestOptions): Promise<Pod> {
    const { force } = validateInput(PodForceParams, params, "pods.stop");
    return this.send("pods.stop", { id, query: forceQuery(force) }, options);
  }

  /**
   * Restarts a pod. **Not retried** after a timeout or a 5xx: each call restarts it again.
   *
   * @example
   * ```ts
   * await client.pods.restart("pod-123");
   * ```
   */
  restart(id: string, options?: RequestOptions): Promise<Pod> {
    return this.send("pods.restart", { id }, options);
  }

  /**
   * Deletes a pod. A running pod needs `force: true` [doc]. Resolves with nothing.
   *
   * @example
   * ```ts
   * await client.pods.delete("pod-123", { force: true });
   * ```
   */
  async delete(id: string, params: PodDeleteParams = {}, options?: RequestOptions): Promise<void> {
    const { force } = validateInput(PodForceParams, params, "pods.delete");
    return this.send("pods.delete", { id, query: forceQuery(force) }, options);
  }

  /**
   * Reads the pod every `interval` until it is `Running`, and resolves with it. Rejects with
   * `PodFailedError` when the pod is `Failed` or `Terminated`, `WaitTimeoutError` after `timeout`
   * (its `lastValue` is the last pod read), `AbortError` when `signal` aborts, and any error of
   * `pods.get` (e.g. `ResourceNotFoundError` if the pod is deleted meanwhile). `Stopped` is waited
   * through, since a pod just started may still report it.
   *
   * @example
   * ```ts
   * const pod = await client.pods.waitUntilRunning(created.id, { timeout: 600_000 });
   * console.log(pod.ssh_command);
   * ```
   */
  waitUntilRunning(id: string, options: WaitUntilRunningOptions = {}): Promise<Pod> {
    return poll({
      operation: WAIT,
      description: `pod ${id} to be Running`,
      fetch: (signal) =>
        this.get(id, { signal, maxRetries: options.maxRetries, headers: options.headers }),
      isDone: (pod) => pod.status === "Running",
      failure: (pod) => (FAILED.has(pod.status) ? new PodFailedError(pod, WAIT) : undefined),
      describe: (pod) => `status ${pod.status}`,
      interval: options.interval,
      timeout: options.timeout,
      signal: options.signal,
      onPoll: options.onPoll,
    });
  }
}
