import {
  poll,
  type RequestOptions,
  RequestValidationError,
  validateInput,
  type WaitOptions,
} from "@cloud-sdk/auth-core";
import { VmFailedError } from "../errors";
import {
  type ExecResult,
  type FirewallRule,
  type FirewallRuleList,
  FirewallRuleParams,
  PodForceParams,
  SnapshotCreateParams,
  type Task,
  type Vm,
  type VmConsole,
  VmCreateParams,
  VmExecParams,
  type VmImageList,
  type VmList,
  VmListParams,
  type VmMetrics,
  VmResizeParams,
  type VmSnapshot,
  type VmSnapshotList,
} from "../schemas";
import { forceQuery, Resource } from "./resource";

/** Options of {@link Vms.stop} and {@link Vms.delete}: `force` [doc]. */
export interface VmForceOptions {
  /** Stop without a graceful shutdown, or delete a VM that is not stopped [doc]. */
  force?: boolean | undefined;
}

/** Options of {@link Vms.exec} besides the command: `sudo`, a time limit, the project. */
export type VmExecOptions = Omit<VmExecParams, "command">;

/**
 * Options of {@link Vms.waitUntilRunning}: auth-core's wait options (`interval`, default 2 000 ms;
 * `timeout`, default 300 000 ms, the SDK's 300 s; `signal`; `maxRetries` and `headers` of each read)
 * plus a progress callback.
 */
export interface VmWaitUntilRunningOptions extends WaitOptions {
  /** Called with the VM after each read. */
  onPoll?: ((vm: Vm, attempt: number) => void) | undefined;
}

/** VM statuses from which a VM will not become running by itself [assumed values]. */
const DEAD_ENDS: ReadonlySet<string> = new Set(["failed", "error", "terminated", "deleted"]);
const WAIT = "vms.waitUntilRunning";

/**
 * `client.vms`: GPU virtual machines, after the SDK's `client.vms` [doc until 2026-05-24, when
 * Podstack removed its VM page]. Every route is [assumed]. Project-scoped like pods.
 */
export class Vms extends Resource {
  /**
   * Creates a VM. `name` and `os` are required. **Not retried** after a timeout or a 5xx (a second
   * VM would be billed). The VM starts on its own: use {@link waitUntilRunning}.
   *
   * @example
   * ```ts
   * const vm = await client.vms.create({ name: "gpu-vm", os: "ubuntu-22.04", cpu: 8, memory: 64, disk: 200, gpu_type: "A100", gpu_count: 1 });
   * ```
   */
  async create(params: VmCreateParams, options?: RequestOptions): Promise<Vm> {
    const json = validateInput(VmCreateParams, params, "vms.create");
    return this.send("vms.create", { json, projectId: json.project_id }, options);
  }

  /**
   * The VMs of the project (the client's, or `project_id`), optionally in one `status`.
   *
   * @example
   * ```ts
   * const running = await client.vms.list({ status: "running" });
   * ```
   */
  async list(params: VmListParams = {}, options?: RequestOptions): Promise<VmList> {
    const { project_id, status } = validateInput(VmListParams, params, "vms.list");
    const query: Record<string, string> = status === undefined ? {} : { status };
    return this.send("vms.list", { query, projectId: project_id }, options);
  }

  /**
   * The OS images VMs can run, e.g. `ubuntu-22.04`, `ubuntu-22.04-cuda` [doc].
   *
   * @example
   * ```ts
   * const cuda = (await client.vms.images()).filter((image) => image.gpu_support);
   * ```
   */
  images(options?: RequestOptions): Promise<VmImageList> {
    return this.send("vms.images", {}, options);
  }

  /**
   * One VM, with `public_ip` and `private_ip` [doc].
   *
   * @example
   * ```ts
   * const vm = await client.vms.get("vm-123");
   * console.log(`ssh root@${vm.public_ip}`);
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<Vm> {
    return this.send("vms.get", { id }, options);
  }

  /**
   * Starts a stopped VM. Safe to retry (a target state).
   *
   * @example
   * ```ts
   * await client.vms.start("vm-123");
   * const vm = await client.vms.waitUntilRunning("vm-123");
   * ```
   */
  start(id: string, options?: RequestOptions): Promise<Vm> {
    return this.send("vms.start", { id }, options);
  }

  /**
   * Stops a VM; `force` skips the graceful shutdown [doc]. Safe to retry.
   *
   * @example
   * ```ts
   * await client.vms.stop("vm-123", { force: true });
   * ```
   */
  async stop(id: string, params: VmForceOptions = {}, options?: RequestOptions): Promise<Vm> {
    const { force } = validateInput(PodForceParams, params, "vms.stop");
    return this.send("vms.stop", { id, query: forceQuery(force) }, options);
  }

