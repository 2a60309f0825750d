import {
  AbortError,
  NotFoundError,
  ProfileTrainingError,
  RequestValidationError,
  ValidationError,
  WaitTimeoutError,
  profileEntryId,
} from "../src";
import { PHOTA_MOCK_API_KEY } from "../src/mock";
import { READY_PROFILE, rejectionOf, useClient } from "./client-support";
import { JPEG_MAGIC, startsWith } from "./support";

const { mock, sent, sentJson, makeClient } = useClient({
  seed: {
    profiles: [
      { profile_id: READY_PROFILE, tag: "user_123" },
      { profile_id: "p-training", tag: "user_456", status: "VALIDATING" },
      { profile_id: "p-error", status: "QUEUING", outcome: "ERROR", message: "No subject detected in the training images." },
      { profile_id: "p-inactive", status: "INACTIVE" },
    ],
  },
});
const BASE = "https://api.photalabs.com/v1/phota";
const urls = Array.from({ length: 6 }, (_, i) => `https://example.com/me-${i}.jpg`);

describe("profiles", () => {
  it("add: POSTs /profiles/add with the fields and answers { profile_id }", async () => {
    const answer = await makeClient().profiles.add({ image_urls: urls, training_tier: "fast", tag: "user_789" });
    expect([sent[0]?.method, sent[0]?.url.href]).toEqual(["POST", `${BASE}/profiles/add`]);
    expect(sent[0]?.headers.get("x-api-key")).toBe(PHOTA_MOCK_API_KEY);
    expect(await sentJson()).toEqual({ image_urls: urls, training_tier: "fast", tag: "user_789" });
    expect(Object.keys(answer)).toEqual(["profile_id"]);
    expect(mock.state.profiles.get(answer.profile_id)).toMatchObject({ tag: "user_789", training_tier: "fast" });
  });

  it("add: refuses non-https URLs before sending, even next to an unknown field", async () => {
    const insecure = await rejectionOf(makeClient().profiles.add({ image_urls: ["http://example.com/a.jpg"] }));
    expect(insecure).toBeInstanceOf(RequestValidationError);
    expect(insecure.message).toContain("image_urls[0]");
    const both = await rejectionOf(makeClient().profiles.add({ image_urls: ["http://example.com/a.jpg"], name: "me" } as never));
    expect((both as RequestValidationError).issues.map((issue) => issue.path)).toEqual(["image_urls[0]"]);
    expect(sent).toHaveLength(0);
  });

  it("add: sends an unknown field as given; the fake (FastAPI-style) answers 422 and bills nothing", async () => {
    const unknown = await rejectionOf(makeClient().profiles.add({ image_urls: urls, name: "me" } as never));
    expect(sent).toHaveLength(1);
    expect(JSON.parse(await sent[0]!.body)).toEqual({ image_urls: urls, name: "me" });
    expect(unknown).toBeInstanceOf(ValidationError);
    expect((unknown as ValidationError).issues.map((issue) => issue.loc)).toEqual([["body", "name"]]);
    expect(mock.state.chargedCalls).toBe(0);
  });

  it("list: sends an unknown query field as given (FastAPI ignores it)", async () => {
    const { profiles } = await makeClient().profiles.list({ tag: "user_123", page_size: 5 } as never);
    expect(sent[0]?.url.searchParams.get("page_size")).toBe("5");
    expect(profiles.map(profileEntryId)).toEqual([READY_PROFILE]);
  });

  it("list: GETs /profiles/ids, with ?tag= when given", async () => {
    const client = makeClient();
    const all = await client.profiles.list();
    const tagged = await client.profiles.list({ tag: "user_123" });
    expect(sent.map((request) => request.url.href)).toEqual([`${BASE}/profiles/ids`, `${BASE}/profiles/ids?tag=user_123`]);
    expect(all.profiles).toHaveLength(4);
    expect(tagged.profiles.map(profileEntryId)).toEqual([READY_PROFILE]);
  });

  it("status: GETs /profiles/{id}/status", async () => {
    const status = await makeClient().profiles.status("p-training");
    expect(sent[0]?.url.href).toBe(`${BASE}/profiles/p-training/status`);
    expect(status).toEqual({ profile_id: "p-training", status: "VALIDATING", message: null });
  });

  it("status: encodes the id into the path", async () => {
    await rejectionOf(makeClient().profiles.status("a/../b"));
    expect(sent[0]?.url.pathname).toBe("/v1/phota/profiles/a%2F..%2Fb/status");
  });

  it("delete: DELETEs /profiles/{id}; the profile is gone afterwards", async () => {
    const client = makeClient();
    expect(await client.profiles.delete(READY_PROFILE)).toEqual({ profile_id: READY_PROFILE, status: "ok" });
    expect([sent[0]?.method, sent[0]?.url.href]).toEqual(["DELETE", `${BASE}/profiles/${READY_PROFILE}`]);
    expect(await rejectionOf(client.profiles.status(READY_PROFILE))).toBeInstanceOf(NotFoundError);
  });

  it("picture: answers the JPEG bytes", async () => {
    const picture = await makeClient().profiles.picture(READY_PROFILE);
    expect(sent[0]?.url.href).toBe(`${BASE}/profiles/${READY_PROFILE}/profile_picture`);
    expect(picture).toBeInstanceOf(Uint8Array);
    expect(startsWith(picture, JPEG_MAGIC)).toBe(true);
  });
});

