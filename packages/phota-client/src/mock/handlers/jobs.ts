import type { HttpHandler } from "msw";
import type { MockConfig } from "../context";
import { readJob } from "../job-store";
import { detailError, json } from "../respond";
import { param, route } from "../route";
import type { PhotaMockState } from "../state";

/** `GET /jobs/{job_id}`: each poll moves the job one step towards its outcome. */
export function jobHandlers(state: PhotaMockState, config: MockConfig): HttpHandler[] {
  return [
    route(state, config, "get", "/jobs/:job_id", (args) => {
      const job = state.jobs.get(param(args, "job_id"));
      if (!job) return detailError(args.ctx, 404, "Job not found.");
      return json(args.ctx, readJob(state, job));
    }),
  ];
}
