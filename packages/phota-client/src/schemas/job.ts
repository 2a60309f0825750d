import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { ImageResult } from "./image-result";

/**
 * The 202 answer to an image call with `async: true` (Phota's `JobHandle`): poll `job_id` at
 * `poll_url`. Only these two fields are documented; anything else the server adds passes through.
 *
 * @example
 * ```ts
 * const handle = v.parse(JobHandle, await response.json()); // { job_id, poll_url, ... }
 * ```
 */
export const JobHandle = v.looseObject({
  /** The job's id, for `GET /v1/phota/jobs/{job_id}`. */
  job_id: v.string(),
  /** The URL to poll for the job's state. */
  poll_url: v.string(),
});
/** A parsed job handle. */
export type JobHandle = { [K in keyof v.InferOutput<typeof JobHandle>]: v.InferOutput<typeof JobHandle>[K] };

// ---------------------------------------------------------------------------------------------
// ASSUMED, NOT DOCUMENTED. Phota's docs (v0.7.0) do not show the body of GET /jobs/{job_id}:
// the status values, the field carrying the result and the error field are our guesses, kept in
// this one block so they can be corrected in one place once the live spec has been read. The
// schema is deliberately loose: only `status` is required, every other field is optional.
// ---------------------------------------------------------------------------------------------

/** Job states that mean "done, with a result" (compared in any case). Assumed. */
export const JOB_SUCCEEDED_STATUSES = ["succeeded"] as const;
/**
 * Job states that mean "done, without a result" (compared in any case: `FAILED` counts). Assumed:
 * the usual names of a failed, cancelled or expired job, both spellings of cancelled included.
 */
export const JOB_FAILED_STATUSES = ["failed", "error", "cancelled", "canceled", "expired"] as const;
/**
 * Job states that mean "still working". Assumed. Any state in none of these lists is treated as
 * still working too, so a new state name makes `jobs.wait` keep polling rather than fail.
 */
export const JOB_PENDING_STATUSES = ["queued", "running"] as const;

/** A job's state. Open: the real values are not documented yet (see the note above). */
export const JobStatusValue = openEnum([
  ...JOB_PENDING_STATUSES,
  ...JOB_SUCCEEDED_STATUSES,
  ...JOB_FAILED_STATUSES,
] as const);
/** A job state: the assumed ones, or any string. */
export type JobStatusValue = v.InferOutput<typeof JobStatusValue>;

/** Why a job failed. Assumed: either a message or an error-body-like object. */
export const JobError = v.union([
  v.string(),
  v.looseObject({
    /** Details of the failure, as in an error body. Assumed. */
    detail: v.optional(v.unknown()),
    /** A machine-readable failure code. Assumed. */
    code: v.optional(v.string()),
    /** A human-readable description of the failure. Assumed. */
    message: v.optional(v.string()),
  }),
]);
/** A job's failure description: a message, or an object like an error body; see {@link JobError}. */
export type JobError =
  | string
  | {
      [K in keyof v.InferOutput<(typeof JobError)["options"][1]>]: v.InferOutput<(typeof JobError)["options"][1]>[K];
    };

/**
 * Body of `GET /v1/phota/jobs/{job_id}`. Field names and status values are assumed (see above).
 *
 * @example
 * ```ts
 * const job = v.parse(Job, await response.json());
 * if (isJobSucceeded(job.status)) use(job.result);
 * ```
 */
export const Job = v.looseObject({
  /** The job's id. Assumed. */
  job_id: v.optional(v.string()),
  /** The job's state: see {@link isJobSucceeded} and {@link isJobFailed}. The values are assumed. */
  status: JobStatusValue,
  /** The image result, once the job has succeeded. Assumed. */
  result: v.nullish(ImageResult),
  /** Why the job failed, once it has failed. Assumed. */
  error: v.nullish(JobError),
  /** A human-readable note on the job's state, e.g. why it failed. Assumed. */
  message: v.nullish(v.string()),
  /** When the job was submitted. Assumed. */
  created_at: v.nullish(v.string()),
  /** When the job finished. Assumed. */
  completed_at: v.nullish(v.string()),
});
/** A parsed job. */
export type Job = { [K in keyof v.InferOutput<typeof Job>]: v.InferOutput<typeof Job>[K] };

function isOneOf(list: readonly string[], status: unknown): boolean {
  return typeof status === "string" && list.includes(status.toLowerCase());
}

/**
 * Whether a job state means success (`succeeded`, any case). Takes `unknown`, so a body read with
 * `responseValidation: "off"` is judged without a TypeError.
 *
 * @example
 * ```ts
 * isJobSucceeded("SUCCEEDED"); // true
 * ```
 */
export function isJobSucceeded(status: unknown): boolean {
  return isOneOf(JOB_SUCCEEDED_STATUSES, status);
}

/**
 * Whether a job state means failure: `failed`, `error`, `cancelled`, `canceled` or `expired`, in
 * any case. An unknown state is neither success nor failure: still working.
 *
 * @example
 * ```ts
 * isJobFailed("Cancelled"); // true
 * isJobFailed("rendering"); // false: keep waiting
 * ```
 */
export function isJobFailed(status: unknown): boolean {
  return isOneOf(JOB_FAILED_STATUSES, status);
}
