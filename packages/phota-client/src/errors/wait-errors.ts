import { CloudSdkError } from "@cloud-sdk/auth-core";
import type { Job, JobError } from "../schemas/job";
import type { ProfileStatus } from "../schemas/profile-responses";

function jobErrorText(error: JobError | null | undefined): string | undefined {
  if (typeof error === "string") return error;
  if (!error) return undefined;
  const detail = typeof error.detail === "string" ? error.detail : undefined;
  return detail ?? error.message ?? error.code;
}

/**
 * An async job ended without a result (`jobs.wait`). Not an HTTP error: polling worked, the job did
 * not. Phota refunds the reserved cost of a failed job.
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
  /** The job's final status, e.g. `failed`. */
  readonly status: string;
  /** The job's `error`, as Phota sent it. */
  readonly error: JobError | null | undefined;
  /** The error's `code`, when it has one. */
  readonly code: string | undefined;
  /** The whole job as last polled. */
  readonly job: Job;

  constructor(jobId: string, job: Job) {
    const reason = jobErrorText(job.error);
    super(
      `Phota job ${jobId} ended with status "${job.status}"${reason ? `: ${reason.replace(/[.\s]+$/, "")}` : ""}. ` +
        "Its reserved cost is refunded; submit it again (with a new client_request_id) or change the request.",
    );
    this.jobId = jobId;
    this.status = job.status;
    this.error = job.error;
    this.code = typeof job.error === "object" && job.error !== null ? job.error.code : undefined;
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
