import { CloudSdkError } from "@cloud-sdk/auth-core";
import type { Job, JobError } from "../schemas/job";
import type { ProfileStatus } from "../schemas/profile-responses";

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/**
 * The server's words on a failed job: its `error` (a string, or the `detail`, `message` or `code` of
 * an object), else the job's own `message`. Every field is checked for its type, since a body read
 * with `responseValidation: "off"` may hold anything.
 */
function jobErrorText(job: Job): string | undefined {
  const error: unknown = job.error;
  if (typeof error === "object" && error !== null) {
    const record = error as Record<string, unknown>;
    const found = text(record["detail"]) ?? text(record["message"]) ?? text(record["code"]);
    if (found) return found;
  }
  return text(error) ?? text((job as Record<string, unknown>)["message"]);
}

/**
 * An async job ended without a result (`jobs.wait`): its status named a failure (`failed`, `error`,
 * `cancelled`, `canceled`, `expired`, any case). The message quotes the status and the server's own
 * words. Not an HTTP error: polling worked, the job did not. Phota refunds the reserved cost of a
 * failed job.
 *
 * @example
 * ```ts
 * try {
 *   await client.jobs.wait(handle.job_id);
 * } catch (error) {
 *   if (error instanceof JobFailedError) console.error(error.status, error.code, error.error);
 * }
 * ```
 */
export class JobFailedError extends CloudSdkError {
  static override readonly errorType: string = "phota.JobFailedError";

  /** The id of the job that failed. */
  readonly jobId: string;
  /** The job's final status as Phota sent it, e.g. `failed` or `CANCELLED`. */
  readonly status: string;
  /** The job's `error`, as Phota sent it. */
  readonly error: JobError | null | undefined;
  /** The error's `code`, when it has one. */
  readonly code: string | undefined;
  /** The whole job as last polled. */
  readonly job: Job;

  constructor(jobId: string, job: Job) {
    const reason = jobErrorText(job);
    super(
      `Phota job ${jobId} ended with status "${job.status}"${reason ? `: ${reason.replace(/[.\s]+$/, "")}` : ""}. ` +
        "Its reserved cost is refunded; submit it again (with a new client_request_id) or change the request.",
    );
    this.jobId = jobId;
    this.status = job.status;
    this.error = job.error;
    const code = typeof job.error === "object" && job.error !== null ? job.error.code : undefined;
    this.code = typeof code === "string" ? code : undefined;
    this.job = job;
  }
}

/**
 * A profile's training ended in `ERROR` or `INACTIVE` (`profiles.waitUntilReady`). `message` is
 * Phota's explanation, e.g. no subject detected in the training images.
 *
 * @example
 * ```ts
 * try {
 *   await client.profiles.waitUntilReady(profileId);
 * } catch (error) {
 *   if (error instanceof ProfileTrainingError) console.error(error.status, error.statusMessage);
 * }
 * ```
 */
export class ProfileTrainingError extends CloudSdkError {
  static override readonly errorType: string = "phota.ProfileTrainingError";

  /** The id of the profile whose training failed. */
  readonly profileId: string;
  /** `ERROR` or `INACTIVE`. */
  readonly status: string;
  /** Phota's `message` for the state, or `null`. */
  readonly statusMessage: string | null;

  constructor(profile: ProfileStatus) {
    const why = profile.message ? `: ${profile.message.replace(/[.\s]+$/, "")}` : "";
    const advice =
      profile.status === "INACTIVE"
        ? "The profile cannot be used; train a new one with client.profiles.add()."
        : "Train again with client.profiles.add() using clearer photos of one subject (and check the image count for the tier).";
    super(`Phota profile ${profile.profile_id} is ${profile.status}${why}. ${advice}`);
    this.profileId = profile.profile_id;
    this.status = profile.status;
    this.statusMessage = profile.message;
  }
}
