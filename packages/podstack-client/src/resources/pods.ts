import {
  poll,
  type RequestOptions,
  RequestValidationError,
  validateInput,
  type WaitOptions,
} from "@cloud-sdk/auth-core";
import { PodFailedError, SshUnavailableError } from "../errors";
import {
  CreateFromTemplateParams,
  encodeLabels,
  type ExecResult,
  type Pod,
  PodCreateParams,
  type PodDeleteParams,
  type PodEventList,
  PodExecParams,
  PodForceParams,
  type PodList,
  PodListParams,
  PodLogsParams,
  type PodMetrics,
  type PodStopParams,
  type PodTemplate,
  SaveTemplateParams,
  type Task,
  TERMINAL_POD_STATUSES,
} from "../schemas";
import { DEFAULT_MAX_LINE_LENGTH, streamLogLines } from "./log-lines";
import { forceQuery, Resource } from "./resource";
import { parseSshCommand, type SshDetails } from "./ssh-details";

/** Options of {@link Pods.exec} besides the command: its time limit, and the project. */
export type PodExecOptions = Omit<PodExecParams, "command">;

/** Options of {@link Pods.logs}: `tail`, and the project. */
export type PodLogsOptions = PodLogsParams;

/**
 * Options of {@link Pods.logsStream}: `tail` and the project, the call's own options (`signal`
 * ends the iteration with an `AbortError`), and the longest line yielded.
 */
