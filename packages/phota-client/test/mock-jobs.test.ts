import * as v from "valibot";
import { ImageResult, Job, JobHandle } from "../src";
import { PHOTA_MOCK_JOB_FAILURE_TRIGGER } from "../src/mock";
import { field, useMock } from "./support";

const { mock, call } = useMock();
const asyncBody = { prompt: "a lighthouse", output_format: "png", response_mode: "urls", async: true } as const;

describe("async jobs", () => {
  it("answers 202 with a JobHandle whose poll_url is the jobs endpoint", async () => {
    const answer = await call("POST", "/generate", { body: asyncBody });
    expect(answer.status).toBe(202);
    const handle = v.parse(JobHandle, answer.body);
    expect(handle.poll_url).toBe(`${mock.baseURL}/jobs/${handle.job_id}`);
    expect(mock.state.jobs.get(handle.job_id)?.endpoint).toBe("/generate");
  });

  it("completes as it is polled: running, then succeeded with the result", async () => {
    const handle = v.parse(JobHandle, (await call("POST", "/generate", { body: asyncBody })).body);
    const first = v.parse(Job, (await call("GET", `/jobs/${handle.job_id}`)).body);
    expect(first.status).toBe("running");
    expect(first.result).toBeUndefined();
    const second = v.parse(Job, (await call("GET", `/jobs/${handle.job_id}`)).body);
    expect(second.status).toBe("succeeded");
    const result = v.parse(ImageResult, second.result);
    expect(result.download_urls).toHaveLength(1);
    expect(result.images).toEqual([]);
    const third = v.parse(Job, (await call("GET", handle.poll_url)).body);
    expect(third).toEqual(second);
  });

  it(`fails a job whose prompt contains ${PHOTA_MOCK_JOB_FAILURE_TRIGGER}, refunding its cost`, async () => {
    const before = mock.state.creditCents;
    const body = { ...asyncBody, prompt: `x ${PHOTA_MOCK_JOB_FAILURE_TRIGGER}` };
    const handle = v.parse(JobHandle, (await call("POST", "/generate", { body })).body);
    expect(mock.state.creditCents).toBe(before - 12);
    await call("GET", `/jobs/${handle.job_id}`);
    const done = v.parse(Job, (await call("GET", `/jobs/${handle.job_id}`)).body);
    expect(done.status).toBe("failed");
    expect(done.error).toEqual({ code: "GENERATION_FAILED", detail: "The job failed while generating the images." });
    expect(done.result).toBeUndefined();
    expect(mock.state.creditCents).toBe(before);
    await call("GET", `/jobs/${handle.job_id}`);
    expect(mock.state.creditCents).toBe(before);
  });

  it("keeps the callback_url and client_request_id on the job", async () => {
    const body = { ...asyncBody, callback_url: "https://hooks.example.com/phota", client_request_id: "cb-1" };
    const handle = v.parse(JobHandle, (await call("POST", "/generate", { body })).body);
    const job = mock.state.jobs.get(handle.job_id);
    expect([job?.callback_url, job?.client_request_id]).toEqual(["https://hooks.example.com/phota", "cb-1"]);
  });

  it("names the running and failed statuses as its shapes say, refunding the failure all the same", async () => {
    mock.shapes.jobRunningStatus = "rendering";
    mock.shapes.jobFailedStatus = "CANCELLED";
    const before = mock.state.creditCents;
    const body = { ...asyncBody, prompt: `x ${PHOTA_MOCK_JOB_FAILURE_TRIGGER}` };
    const handle = v.parse(JobHandle, (await call("POST", "/generate", { body })).body);
    expect(field(await call("GET", `/jobs/${handle.job_id}`), "status")).toBe("rendering");
    const done = await call("GET", `/jobs/${handle.job_id}`);
    expect([field(done, "status"), field(done, "error", "code")]).toEqual(["CANCELLED", "GENERATION_FAILED"]);
    expect(mock.state.creditCents).toBe(before);
    const fine = v.parse(JobHandle, (await call("POST", "/generate", { body: asyncBody })).body);
    await call("GET", `/jobs/${fine.job_id}`);
    expect(field(await call("GET", `/jobs/${fine.job_id}`), "status")).toBe("succeeded");
  });

  it("answers 404 for an unknown job", async () => {
    const answer = await call("GET", "/jobs/does-not-exist");
    expect(answer.status).toBe(404);
    expect(field(answer, "detail")).toBe("Job not found.");
  });
});

describe("idempotency (client_request_id)", () => {
  it("returns the original job for a repeated async submit and charges once", async () => {
    const body = { ...asyncBody, client_request_id: "submit-42" };
    const first = await call("POST", "/generate", { body });
    const second = await call("POST", "/generate", { body });
    expect(second.status).toBe(202);
    expect(second.body).toEqual(first.body);
    expect(mock.state.jobs.size).toBe(1);
    expect(mock.state.chargedCalls).toBe(1);
    expect(mock.state.imageRequests.map((request) => request.replayed)).toEqual([false, true]);
  });

  it("bills a repeated synchronous call again: Phota documents the replay for async submits only", async () => {
    const body = { prompt: "x", output_format: "png", response_mode: "bytes", client_request_id: "sync-1" } as const;
    const first = await call("POST", "/generate", { body });
    const second = await call("POST", "/generate", { body });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).not.toEqual(first.body);
    expect(mock.state.chargedCalls).toBe(2);
    expect(mock.state.imageRequests.map((request) => request.replayed)).toEqual([false, false]);
    expect(mock.state.idempotency.has("sync-1")).toBe(false);
  });

  it("replays even when the credit has run out since", async () => {
    const body = { ...asyncBody, client_request_id: "late-retry" };
    const first = await call("POST", "/generate", { body });
    mock.state.creditCents = 0;
    const retry = await call("POST", "/generate", { body });
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual(first.body);
    expect((await call("POST", "/generate", { body: { ...body, client_request_id: "new" } })).status).toBe(402);
  });

  it("does not remember calls that failed", async () => {
    const body = { prompt: "x MODERATION_TEST", client_request_id: "refused" };
    expect((await call("POST", "/generate", { body })).status).toBe(400);
    expect(mock.state.idempotency.has("refused")).toBe(false);
  });
});
