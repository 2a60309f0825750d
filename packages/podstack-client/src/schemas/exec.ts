import * as v from "valibot";

const command = v.pipe(v.string(), v.nonEmpty("command must not be empty"));
const timeout = v.pipe(
  v.number(),
  v.integer("timeout must be a whole number of seconds"),
  v.minValue(1, "timeout must be at least 1 second"),
);

/**
 * The body of `pods.exec` and `pods.execAsync`: the command and, for `exec`, the server-side time
 * limit in seconds. [doc: `pods.exec(id, cmd, timeout=3600)`, `pods.exec_async(id, cmd)`] The JSON
 * names `command` and `timeout` are [assumed].
 *
 * @example
 * ```ts
 * v.parse(PodExecParams, { command: "nvidia-smi", timeout: 60 });
 * ```
 */
export const PodExecParams = v.strictObject({
  /** The command line to run in the pod, e.g. `"python train.py"` [doc]. */
  command,
  /** How long the command may run, in seconds (the SDK's `timeout=`) [doc]. */
  timeout: v.optional(timeout),
  /** The pod's project, instead of the client's [assumed]. */
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Parameters of `pods.exec`; see {@link PodExecParams}. */
export type PodExecParams = {
  [K in keyof v.InferInput<typeof PodExecParams>]: v.InferInput<typeof PodExecParams>[K];
};

/**
 * The body of `vms.exec`. [doc: `vms.exec(vm_id, cmd, sudo=True)`] JSON names [assumed].
 *
 * @example
 * ```ts
 * v.parse(VmExecParams, { command: "apt-get update", sudo: true });
 * ```
 */
export const VmExecParams = v.strictObject({
  /** The command line to run on the VM [doc]. */
  command,
  /** Run it with sudo [doc]. */
  sudo: v.optional(v.boolean()),
  /** How long the command may run, in seconds [assumed, like `pods.exec`]. */
  timeout: v.optional(timeout),
  /** The VM's project, instead of the client's [assumed]. */
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Parameters of `vms.exec`; see {@link VmExecParams}. */
export type VmExecParams = {
  [K in keyof v.InferInput<typeof VmExecParams>]: v.InferInput<typeof VmExecParams>[K];
};

/**
 * What a command run by `pods.exec` or `vms.exec` left: `exit_code`, `output` (stdout) and `error`
 * (stderr) [doc: the pods page prints all three]. Types are [assumed]; a missing `output` reads as
 * the empty string.
 *
 * @example
 * ```ts
 * const result = v.parse(ExecResult, body);
 * if (result.exit_code !== 0) console.error(result.error);
 * ```
 */
export const ExecResult = v.looseObject({
  /** The command's exit code; 0 for success [doc]. */
  exit_code: v.number(),
  /** What the command wrote to standard output [doc]. */
  output: v.optional(v.string(), ""),
  /** What the command wrote to standard error [doc]; null or absent when nothing [assumed]. */
  error: v.nullish(v.string()),
});

/** The result of a command; see {@link ExecResult}. */
export type ExecResult = {
  [K in keyof v.InferOutput<typeof ExecResult>]: v.InferOutput<typeof ExecResult>[K];
};
