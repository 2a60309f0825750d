import * as v from "valibot";
import { AddProfileResponse, DeleteProfileResponse, ProfileList, ProfileStatus } from "../src";
import { JPEG_MAGIC, field, startsWith, useMock } from "./support";

const { mock, call } = useMock();
const urls = Array.from({ length: 10 }, (_, i) => `https://example.com/train/${i}.jpg`);
const USER_123 = ["8c4b0a1e-5d2f-4e7a-9b13-6f0e2d7c9a41", "2f9d7e63-1a8b-4c05-b7e2-d4a91c3f6b08"];

async function statuses(id: string, reads: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < reads; i++) seen.push(v.parse(ProfileStatus, (await call("GET", `/profiles/${id}/status`)).body).status);
  return seen;
}

describe("profiles", () => {
  it("trains a new profile VALIDATING → QUEUING → IN_PROGRESS → READY as it is polled", async () => {
    const added = await call("POST", "/profiles/add", { body: { image_urls: urls, tag: "user_9" } });
    expect(added.status).toBe(200);
    const { profile_id } = v.parse(AddProfileResponse, added.body);
    expect(await statuses(profile_id, 5)).toEqual(["VALIDATING", "QUEUING", "IN_PROGRESS", "READY", "READY"]);
    const last = v.parse(ProfileStatus, (await call("GET", `/profiles/${profile_id}/status`)).body);
    expect(last).toEqual({ profile_id, status: "READY", message: null });
  });

  it("charges training by tier", async () => {
    const before = mock.state.creditCents;
    await call("POST", "/profiles/add", { body: { image_urls: urls } });
    await call("POST", "/profiles/add", { body: { image_urls: urls.slice(0, 5), training_tier: "fast" } });
    expect(before - mock.state.creditCents).toBe(290 + 149);
    expect(mock.state.chargedCalls).toBe(2);
  });

  it("advances a seeded profile that is still training", async () => {
    expect(await statuses("b61e3f0a-7c24-4d98-a5f1-09e8c2b7d354", 2)).toEqual(["IN_PROGRESS", "READY"]);
  });

  it("lists profile ids, filtered by tag", async () => {
    const all = v.parse(ProfileList, (await call("GET", "/profiles/ids")).body);
    expect(all.profiles).toHaveLength(3);
    const tagged = v.parse(ProfileList, (await call("GET", "/profiles/ids?tag=user_123")).body);
    expect(tagged.profiles).toEqual(USER_123);
    const none = v.parse(ProfileList, (await call("GET", "/profiles/ids?tag=nobody")).body);
    expect(none.profiles).toEqual([]);
  });

  it("answers 422 for an empty tag filter", async () => {
    const answer = await call("GET", "/profiles/ids?tag=");
    expect(answer.status).toBe(422);
    expect(field(answer, "detail", 0, "loc")).toEqual(["query", "tag"]);
  });

  it("serves the profile picture as JPEG bytes", async () => {
    const answer = await call("GET", `/profiles/${USER_123[0]}/profile_picture`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("image/jpeg");
    expect(startsWith(answer.body as Uint8Array, JPEG_MAGIC)).toBe(true);
  });

  it("deletes a profile, which then is gone everywhere", async () => {
    const id = USER_123[0] ?? "";
    const deleted = await call("DELETE", `/profiles/${id}`);
    expect(v.parse(DeleteProfileResponse, deleted.body)).toEqual({ profile_id: id, status: "ok" });
    expect((await call("DELETE", `/profiles/${id}`)).status).toBe(404);
    expect((await call("GET", `/profiles/${id}/status`)).status).toBe(404);
    expect((await call("GET", `/profiles/${id}/profile_picture`)).status).toBe(404);
    expect(v.parse(ProfileList, (await call("GET", "/profiles/ids?tag=user_123")).body).profiles).toEqual([USER_123[1]]);
    expect((await call("POST", "/edit", { body: { profile_ids: [id] } })).status).toBe(404);
  });

  it("answers 404 with a detail for unknown ids", async () => {
    const answer = await call("GET", "/profiles/unknown/status");
    expect(answer.status).toBe(404);
    expect(field(answer, "detail")).toBe("Profile not found.");
  });

  it("rejects non-https image URLs, base64 and an unknown field with 422", async () => {
    for (const body of [{ image_urls: ["http://example.com/a.jpg"] }, { image_urls: ["aGVsbG8="] }, { image_urls: urls, name: "x" }]) {
      const answer = await call("POST", "/profiles/add", { body });
      expect(answer.status).toBe(422);
    }
    expect(mock.state.chargedCalls).toBe(0);
  });

  it("answers 402 when the credit does not cover training", async () => {
    mock.state.creditCents = 200; // covers fast (149), not standard (290)
    expect((await call("POST", "/profiles/add", { body: { image_urls: urls } })).status).toBe(402);
    expect((await call("POST", "/profiles/add", { body: { image_urls: urls, training_tier: "fast" } })).status).toBe(200);
  });
});
