import type { ImageResult } from "../schemas/image-result";
import { fakeNow, nextUuid } from "./ids";
import type { PhotaMockShapes } from "./shapes";
import type { MockJob, PhotaMockState } from "./state";

/** What a new job is made of. */
export interface NewJob {
  endpoint: string;
  result: ImageResult;
  fail: boolean;
  costCents: number;
  callback_url: string | null;
  client_request_id: string | null;
}

/**
 * A new job, `queued`. The 202 that announces it counts as its first read, so the first poll
 * shows `running` and the second the outcome (status names assumed, see `schemas/job.ts`; the
 * running and failed names follow `shapes`).
 */
export function createJob(state: PhotaMockState, shapes: PhotaMockShapes, job: NewJob): MockJob {
  const created: MockJob = {
    job_id: nextUuid(state),
    endpoint: job.endpoint,
    steps: ["queued", shapes.jobRunningStatus, job.fail ? shapes.jobFailedStatus : "succeeded"],
    fails: job.fail,
    position: 1,
    result: job.result,
    error: job.fail ? { code: "GENERATION_FAILED", detail: "The job failed while generating the images." } : null,
    costCents: job.costCents,
    refunded: false,
    callback_url: job.callback_url,
    client_request_id: job.client_request_id,
    created_at: fakeNow(state),
    completed_at: null,
  };
  state.jobs.set(created.job_id, created);
  return created;
}

/** The current status of a job (what the next poll shows), without advancing it. */
export function jobStatus(job: MockJob): string {
  return job.steps[Math.min(job.position, job.steps.length - 1)] ?? "queued";
}

/** The body of `GET /jobs/{id}`; advances the job one step (time moves on reads). */
export function readJob(state: PhotaMockState, job: MockJob): Record<string, unknown> {
  const status = jobStatus(job);
  const done = job.position >= job.steps.length - 1;
  if (!done) job.position += 1;
  const failed = done && job.fails;
  if (done && job.completed_at === null) job.completed_at = fakeNow(state);
  if (failed && !job.refunded) {
    // A failed job gives its reserved cost back.
    state.creditCents += job.costCents;
    job.refunded = true;
  }
  return {
    job_id: job.job_id,
    status,
    created_at: job.created_at,
    ...(done ? { completed_at: job.completed_at } : {}),
    ...(done && !failed ? { result: job.result } : {}),
    ...(failed ? { error: job.error } : {}),
  };
}
