import { type RequestOptions, ResponseValidationError, poll } from "@cloud-sdk/auth-core";
import { JobFailedError } from "../errors/wait-errors";
import { Job, type JobHandle, isJobFailed, isJobSucceeded } from "../schemas/job";
import { type ResourceContext, type WaitOptions, quickCallOptions } from "./context";
import type { UrlsImageResult } from "./image-types";

/** Default pause between two polls of a job: a synchronous call takes ~50 s, so 5 s is plenty. */
export const JOB_POLL_INTERVAL_MS = 5_000;
/** Default limit of `jobs.wait`: async jobs get a larger budget than the 600 s of a synchronous call. */
export const JOB_WAIT_TIMEOUT_MS = 30 * 60_000;

/** Options of `jobs.wait`. */
export interface JobWaitOptions extends WaitOptions {
  /** Called with each polled job, e.g. to show progress. */
  onPoll?: ((job: Job, attempt: number) => void) | undefined;
}

function idOf(job: string | JobHandle): string {
  return typeof job === "string" ? job : job.job_id;
}

/** A polled job's status, read without trusting the shape (`responseValidation: "off"` may hand back anything). */
function statusOf(job: unknown): unknown {
  return typeof job === "object" && job !== null ? (job as Record<string, unknown>)["status"] : undefined;
}

/**
 * Async jobs: an image call with `async: true` answers a job handle at once; poll it here.
 * The job's body is not documented by Phota yet: the status names (`queued`, `running`,
 * `succeeded`, `failed`, …) and the `result`/`error` fields are assumptions (see `schemas/job.ts`).
 * So `wait` reads statuses in any case and treats a status it does not know as still running.
 */
export class Jobs {
  readonly #context: ResourceContext;

  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * `GET /jobs/{job_id}`: the job's current state (and its `result` once it has succeeded).
   *
   * @example
   * ```ts
   * const handle = await client.generate({ prompt: "a lighthouse", async: true });
   * const job = await client.jobs.get(handle.job_id);
   * console.log(job.status);
   * ```
   */
  get(job: string | JobHandle, options?: RequestOptions): Promise<Job> {
    return this.#context.transport.request({
      ...quickCallOptions(this.#context, options),
      operation: "jobs.get",
      method: "GET",
      path: "/jobs/{job_id}",
      pathParams: { job_id: idOf(job) },
      schema: Job,
    });
  }

  /**
   * Polls a job until it ends and resolves with its result (signed URLs, valid 24 h). A status it
   * does not know counts as still running. Rejects with `JobFailedError` when the status names a
   * failure (`failed`, `error`, `cancelled`, `canceled`, `expired`, any case), quoting the status
   * and the server's message; `WaitTimeoutError` after `timeout` (default 30 min; the job keeps
   * running), naming the last status seen; or `AbortError` when `signal` aborts.
   *
   * @example
   * ```ts
   * const handle = await client.edit({ images: [url], prompt: "studio portrait", async: true });
   * const result = await client.jobs.wait(handle, { interval: 5_000, timeout: 20 * 60_000 });
   * console.log(result.download_urls);
   * ```
   */
  async wait(job: string | JobHandle, options: JobWaitOptions = {}): Promise<UrlsImageResult> {
    const jobId = idOf(job);
    const done = await poll({
      operation: "jobs.wait",
      description: `Phota job ${jobId} to finish`,
      fetch: (signal) => this.get(jobId, { signal, maxRetries: options.maxRetries, headers: options.headers }),
      isDone: (value) => isJobSucceeded(statusOf(value)),
      failure: (value) => (isJobFailed(statusOf(value)) ? new JobFailedError(jobId, value) : undefined),
      describe: (value) => `status ${String(statusOf(value) ?? "(none)")}`,
      interval: options.interval ?? JOB_POLL_INTERVAL_MS,
      timeout: options.timeout ?? JOB_WAIT_TIMEOUT_MS,
      signal: options.signal,
      onPoll: options.onPoll,
    });
    if (!done.result) {
      throw new ResponseValidationError(
        `Phota job ${jobId} has status "${String(statusOf(done))}" but no result. The API may have changed; please report it to the SDK maintainers.`,
        { operation: "jobs.wait", body: done, status: 200 },
      );
    }
    // Async jobs always answer in "urls" mode (Phota requires it for async: true).
    return done.result as UrlsImageResult;
  }
}
