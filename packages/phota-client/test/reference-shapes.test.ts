// Shapes that vercel/ai `packages/phota` (the unpublished `@ai-sdk/phota`) shows and Phota's own
// examples do not: `known_subjects: null` (its test fixtures) or absent, and a profile status
// without `message` (its response schemas declare both `.nullish()`). Through the client and the fake.
import * as v from "valibot";
import { ImageResult, Job, ProfileStatus } from "../src";
import { READY_PROFILE, useClient } from "./client-support";
import { aiSdkGenerateResponse } from "./fixtures/studio";
import { field } from "./support";

const { mock, call, makeClient } = useClient({
  seed: { profiles: [{ profile_id: READY_PROFILE }, { profile_id: "p-training", status: "IN_PROGRESS" }] },
});

describe("known_subjects: null or absent (vercel/ai packages/phota)", () => {
  it("the fake answers known_subjects: null like the reference's generate fixture, and only when nobody is recognised", async () => {
    mock.shapes.knownSubjects = "null";
    const plain = await call("POST", "/generate", { body: { prompt: "a lighthouse", output_format: "png" } });
    expect(Object.keys(plain.body as object).sort()).toEqual(Object.keys({ ...aiSdkGenerateResponse, download_urls: [] }).sort());
    expect(field(plain, "known_subjects")).toBeNull();
    const withIdentity = await call("POST", "/generate", { body: { prompt: `[[${READY_PROFILE}]] hiking`, output_format: "png" } });
    expect(field(withIdentity, "known_subjects")).toEqual({ counts: { [READY_PROFILE]: 1 } });
  });

  it("the fake leaves known_subjects out when asked, and the answer still parses", async () => {
    mock.shapes.knownSubjects = "absent";
    const answer = await call("POST", "/enhance", { body: { image: "https://example.com/a.jpg", output_format: "png" } });
    expect(answer.body).not.toHaveProperty("known_subjects");
    expect(v.parse(ImageResult, answer.body).known_subjects).toEqual({ counts: {} });
  });

  it.each(["null", "absent"] as const)("the client reads known_subjects %s as no recognised profile, on all four calls", async (shape) => {
    mock.shapes.knownSubjects = shape;
    const client = makeClient();
    const url = "https://example.com/a.jpg";
    const results = [
      await client.edit({ images: [url] }),
      await client.generate({ prompt: "a lighthouse" }),
      await client.enhance({ image: url }),
      await client.remix({ input_image: url, reference_image: url }),
    ];
    for (const result of results) {
      expect(result.known_subjects).toEqual({ counts: {} });
      expect(result.images).toHaveLength(1);
    }
  });

  it.each(["null", "absent"] as const)("jobs.get and jobs.wait read a job result whose known_subjects is %s", async (shape) => {
    mock.shapes.knownSubjects = shape;
    const client = makeClient();
    const handle = await client.generate({ prompt: "a lighthouse", async: true });
    const raw = mock.state.jobs.get(handle.job_id)?.result as Record<string, unknown>;
    expect(Object.hasOwn(raw, "known_subjects")).toBe(shape === "null");
    const result = await client.jobs.wait(handle, { interval: 1 });
    expect(result.known_subjects).toEqual({ counts: {} });
    expect(result.download_urls).toHaveLength(1);
    const job = await client.jobs.get(handle);
    expect(v.parse(Job, job).result?.known_subjects).toEqual({ counts: {} });
  });
});

describe("ProfileStatus.message absent (vercel/ai packages/phota)", () => {
  it("the fake leaves message out when there is nothing to say, if asked", async () => {
    mock.shapes.profileStatusMessage = "absent";
    const answer = await call("GET", `/profiles/${READY_PROFILE}/status`);
    expect(answer.body).toEqual({ profile_id: READY_PROFILE, status: "READY" });
    expect(v.parse(ProfileStatus, answer.body).message).toBeNull();
  });

  it("the client reads it as message null, in status and in waitUntilReady", async () => {
    mock.shapes.profileStatusMessage = "absent";
    const client = makeClient();
    expect(await client.profiles.status(READY_PROFILE)).toEqual({ profile_id: READY_PROFILE, status: "READY", message: null });
    const seen: (string | null)[] = [];
    const ready = await client.profiles.waitUntilReady("p-training", { interval: 1, onPoll: (status) => seen.push(status.message) });
    expect(ready).toEqual({ profile_id: "p-training", status: "READY", message: null });
    expect(seen).toEqual([null, null]);
  });

  it("reset() restores the shapes the fake was created with", async () => {
    mock.shapes.profileStatusMessage = "absent";
    mock.reset();
    expect(mock.shapes.profileStatusMessage).toBe("null");
    expect((await call("GET", `/profiles/${READY_PROFILE}/status`)).body).toEqual({ profile_id: READY_PROFILE, status: "READY", message: null });
  });
});
