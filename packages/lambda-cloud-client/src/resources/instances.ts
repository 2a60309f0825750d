import { type RateLimiter, type RequestOptions, type Transport, validateInput, validateQuery } from "@cloud-sdk/auth-core";
import type { Instance } from "../schemas/instance.js";
import type { InstanceLaunchResponse, InstanceRestartResponse, InstanceTerminateResponse } from "../schemas/instance-operations.js";
import {
  InstanceIdsRequest,
  LaunchInstanceRequest,
  ListInstancesQuery,
  UpdateInstanceRequest,
} from "../schemas/instance-requests.js";
import { defineOperation, send } from "./operation.js";

// Every answer that carries instances carries their `jupyter_token` (and a `jupyter_url` holding it),
// the secret that logs into the instance's JupyterLab: a drifted body must not put it on an error.
const sensitiveResponse = true;
const LIST = defineOperation("instances.list", "listInstances", { sensitiveResponse });
const GET = defineOperation("instances.get", "getInstance", { sensitiveResponse });
// Renaming twice to the same name is harmless: last write wins.
const UPDATE = defineOperation("instances.update", "postInstance", { idempotent: true, sensitiveResponse });
// No idempotency key exists: a repeated launch after a lost answer starts a second billing machine.
const LAUNCH = defineOperation("instances.launch", "launchInstance", { idempotent: false });
// Each call restarts again.
const RESTART = defineOperation("instances.restart", "restartInstance", { idempotent: false, sensitiveResponse });
// Terminating twice ends in the same state (a repeat may answer 404: already gone).
const TERMINATE = defineOperation("instances.terminate", "terminateInstance", { idempotent: true, sensitiveResponse });

/**
 * GPU instances: list, read, rename, launch, restart, terminate.
 *
 * @example
 * ```ts
 * const { instance_ids } = await client.instances.launch({
 *   region_name: "us-west-1",
 *   instance_type_name: "gpu_1x_a10",
 *   ssh_key_names: ["my-key"],
 * });
 * ```
 */
export class Instances {
  readonly #transport: Transport;
  readonly #launchLimiters: readonly RateLimiter[] | undefined;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport, launchLimiter: RateLimiter | undefined) {
    this.#transport = transport;
    this.#launchLimiters = launchLimiter ? [launchLimiter] : undefined;
  }

  /**
   * Every instance of the account (booting, active, terminating, …), or only those of one
   * 1-Click Cluster. `GET /instances`.
   *
   * @example
   * ```ts
   * for (const instance of await client.instances.list()) console.log(instance.id, instance.status, instance.ip);
   * ```
   */
  async list(params?: ListInstancesQuery, options?: RequestOptions): Promise<Instance[]> {
    if (params === undefined) return (await send(this.#transport, LIST, undefined, options)).data;
    const query = validateQuery(ListInstancesQuery, params, LIST.operation);
    return (await send(this.#transport, LIST, { query }, options)).data;
  }

  /**
   * One instance. `ip`, `private_ip`, `hostname` and `jupyter_*` are absent while it boots.
   * `GET /instances/{id}`.
   *
   * @example
   * ```ts
   * const instance = await client.instances.get("0920582c7ff041399e34823a0be62549");
   * if (instance.status === "active") console.log(`ssh ubuntu@${instance.ip}`);
   * ```
   */
  async get(id: string, options?: RequestOptions): Promise<Instance> {
    return (await send(this.#transport, GET, { pathParams: { id } }, options)).data;
  }

  /**
   * Renames an instance (the only field the API lets you change). `POST /instances/{id}`.
   *
   * @example
   * ```ts
   * const renamed = await client.instances.update("0920582c7ff041399e34823a0be62549", { name: "trainer" });
   * ```
   */
  async update(id: string, params: UpdateInstanceRequest, options?: RequestOptions): Promise<Instance> {
    const json = validateInput(UpdateInstanceRequest, params, UPDATE.operation);
    return (await send(this.#transport, UPDATE, { pathParams: { id }, json }, options)).data;
  }

  /**
   * Launches an instance (it starts billing). Never retried automatically once the request may
   * have reached Lambda, except after a 429: if it fails ambiguously (a 5xx, a timeout, a broken
   * connection), list the instances and look for the `name` or tag you gave it before launching
   * again. `POST /instance-operations/launch`.
   *
   * @example
   * ```ts
   * const token = crypto.randomUUID();
   * const { instance_ids } = await client.instances.launch({
   *   region_name: "us-west-1",
   *   instance_type_name: "gpu_1x_a10",
   *   ssh_key_names: ["my-key"],
   *   name: "training-run-42",
   *   tags: [{ key: "client-token", value: token }],
   * });
   * ```
   */
  async launch(params: LaunchInstanceRequest, options?: RequestOptions): Promise<InstanceLaunchResponse> {
    const json = validateInput(LaunchInstanceRequest, params, LAUNCH.operation);
    return (await send(this.#transport, LAUNCH, { json, rateLimiters: this.#launchLimiters }, options)).data;
  }

  /**
   * Restarts instances. Not retried automatically: each call restarts again. A 409
   * `global/conflict` means an action is already under way. `POST /instance-operations/restart`.
   *
   * @example
   * ```ts
   * const { restarted_instances } = await client.instances.restart(["0920582c7ff041399e34823a0be62549"]);
   * ```
   */
  async restart(instance_ids: readonly string[], options?: RequestOptions): Promise<InstanceRestartResponse> {
    const json = validateInput(InstanceIdsRequest, { instance_ids }, RESTART.operation);
    return (await send(this.#transport, RESTART, { json }, options)).data;
  }

  /**
   * Terminates instances (billing stops; their disks are erased). The answer may not list every
   * id asked for: compare. After a retry, a `NotFoundError` means the instance is already gone.
   * `POST /instance-operations/terminate`.
   *
   * @example
   * ```ts
   * const { terminated_instances } = await client.instances.terminate(["0920582c7ff041399e34823a0be62549"]);
   * ```
   */
  async terminate(instance_ids: readonly string[], options?: RequestOptions): Promise<InstanceTerminateResponse> {
    const json = validateInput(InstanceIdsRequest, { instance_ids }, TERMINATE.operation);
    return (await send(this.#transport, TERMINATE, { json }, options)).data;
  }
}
