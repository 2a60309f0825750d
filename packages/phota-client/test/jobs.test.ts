import { HttpResponse, http } from "msw";
import {
  AbortError,
  type Job,
  JobFailedError,
  NotFoundError,
  PhotaError,
  ResponseValidationError,
  WaitTimeoutError,
} from "../src";
import { PHOTA_MOCK_API_KEY, PHOTA_MOCK_JOB_FAILURE_TRIGGER } from "../src/mock";
import { rejectionOf, useClient } from "./client-support";

const { mock, server, sent, makeClient } = useClient();

async function submit(prompt = "a lighthouse") {
  return makeClient().generate({ prompt, async: true });
}

describe("jobs.get", () => {
  it("GETs /jobs/{job_id} with the key and parses the job", async () => {
    const handle = await submit();
    const job = await makeClient().jobs.get(handle.job_id);
    expect(sent[1]?.method).toBe("GET");
    expect(sent[1]?.url.href).toBe(handle.poll_url);
    expect(sent[1]?.headers.get("x-api-key")).toBe(PHOTA_MOCK_API_KEY);
    expect(job).toMatchObject({ job_id: handle.job_id, status: "running" });
  });

  it("accepts the handle itself, and answers the result once succeeded", async () => {
    const handle = await submit();
    const client = makeClient();
    await client.jobs.get(handle);
    const done = await client.jobs.get(handle);
    expect(done.status).toBe("succeeded");
    expect(done.result?.download_urls).toHaveLength(1);
  });

  it("answers NotFoundError for an unknown job", async () => {
    const error = await rejectionOf(makeClient().jobs.get("nope"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain("Job not found");
  });
});

describe("jobs.wait (fake timers)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("polls every `interval` until the job succeeds, then resolves with its result", async () => {
    const handle = await submit();
    const seen: string[] = [];
    const waiting = makeClient().jobs.wait(handle, { interval: 7_000, onPoll: (job: Job) => seen.push(job.status) });
    await jest.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(["running"]);
    await jest.advanceTimersByTimeAsync(6_999);
    expect(seen).toEqual(["running"]);
    await jest.advanceTimersByTimeAsync(1);
    const result = await waiting;
    expect(seen).toEqual(["running", "succeeded"]);
    expect(result.download_urls).toHaveLength(1);
    expect(result.images).toEqual([]);
    expect(result).toEqual(mock.state.jobs.get(handle.job_id)?.result);
  });

  it("polls every 5 s by default", async () => {
    const handle = await submit();
    const waiting = makeClient().jobs.wait(handle.job_id);
    await jest.advanceTimersByTimeAsync(4_999);
    expect(sent).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    await waiting;
    expect(sent).toHaveLength(3);
  });

  it("rejects with JobFailedError carrying the job's error when the job fails", async () => {
    const handle = await submit(`x ${PHOTA_MOCK_JOB_FAILURE_TRIGGER}`);
    const waiting = rejectionOf(makeClient().jobs.wait(handle, { interval: 1_000 }));
    await jest.advanceTimersByTimeAsync(1_000);
    const error = await waiting;
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error).not.toBeInstanceOf(PhotaError);
    const failed = error as JobFailedError;
    expect([failed.jobId, failed.status, failed.code]).toEqual([handle.job_id, "failed", "GENERATION_FAILED"]);
    expect(failed.error).toEqual({ code: "GENERATION_FAILED", detail: "The job failed while generating the images." });
    expect(failed.message).toContain(`Phota job ${handle.job_id} ended with status "failed": The job failed while generating the images.`);
    expect(failed.message).toContain("refunded");
  });

  it("rejects with WaitTimeoutError after `timeout`, keeping the last job seen", async () => {
    server.use(http.get(`${mock.baseURL}/jobs/:id`, () => HttpResponse.json({ job_id: "j1", status: "running" })));
    const waiting = rejectionOf(makeClient().jobs.wait("j1", { interval: 1_000, timeout: 3_500 }));
    await jest.advanceTimersByTimeAsync(3_500);
    const error = await waiting;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toContain("Phota job j1 to finish (last seen: status running)");
    expect((error as WaitTimeoutError).lastValue).toMatchObject({ status: "running" });
    expect(sent).toHaveLength(4);
  });

  it("rejects with AbortError when the signal aborts, and stops polling", async () => {
    const handle = await submit();
    const controller = new AbortController();
    const waiting = rejectionOf(makeClient().jobs.wait(handle, { interval: 10_000, signal: controller.signal }));
    await jest.advanceTimersByTimeAsync(2_000);
    controller.abort();
    const error = await waiting;
    expect(error).toBeInstanceOf(AbortError);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(2);
  });

  it("treats a status it does not know as still running (the fake says `rendering`), then resolves", async () => {
    mock.shapes.jobRunningStatus = "rendering";
    const handle = await submit();
    const seen: string[] = [];
    const waiting = makeClient().jobs.wait(handle, { interval: 1_000, onPoll: (job: Job) => seen.push(job.status) });
    await jest.advanceTimersByTimeAsync(1_000);
    const result = await waiting;
    expect(seen).toEqual(["rendering", "succeeded"]);
    expect(result.download_urls).toHaveLength(1);
  });

  it.each(["failed", "error", "cancelled", "canceled", "expired", "CANCELLED", "Error", "EXPIRED"])(
    "ends the wait on status %s with JobFailedError quoting it and the server's message",
    async (status) => {
      mock.shapes.jobFailedStatus = status;
      const handle = await submit(`x ${PHOTA_MOCK_JOB_FAILURE_TRIGGER}`);
      const waiting = rejectionOf(makeClient().jobs.wait(handle, { interval: 1_000 }));
      await jest.advanceTimersByTimeAsync(1_000);
      const error = await waiting;
      expect(error).toBeInstanceOf(JobFailedError);
      expect((error as JobFailedError).status).toBe(status);
      expect(error.message).toContain(`ended with status "${status}": The job failed while generating the images.`);
      expect(sent).toHaveLength(3);
    },
  );

  it("quotes the job's own message when it has no error field (assumed shape)", async () => {
    server.use(http.get(`${mock.baseURL}/jobs/:id`, () => HttpResponse.json({ job_id: "j3", status: "Expired", message: "Results expired after 24 h." })));
    const error = await rejectionOf(makeClient().jobs.wait("j3"));
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.message).toContain('Phota job j3 ended with status "Expired": Results expired after 24 h.');
  });

  it("names the last status seen in the WaitTimeoutError, an unknown one included", async () => {
    mock.shapes.jobRunningStatus = "rendering";
    const handle = await submit();
    // The fake moves a job one step per poll: keep it at its first step by answering from its state.
    server.use(http.get(`${mock.baseURL}/jobs/:id`, () => HttpResponse.json({ job_id: handle.job_id, status: "rendering" })));
    const waiting = rejectionOf(makeClient().jobs.wait(handle, { interval: 1_000, timeout: 2_500 }));
    await jest.advanceTimersByTimeAsync(2_500);
    const error = await waiting;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toContain(`Phota job ${handle.job_id} to finish (last seen: status rendering)`);
  });

  it("keeps polling through an unknown status, and reports a success without result as an unexpected answer", async () => {
    const answers = [{ status: "rendering" }, { status: "succeeded" }];
    server.use(http.get(`${mock.baseURL}/jobs/:id`, () => HttpResponse.json(answers.shift())));
    const waiting = rejectionOf(makeClient().jobs.wait("j2", { interval: 1_000 }));
    await jest.advanceTimersByTimeAsync(1_000);
    const error = await waiting;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain('Phota job j2 has status "succeeded" but no result');
  });
});
