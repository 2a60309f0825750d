import * as v from "valibot";

/**
 * Options of `pods.logs`: `tail`, the number of last lines [doc: `pods.logs(id, tail=100)`],
 * sent as the `tail` query parameter [assumed].
 *
 * @example
 * ```ts
 * v.parse(PodLogsParams, { tail: 100 });
 * ```
 */
export const PodLogsParams = v.strictObject({
  /** Only the last `tail` lines [doc]. */
  tail: v.optional(
    v.pipe(v.number(), v.integer("tail must be a whole number"), v.minValue(1, "tail must be at least 1")),
  ),
  /** The pod's project, instead of the client's [assumed]. */
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Options of `pods.logs`; see {@link PodLogsParams}. */
export type PodLogsParams = {
  [K in keyof v.InferInput<typeof PodLogsParams>]: v.InferInput<typeof PodLogsParams>[K];
};

const measure = v.nullish(v.number());

/**
 * A pod's resource usage [doc: `gpu_utilization` and `cpu_usage` in %, `gpu_memory_used`,
 * `gpu_memory_total`, `memory_used`, `memory_total` in GB]. All optional: a CPU-only pod has no
 * GPU figures [assumed].
 *
 * @example
 * ```ts
 * const metrics = v.parse(PodMetrics, body);
 * console.log(`GPU ${metrics.gpu_utilization}%`);
 * ```
 */
export const PodMetrics = v.looseObject({
  /** GPU utilisation, % [doc]. */
  gpu_utilization: measure,
  /** GPU memory in use, GB [doc]. */
  gpu_memory_used: measure,
  /** GPU memory in all, GB [doc]. */
  gpu_memory_total: measure,
  /** CPU usage, % [doc]. */
  cpu_usage: measure,
  /** Memory in use, GB [doc]. */
  memory_used: measure,
  /** Memory in all, GB [doc]. */
  memory_total: measure,
});

/** A pod's usage; see {@link PodMetrics}. */
export type PodMetrics = {
  [K in keyof v.InferOutput<typeof PodMetrics>]: v.InferOutput<typeof PodMetrics>[K];
};

/**
 * A VM's resource usage [doc: the pod figures plus `disk_used`, `disk_total` (GB),
 * `network_in_mbps`, `network_out_mbps`].
 *
 * @example
 * ```ts
 * const metrics = v.parse(VmMetrics, body);
 * console.log(`${metrics.disk_used}/${metrics.disk_total} GB`);
 * ```
 */
export const VmMetrics = v.looseObject({
  ...PodMetrics.entries,
  /** Disk in use, GB [doc]. */
  disk_used: measure,
  /** Disk in all, GB [doc]. */
  disk_total: measure,
  /** Inbound traffic, Mbps [doc]. */
  network_in_mbps: measure,
  /** Outbound traffic, Mbps [doc]. */
  network_out_mbps: measure,
});

/** A VM's usage; see {@link VmMetrics}. */
export type VmMetrics = {
  [K in keyof v.InferOutput<typeof VmMetrics>]: v.InferOutput<typeof VmMetrics>[K];
};

/**
 * One event of a pod's history [doc: `timestamp`, `type`, `message`].
 *
 * @example
 * ```ts
 * for (const event of v.parse(PodEventList, body)) console.log(event.timestamp, event.type, event.message);
 * ```
 */
export const PodEvent = v.looseObject({
  /** When it happened [doc], ISO 8601 [assumed]. */
  timestamp: v.string(),
  /** What kind of event, e.g. `Started` [doc; values assumed]. */
  type: v.string(),
  /** What happened, in words [doc]. */
  message: v.string(),
});

/** A pod event; see {@link PodEvent}. */
export type PodEvent = { [K in keyof v.InferOutput<typeof PodEvent>]: v.InferOutput<typeof PodEvent>[K] };

/** The answer of `pods.events`: a bare array [assumed]. */
export const PodEventList = v.array(PodEvent);

/** A list of pod events; see {@link PodEventList}. */
export type PodEventList = PodEvent[];
