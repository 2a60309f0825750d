import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";

/**
 * Pod states as Podstack's UI documents them: `Creating → Pending → Running → (Stopped) →
 * Terminated`, plus `Failed`. [doc: UI pages]
 *
 * Case: the UI shows these capitalised, while the CLI's JSON output and the SDK's filter examples
 * use lowercase (`"running"`, `"stopped"`). Which one the wire uses is not documented, so
 * {@link PodStatus} accepts both and normalises the known values to the capitalised form above.
 */
export const POD_STATUSES = [
  "Creating",
  "Pending",
  "Running",
  "Stopped",
  "Terminated",
  "Failed",
] as const;

/** Pod states after which a pod will not become `Running` without a new action. */
export const TERMINAL_POD_STATUSES = ["Failed", "Terminated"] as const;

const CANONICAL = new Map<string, string>(
  POD_STATUSES.map((status) => [status.toLowerCase(), status]),
);

/**
 * Maps a known status in any letter case to its capitalised form; an unknown status is returned
 * unchanged (its intended case cannot be known).
 *
 * @example
 * ```ts
 * normalizePodStatus("running"); // "Running"
 * normalizePodStatus("HIBERNATING"); // "HIBERNATING"
 * ```
 */
export function normalizePodStatus(status: string): string {
  return CANONICAL.get(status.trim().toLowerCase()) ?? status;
}

/**
 * A pod's status: any string, with the known values normalised to `Creating`, `Pending`,
 * `Running`, `Stopped`, `Terminated` or `Failed` whatever their case on the wire.
 *
 * @example
 * ```ts
 * v.parse(PodStatus, "running"); // "Running"
 * ```
 */
export const PodStatus = v.pipe(
  v.string(),
  v.transform(normalizePodStatus),
  openEnum(POD_STATUSES),
);

/** A pod status: one of {@link POD_STATUSES}, or a string a newer API version added. */
export type PodStatus = v.InferOutput<typeof PodStatus>;

/**
 * Whether two statuses are the same state, ignoring letter case.
 *
 * @example
 * ```ts
 * isPodStatus("RUNNING", "Running"); // true
 * ```
 */
export function isPodStatus(status: string, expected: PodStatus): boolean {
  return status.trim().toLowerCase() === expected.trim().toLowerCase();
}
