import * as v from "valibot";
import { JobHandle, PhotaErrorBody } from "../src";
import { field, useMock } from "./support";

const { mock, call } = useMock();
const body = { prompt: "x", output_format: "png", response_mode: "urls", async: true, client_request_id: "k-1" } as const;

describe("failNext", () => {
  it.each([
    [503, /temporarily unavailable/],
    [504, /reserved cost has been refunded/],
    [500, /Internal server error/],
  ])("answers %i with a Phota-style body, then normally", async (status, detail) => {
    mock.failNext({ status });
    const failed = await call("POST", "/generate", { body });
    expect(failed.status).toBe(status);
    const parsed = v.parse(PhotaErrorBody, failed.body);
    expect(parsed.detail).toMatch(detail);
    expect(parsed.request_id).toBe(failed.headers.get("x-request-id"));
    expect(mock.state.chargedCalls).toBe(0);
    expect((await call("POST", "/generate", { body })).status).toBe(202);
    expect(mock.state.chargedCalls).toBe(1);
  });

  it("answers 429 with Retry-After, overridable", async () => {
    mock.failNext({ status: 429 });
    mock.failNext({ status: 429, headers: { "Retry-After": "7" } });
    expect((await call("GET", "/profiles/ids")).headers.get("retry-after")).toBe("1");
    expect((await call("GET", "/profiles/ids")).headers.get("retry-after")).toBe("7");
    expect((await call("GET", "/profiles/ids")).status).toBe(200);
  });

  it("fails `times` requests in a row", async () => {
    mock.failNext({ status: 503, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call("GET", "/webhook-secret")).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it("only fails requests matching path and method", async () => {
    mock.failNext({ status: 503, path: "/jobs", method: "GET" });
    expect((await call("POST", "/generate", { body })).status).toBe(202);
    expect((await call("GET", "/profiles/ids")).status).toBe(200);
    expect((await call("GET", "/jobs/whatever")).status).toBe(503);
    expect((await call("GET", "/jobs/whatever")).status).toBe(404);
  });

  it("uses a custom body and status as given", async () => {
    mock.failNext({ status: 502, body: { message: "upstream" } });
    const answer = await call("GET", "/profiles/ids");
    expect([answer.status, answer.body]).toEqual([502, { message: "upstream" }]);
    expect(answer.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("fails before the key check, like a gateway would", async () => {
    mock.failNext({ status: 503 });
    expect((await call("GET", "/profiles/ids", { key: "wrong" })).status).toBe(503);
  });

  it("with afterProcessing, does the work and loses the answer, so a retry replays it uncharged", async () => {
    mock.failNext({ status: 504, path: "/generate", afterProcessing: true });
    const lost = await call("POST", "/generate", { body });
    expect(lost.status).toBe(504);
    expect(mock.state.jobs.size).toBe(1);
    expect(mock.state.chargedCalls).toBe(1);
    const retry = await call("POST", "/generate", { body });
    expect(retry.status).toBe(202);
    const handle = v.parse(JobHandle, retry.body);
    expect(mock.state.jobs.has(handle.job_id)).toBe(true);
    expect(mock.state.chargedCalls).toBe(1);
  });

  it("is cleared by reset and validates times", async () => {
    mock.failNext({ status: 503, times: 3 });
    mock.reset();
    expect((await call("GET", "/profiles/ids")).status).toBe(200);
    expect(() => mock.failNext({ status: 503, times: 0 })).toThrow(RangeError);
    expect(field(await call("GET", "/jobs/x"), "detail")).toBe("Job not found.");
  });
});