  /**
   * Restarts a VM. **Not retried** after a timeout or a 5xx: each call restarts it again.
   *
   * @example
   * ```ts
   * await client.vms.restart("vm-123");
   * ```
   */
  restart(id: string, options?: RequestOptions): Promise<Vm> {
    return this.send("vms.restart", { id }, options);
  }

  /**
   * Deletes a VM; one that is not stopped needs `force: true` [doc]. Resolves with nothing.
   *
   * @example
   * ```ts
   * await client.vms.delete("vm-123", { force: true });
   * ```
   */
  async delete(id: string, params: VmForceOptions = {}, options?: RequestOptions): Promise<void> {
    const { force } = validateInput(PodForceParams, params, "vms.delete");
    return this.send("vms.delete", { id, query: forceQuery(force) }, options);
  }

  /**
   * Changes a stopped VM's `cpu`, `memory` and/or `disk` [doc: stop it first; the disk can only
   * grow]. Safe to retry: the sizes are absolute.
   *
   * @example
   * ```ts
   * await client.vms.stop("vm-123");
   * await client.vms.resize("vm-123", { cpu: 8, memory: 32, disk: 200 });
   * await client.vms.start("vm-123");
   * ```
   */
  async resize(id: string, params: VmResizeParams, options?: RequestOptions): Promise<Vm> {
    const json = validateInput(VmResizeParams, params, "vms.resize");
    if (json.cpu === undefined && json.memory === undefined && json.disk === undefined) {
      throw new RequestValidationError(
        "vms.resize: give at least one of cpu, memory or disk (the new sizes).",
        {
          operation: "vms.resize",
          issues: [
            {
              path: "cpu",
              expected: "at least one of cpu, memory or disk",
              received: "none",
              message: "give at least one of cpu, memory or disk",
            },
          ],
        },
      );
    }
    return this.send("vms.resize", { id, json, projectId: json.project_id }, options);
  }

  /**
   * Reads the VM every `interval` until its status is `running` (any letter case), and resolves
   * with it. Rejects with `VmFailedError` when the VM is `failed`, `error`, `terminated` or
   * `deleted`, `WaitTimeoutError` after `timeout`, `AbortError` when `signal` aborts, and any error
   * of `vms.get`.
   *
   * @example
   * ```ts
   * const vm = await client.vms.waitUntilRunning("vm-123", { timeout: 600_000 });
   * console.log(`VM ready: ssh root@${vm.public_ip}`);
   * ```
   */
  waitUntilRunning(id: string, options: VmWaitUntilRunningOptions = {}): Promise<Vm> {
    return poll({
      operation: WAIT,
      description: `VM ${id} to be running`,
      fetch: (signal) =>
        this.get(id, { signal, maxRetries: options.maxRetries, headers: options.headers }),
      isDone: (vm) => vm.status.toLowerCase() === "running",
      failure: (vm) =>
        DEAD_ENDS.has(vm.status.toLowerCase()) ? new VmFailedError(vm, WAIT) : undefined,
      describe: (vm) => `status ${vm.status}`,
      interval: options.interval,
      timeout: options.timeout,
      signal: options.signal,
      onPoll: options.onPoll,
    });
  }

  /**
   * Takes a snapshot of the VM [doc]. **Not retried** after a timeout or a 5xx (a second snapshot
   * would be stored and billed).
   *
   * @example
   * ```ts
   * const snapshot = await client.vms.createSnapshot("vm-123", { name: "before-upgrade", description: "Snapshot before system upgrade" });
   * ```
   */
  async createSnapshot(
    id: string,
    params: SnapshotCreateParams,
    options?: RequestOptions,
  ): Promise<VmSnapshot> {
    const json = validateInput(SnapshotCreateParams, params, "vms.createSnapshot");
    return this.send("vms.createSnapshot", { id, json, projectId: json.project_id }, options);
  }

  /**
   * The VM's snapshots, with `name`, `created_at` and `size_gb` [doc].
   *
   * @example
   * ```ts
   * for (const snap of await client.vms.snapshots("vm-123")) console.log(snap.name, snap.size_gb);
   * ```
   */
  snapshots(id: string, options?: RequestOptions): Promise<VmSnapshotList> {
    return this.send("vms.snapshots", { id }, options);
  }