describe("profiles.waitUntilReady (fake timers)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("polls every 15 s by default through VALIDATING, QUEUING, IN_PROGRESS and resolves on READY", async () => {
    const seen: string[] = [];
    const waiting = makeClient().profiles.waitUntilReady("p-training", { onPoll: (profile) => seen.push(profile.status) });
    await jest.advanceTimersByTimeAsync(14_999);
    expect(seen).toEqual(["VALIDATING"]);
    await jest.advanceTimersByTimeAsync(1 + 15_000 * 2);
    const ready = await waiting;
    expect(seen).toEqual(["VALIDATING", "QUEUING", "IN_PROGRESS", "READY"]);
    expect(ready).toEqual({ profile_id: "p-training", status: "READY", message: null });
  });

  it("rejects with ProfileTrainingError on ERROR, carrying status and message", async () => {
    const waiting = rejectionOf(makeClient().profiles.waitUntilReady("p-error", { interval: 10_000 }));
    await jest.advanceTimersByTimeAsync(20_000);
    const error = await waiting;
    expect(error).toBeInstanceOf(ProfileTrainingError);
    const training = error as ProfileTrainingError;
    expect([training.profileId, training.status, training.statusMessage]).toEqual([
      "p-error",
      "ERROR",
      "No subject detected in the training images.",
    ]);
    expect(training.message).toContain("Phota profile p-error is ERROR: No subject detected in the training images.");
  });

  it("rejects with ProfileTrainingError on INACTIVE", async () => {
    const error = await rejectionOf(makeClient().profiles.waitUntilReady("p-inactive"));
    expect(error).toBeInstanceOf(ProfileTrainingError);
    expect((error as ProfileTrainingError).status).toBe("INACTIVE");
    expect(error.message).toContain("train a new one");
  });

  it("rejects with WaitTimeoutError after `timeout`", async () => {
    const waiting = rejectionOf(makeClient().profiles.waitUntilReady("p-training", { interval: 10_000, timeout: 25_000 }));
    await jest.advanceTimersByTimeAsync(25_000);
    const error = await waiting;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toContain("Phota profile p-training to be READY (last seen: status IN_PROGRESS)");
  });

  it("rejects with AbortError when the signal aborts", async () => {
    const controller = new AbortController();
    const waiting = rejectionOf(makeClient().profiles.waitUntilReady("p-training", { signal: controller.signal }));
    await jest.advanceTimersByTimeAsync(1_000);
    controller.abort();
    expect(await waiting).toBeInstanceOf(AbortError);
    await jest.advanceTimersByTimeAsync(120_000);
    expect(sent).toHaveLength(1);
  });

  it("rejects with the API error when a poll fails for good", async () => {
    const error = await rejectionOf(makeClient().profiles.waitUntilReady("no-such-profile"));
    expect(error).toBeInstanceOf(NotFoundError);
  });
});
