import * as v from "valibot";
import {
  AddProfileResponse,
  DeleteProfileResponse,
  ImageResult,
  Job,
  JobHandle,
  PhotaErrorBody,
  ProfileList,
  ProfileStatus,
  WebhookSecretResponse,
  isContentModeration,
  isJobFailed,
  isJobSucceeded,
  profileEntryId,
  webhookSecretValue,
} from "../src";
import { contentModeration400, missingKey403, unauthorized401, validation422 } from "./fixtures/errors";
import { assumedSucceededJob, jobHandle } from "./fixtures/jobs";
import {
  addProfileResponse,
  aiSdkProfileStatusWithoutMessage,
  deleteProfileResponse,
  profileListEmpty,
  profileStatusError,
  profileStatusInProgress,
} from "./fixtures/profiles";
import {
  aiSdkEnhanceResponseWithoutSubjects,
  aiSdkGenerateResponse,
  editResponseBytes,
  editResponseUrls,
  generateResponseNoSubjects,
} from "./fixtures/studio";

function without<T extends object>(body: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...body };
  delete copy[key];
  return copy;
}

describe("fixtures parse", () => {
  it.each([
    ["ImageResult bytes", ImageResult, editResponseBytes],
    ["ImageResult urls", ImageResult, editResponseUrls],
    ["ImageResult no subjects", ImageResult, generateResponseNoSubjects],
    ["JobHandle", JobHandle, jobHandle],
    ["Job (assumed shape)", Job, assumedSucceededJob],
    ["AddProfileResponse", AddProfileResponse, addProfileResponse],
    ["ProfileList", ProfileList, profileListEmpty],
    ["ProfileStatus in progress", ProfileStatus, profileStatusInProgress],
    ["ProfileStatus error", ProfileStatus, profileStatusError],
    ["DeleteProfileResponse", DeleteProfileResponse, deleteProfileResponse],
    ["401", PhotaErrorBody, unauthorized401],
    ["403", PhotaErrorBody, missingKey403],
    ["moderation", PhotaErrorBody, contentModeration400],
    ["422", PhotaErrorBody, validation422],
  ] as const)("%s", (_name, schema, fixture) => {
    expect(v.parse(schema as v.GenericSchema, fixture)).toEqual(fixture);
  });
});

describe("missing required fields are rejected", () => {
  it.each([
    ["JobHandle.job_id", JobHandle, without(jobHandle, "job_id")],
    ["JobHandle.poll_url", JobHandle, without(jobHandle, "poll_url")],
    ["Job.status", Job, without(assumedSucceededJob, "status")],
    ["AddProfileResponse.profile_id", AddProfileResponse, {}],
    ["ProfileList.profiles", ProfileList, {}],
    ["ProfileStatus.status", ProfileStatus, without(profileStatusInProgress, "status")],
    ["DeleteProfileResponse.status", DeleteProfileResponse, without(deleteProfileResponse, "status")],
    ["PhotaErrorBody.detail", PhotaErrorBody, { request_id: "r" }],
  ] as const)("%s", (_name, schema, body) => {
    expect(v.safeParse(schema as v.GenericSchema, body).success).toBe(false);
  });
});