export interface PodLogsStreamOptions extends RequestOptions {
  /** Start with only the last `tail` lines, a whole number of at least 1. */
  tail?: number | undefined;
  /** The pod's project, instead of the client's. */
  project_id?: string | undefined;
  /**
   * The longest line yielded, in characters; a longer line arrives in pieces of at most this
   * length. Default 16 384.
   */
  maxLineLength?: number | undefined;
}

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
   * `labels` keeps the pods that carry every label given; it is sent as `labels=team=ml,env=prod`
   * [assumed encoding].
   *
   * @example
   * ```ts
   * const running = await client.pods.list({ status: "running" });
   * const mine = await client.pods.list({ labels: { team: "ml" } });
   * ```
   */
  async list(params: PodListParams = {}, options?: RequestOptions): Promise<PodList> {
    const { project_id, status, labels } = validateInput(PodListParams, params, "pods.list");
    const query: Record<string, string> = {};
    if (status !== undefined) query.status = status;
    if (labels !== undefined && Object.keys(labels).length > 0) query.labels = encodeLabels(labels);
    return this.send("pods.list", { query, projectId: project_id }, options);
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
   * Runs a command in the pod and answers what it left: `exit_code`, `output` and `error` [doc].
   * `timeout` is the command's time limit on the server, in seconds [doc]; the HTTP call's own
   * limit is the client's `timeout` (raise it, or pass `{ timeout }` as the call option, for long
   * commands). **Not retried** after a timeout or a 5xx: the command may have run.
   * Route `POST /v1/pods/{id}/exec` [assumed].
   *
   * @example
   * ```ts
   * const result = await client.pods.exec("pod-123", "nvidia-smi");
   * console.log(result.exit_code, result.output);
   * ```
   */
  async exec(
    id: string,
    command: string,
    params: PodExecOptions = {},
    options?: RequestOptions,
  ): Promise<ExecResult> {
    const json = validateInput(PodExecParams, { ...params, command }, "pods.exec");
    return this.send("pods.exec", { id, json, projectId: json.project_id }, options);
  }

  /**
   * Starts a command in the pod without waiting for it, and answers its task [doc:
   * `exec_async` → `task.id`]. Follow it with `client.tasks.get(task.id)` or `client.tasks.wait`.
   * **Not retried** after a timeout or a 5xx. Route `POST /v1/pods/{id}/exec-async` [assumed].
   *
   * @example
   * ```ts
   * const task = await client.pods.execAsync("pod-123", "python train.py");
   * const done = await client.tasks.wait(task.id, { timeout: 3_600_000 });
   * ```
   */
  async execAsync(
    id: string,
    command: string,
    params: Omit<PodExecOptions, "timeout"> = {},
    options?: RequestOptions,
  ): Promise<Task> {
    const json = validateInput(PodExecParams, { ...params, command }, "pods.execAsync");
    return this.send("pods.execAsync", { id, json, projectId: json.project_id }, options);
  }

  /**
   * The pod's recent logs, as one text [doc: `logs = client.pods.logs(id, tail=100)`]; `tail`
   * keeps the last lines. Route `GET /v1/pods/{id}/logs?tail=` answering plain text [assumed].
   *
   * @example
   * ```ts
   * console.log(await client.pods.logs("pod-123", { tail: 100 }));
   * ```
   */
  async logs(id: string, params: PodLogsOptions = {}, options?: RequestOptions): Promise<string> {
    const { tail, project_id } = validateInput(PodLogsParams, params, "pods.logs");
    const query: Record<string, string> = tail === undefined ? {} : { tail: String(tail) };
    return this.send("pods.logs", { id, query, projectId: project_id }, options);
  }

  /**
   * The pod's log lines, one at a time [doc: `for line in client.pods.logs_stream(id)`]. Bounded:
   * a line longer than `maxLineLength` (default 16 384) arrives in pieces, and `signal` stops the
   * iteration with an `AbortError`, before the request, between lines or while waiting for one. The
   * request is sent at the first iteration; lines are yielded as they arrive, for as long as the
   * server keeps the stream open, and the iteration ends when the server ends it. The call's
   * `timeout` (the client's by default) bounds the wait for the answer and then for each chunk: a
   * log silent for longer ends with a `TimeoutError` (raise `timeout` for quiet pods). Leaving the
   * loop early closes the connection. Route `GET /v1/pods/{id}/logs/stream` [assumed].
   *
   * @example
   * ```ts
   * const controller = new AbortController();
   * for await (const line of client.pods.logsStream("pod-123", { signal: controller.signal })) {
   *   console.log(line);
   *   if (line.includes("Training done")) controller.abort();
   * }
   * ```
   */
  async *logsStream(id: string, options: PodLogsStreamOptions = {}): AsyncGenerator<string> {
    const { tail, project_id, maxLineLength, ...request } = options;
    const params = validateInput(
      PodLogsParams,
      {
        ...(tail === undefined ? {} : { tail }),
        ...(project_id === undefined ? {} : { project_id }),
      },
      "pods.logsStream",
    );
    const limit = maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RequestValidationError(
        `pods.logsStream: maxLineLength must be a whole number of at least 1 (got ${String(limit)}).`,
        {
          operation: "pods.logsStream",
          issues: [
            {
              path: "maxLineLength",
              expected: "an integer >= 1",
              received: String(limit),
              message: "maxLineLength must be a whole number of at least 1",
            },
          ],
        },
      );
    }
    const query: Record<string, string> =
      params.tail === undefined ? {} : { tail: String(params.tail) };
    const body = await this.stream("pods.logsStream", { id, query, projectId: params.project_id }, request);
    yield* streamLogLines(body, limit, request.signal, "pods.logsStream");
  }

  /**
   * The pod's GPU, CPU and memory usage [doc]. Route `GET /v1/pods/{id}/metrics` [assumed].
   *
   * @example
   * ```ts
   * const metrics = await client.pods.metrics("pod-123");
   * console.log(`GPU ${metrics.gpu_utilization}%, ${metrics.gpu_memory_used}/${metrics.gpu_memory_total} GB`);
   * ```
   */
  metrics(id: string, options?: RequestOptions): Promise<PodMetrics> {
    return this.send("pods.metrics", { id }, options);
  }

  /**
   * The pod's events, each with `timestamp`, `type` and `message` [doc]. Route
   * `GET /v1/pods/{id}/events` [assumed].
   *
   * @example
   * ```ts
   * for (const event of await client.pods.events("pod-123")) console.log(event.timestamp, event.type, event.message);
   * ```
   */
  events(id: string, options?: RequestOptions): Promise<PodEventList> {
    return this.send("pods.events", { id }, options);
  }

  /**
   * Saves the pod's configuration as a template [doc: `save_template(pod_id, name, description)`].
   * **Not retried** after a timeout or a 5xx (a second template would be made). Route
   * `POST /v1/pods/{id}/template` [assumed].
   *
   * @example
   * ```ts
   * const template = await client.pods.saveTemplate("pod-123", { name: "pytorch-a100", description: "PyTorch on A100" });
   * ```
   */
  async saveTemplate(
    id: string,
    params: SaveTemplateParams,
    options?: RequestOptions,
  ): Promise<PodTemplate> {
    const json = validateInput(SaveTemplateParams, params, "pods.saveTemplate");
    return this.send("pods.saveTemplate", { id, json, projectId: json.project_id }, options);
  }

  /**
   * Creates a pod from a template [doc: `create_from_template(template_id, name)`]. The pod starts
   * as `Creating`: use {@link waitUntilRunning}. **Not retried** after a timeout or a 5xx. Route
   * `POST /v1/templates/{template_id}/pods` [assumed].
   *
   * @example
   * ```ts
   * const pod = await client.pods.createFromTemplate("tmpl-1001", { name: "new-pod-from-template" });
   * ```
   */
  async createFromTemplate(
    templateId: string,
    params: CreateFromTemplateParams,
    options?: RequestOptions,
  ): Promise<Pod> {
    const json = validateInput(CreateFromTemplateParams, params, "pods.createFromTemplate");
    return this.send(
      "pods.createFromTemplate",
      { params: { template_id: templateId }, json, projectId: json.project_id },
      options,
    );
  }

  /**
   * How to open an SSH session to the pod: the command Podstack gives (`ssh_command` [doc]) and
   * its user, host and port. A library opens no interactive shell; run the command yourself, e.g.
   * with `child_process.spawn(..., { stdio: "inherit" })`. Reads the pod (`pods.get`); a pod without
   * an SSH command (not running yet) is an `SshUnavailableError`.
   *
   * @example
   * ```ts
   * const ssh = await client.pods.ssh("pod-123");
   * console.log(ssh.command); // "ssh root@pod-123.cloud.podstack.ai"
   * spawn("ssh", ["-p", String(ssh.port), `${ssh.user}@${ssh.host}`], { stdio: "inherit" });
   * ```
   */
  async ssh(id: string, options?: RequestOptions): Promise<SshDetails> {
    const pod = await this.get(id, options);
    const command = pod.ssh_command?.trim();
    if (!command) throw new SshUnavailableError(pod, "pods.ssh");
    return parseSshCommand(command, pod);
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