  /**
   * Restores the VM from one of its snapshots [doc], and answers the task doing it [assumed];
   * follow it with `client.tasks.wait(task.id)`. **Not retried** after a timeout or a 5xx: a second
   * restore would throw away what changed in between.
   *
   * @example
   * ```ts
   * const task = await client.vms.restoreSnapshot("vm-123", "snap-1001");
   * await client.tasks.wait(task.id);
   * ```
   */
  restoreSnapshot(id: string, snapshotId: string, options?: RequestOptions): Promise<Task> {
    return this.send("vms.restoreSnapshot", { id, params: { snapshot_id: snapshotId } }, options);
  }

  /**
   * Deletes a snapshot [doc]. Resolves with nothing.
   *
   * @example
   * ```ts
   * await client.vms.deleteSnapshot("vm-123", "snap-1001");
   * ```
   */
  deleteSnapshot(id: string, snapshotId: string, options?: RequestOptions): Promise<void> {
    return this.send("vms.deleteSnapshot", { id, params: { snapshot_id: snapshotId } }, options);
  }

  /**
   * Gives the VM a public IP address [doc] and answers the VM with it [assumed]. **Not retried**
   * after a timeout or a 5xx (an address may be billed).
   *
   * @example
   * ```ts
   * const vm = await client.vms.allocatePublicIp("vm-123");
   * console.log(vm.public_ip);
   * ```
   */
  allocatePublicIp(id: string, options?: RequestOptions): Promise<Vm> {
    return this.send("vms.allocatePublicIp", { id }, options);
  }

  /**
   * Releases the VM's public IP address [doc] and answers the VM without it [assumed]. Safe to
   * retry.
   *
   * @example
   * ```ts
   * await client.vms.releasePublicIp("vm-123");
   * ```
   */
  releasePublicIp(id: string, options?: RequestOptions): Promise<Vm> {
    return this.send("vms.releasePublicIp", { id }, options);
  }

  /**
   * Opens a port of the VM's firewall [doc] and answers the rule, with its id. **Not retried**
   * after a timeout or a 5xx (the rule would be added twice).
   *
   * @example
   * ```ts
   * const rule = await client.vms.addFirewallRule("vm-123", { protocol: "tcp", port: 443, source: "0.0.0.0/0" });
   * ```
   */
  async addFirewallRule(
    id: string,
    params: FirewallRuleParams,
    options?: RequestOptions,
  ): Promise<FirewallRule> {
    const json = validateInput(FirewallRuleParams, params, "vms.addFirewallRule");
    return this.send("vms.addFirewallRule", { id, json, projectId: json.project_id }, options);
  }

  /**
   * The VM's firewall rules [doc].
   *
   * @example
   * ```ts
   * const rules = await client.vms.firewallRules("vm-123");
   * ```
   */
  firewallRules(id: string, options?: RequestOptions): Promise<FirewallRuleList> {
    return this.send("vms.firewallRules", { id }, options);
  }

  /**
   * Removes a firewall rule [doc]. Resolves with nothing.
   *
   * @example
   * ```ts
   * await client.vms.removeFirewallRule("vm-123", "fw-1001");
   * ```
   */
  removeFirewallRule(id: string, ruleId: string, options?: RequestOptions): Promise<void> {
    return this.send("vms.removeFirewallRule", { id, params: { rule_id: ruleId } }, options);
  }

  /**
   * The VM's CPU, memory, disk, network and GPU usage [doc].
   *
   * @example
   * ```ts
   * const metrics = await client.vms.metrics("vm-123");
   * console.log(`CPU ${metrics.cpu_usage}%, in ${metrics.network_in_mbps} Mbps`);
   * ```
   */
  metrics(id: string, options?: RequestOptions): Promise<VmMetrics> {
    return this.send("vms.metrics", { id }, options);
  }

  /**
   * A URL of the VM's VNC console and when it expires [doc].
   *
   * @example
   * ```ts
   * const console = await client.vms.console("vm-123");
   * console.log(console.url, console.expires_at);
   * ```
   */
  console(id: string, options?: RequestOptions): Promise<VmConsole> {
    return this.send("vms.console", { id }, options);
  }

  /**
   * Runs a command on the VM, optionally with `sudo` [doc], and answers `exit_code`, `output` and
   * `error`. **Not retried** after a timeout or a 5xx: the command may have run.
   *
   * @example
   * ```ts
   * const result = await client.vms.exec("vm-123", "apt-get update", { sudo: true });
   * ```
   */
  async exec(
    id: string,
    command: string,
    params: VmExecOptions = {},
    options?: RequestOptions,
  ): Promise<ExecResult> {
    const json = validateInput(VmExecParams, { ...params, command }, "vms.exec");
    return this.send("vms.exec", { id, json, projectId: json.project_id }, options);
  }
}