describe("shapes of vercel/ai packages/phota (@ai-sdk/phota) that Phota's own examples do not show", () => {
  it("reads known_subjects: null (its generate fixture) as no recognised profile", () => {
    expect(v.parse(ImageResult, aiSdkGenerateResponse)).toEqual({
      images: aiSdkGenerateResponse.images,
      known_subjects: { counts: {} },
      download_urls: [],
    });
  });

  it("reads an absent known_subjects (its schema says nullish) the same way", () => {
    expect(v.parse(ImageResult, aiSdkEnhanceResponseWithoutSubjects).known_subjects).toEqual({ counts: {} });
  });

  it("reads a job result whose known_subjects is null or absent", () => {
    for (const result of [aiSdkGenerateResponse, aiSdkEnhanceResponseWithoutSubjects]) {
      expect(v.parse(Job, { status: "succeeded", result }).result?.known_subjects).toEqual({ counts: {} });
    }
  });

  it("reads a profile status without message (its schema says nullish) as message null", () => {
    expect(v.parse(ProfileStatus, aiSdkProfileStatusWithoutMessage)).toEqual({ ...aiSdkProfileStatusWithoutMessage, message: null });
  });

  it("still rejects a known_subjects of the wrong type", () => {
    expect(v.safeParse(ImageResult, { ...aiSdkGenerateResponse, known_subjects: "none" }).success).toBe(false);
    expect(v.safeParse(ProfileStatus, { ...aiSdkProfileStatusWithoutMessage, message: 42 }).success).toBe(false);
  });
});

describe("extra fields pass through", () => {
  it("keeps unknown fields on responses", () => {
    expect(v.parse(ImageResult, { ...editResponseUrls, seed: 42 })).toMatchObject({ seed: 42 });
    expect(v.parse(JobHandle, { ...jobHandle, status: "queued", eta_seconds: 30 })).toMatchObject({ eta_seconds: 30 });
    expect(v.parse(ProfileStatus, { ...profileStatusInProgress, progress: 0.5 })).toMatchObject({ progress: 0.5 });
    expect(v.parse(ImageResult, { ...editResponseUrls, known_subjects: { counts: {}, unknown: 1 } }).known_subjects).toEqual({
      counts: {},
      unknown: 1,
    });
  });

  it("accepts status values it does not know yet", () => {
    expect(v.parse(ProfileStatus, { ...profileStatusInProgress, status: "ARCHIVED" }).status).toBe("ARCHIVED");
    expect(v.parse(Job, { status: "paused" }).status).toBe("paused");
  });
});

describe("ImageResult", () => {
  it("reads a missing or null list as empty", () => {
    const parsed = v.parse(ImageResult, { known_subjects: { counts: {} }, images: null });
    expect(parsed.images).toEqual([]);
    expect(parsed.download_urls).toEqual([]);
  });

  it("rejects non-numeric counts", () => {
    expect(v.safeParse(ImageResult, { known_subjects: { counts: { p: "1" } } }).success).toBe(false);
  });
});

describe("helpers for undocumented shapes", () => {
  it("reads profile ids from strings or objects", () => {
    const list = v.parse(ProfileList, { profiles: ["a", { profile_id: "b", tag: "t" }, { id: "c" }, { name: "x" }] });
    expect(list.profiles.map(profileEntryId)).toEqual(["a", "b", "c", undefined]);
  });

  it("finds the webhook secret under its likely names", () => {
    expect(webhookSecretValue(v.parse(WebhookSecretResponse, { webhook_secret: "s1" }))).toBe("s1");
    expect(webhookSecretValue(v.parse(WebhookSecretResponse, { secret: "s2" }))).toBe("s2");
    expect(webhookSecretValue(v.parse(WebhookSecretResponse, { other: 1 }))).toBeUndefined();
  });

  it("classifies job states and moderation bodies", () => {
    expect([isJobSucceeded("succeeded"), isJobFailed("failed"), isJobSucceeded("running"), isJobFailed("queued")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(["failed", "ERROR", "Cancelled", "canceled", "EXPIRED"].map(isJobFailed)).toEqual([true, true, true, true, true]);
    expect([isJobSucceeded("SUCCEEDED"), isJobFailed("rendering"), isJobSucceeded("rendering"), isJobFailed(undefined)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(isContentModeration(v.parse(PhotaErrorBody, contentModeration400))).toBe(true);
    expect(isContentModeration(v.parse(PhotaErrorBody, { detail: "x", code: "CONTENT_MODERATION" }))).toBe(true);
    expect(isContentModeration(v.parse(PhotaErrorBody, unauthorized401))).toBe(false);
  });
});
