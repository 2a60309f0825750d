import * as v from "valibot";
import { AddProfileResponse, ProfileList, ProfileStatus, WebhookSecretResponse, webhookSecretValue } from "../src";
import { field, useMock } from "./support";

const urls = Array.from({ length: 10 }, (_, i) => `https://example.com/train/${i}.jpg`);

// One fake for this file, seeded with failure outcomes and no credit.
const { mock, call } = useMock({
  seed: {
    profiles: [
      { profile_id: "p-validating", tag: "t", status: "VALIDATING", outcome: "INACTIVE" },
      { profile_id: "p-error", status: "ERROR", message: "Too few usable photos." },
    ],
    creditCents: 0,
    webhookSecret: "whsec_test_1",
    newProfileOutcome: "ERROR",
  },
});

async function readStatus(id: string) {
  return v.parse(ProfileStatus, (await call("GET", `/profiles/${id}/status`)).body);
}

describe("seed options", () => {
  it("replaces the default profiles", async () => {
    expect(v.parse(ProfileList, (await call("GET", "/profiles/ids")).body).profiles).toEqual(["p-validating", "p-error"]);
  });

  it("ends a seeded profile in INACTIVE, with a message", async () => {
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await readStatus("p-validating"));
    expect(seen.map((status) => status.status)).toEqual(["VALIDATING", "QUEUING", "IN_PROGRESS", "INACTIVE"]);
    expect(seen[2]?.message).toBeNull();
    expect(seen[3]?.message).toBe("The profile is inactive.");
  });

  it("starts a seeded profile in ERROR with its own message", async () => {
    expect(await readStatus("p-error")).toEqual({ profile_id: "p-error", status: "ERROR", message: "Too few usable photos." });
  });

  it("answers 402 on image calls and training with zero credit", async () => {
    const edit = await call("POST", "/generate", { body: { prompt: "x", output_format: "png" } });
    expect(edit.status).toBe(402);
    expect(field(edit, "request_id")).toBe(edit.headers.get("x-request-id"));
    expect((await call("POST", "/profiles/add", { body: { image_urls: urls } })).status).toBe(402);
    expect(mock.state.chargedCalls).toBe(0);
  });

  it("ends new profiles in ERROR when newProfileOutcome says so", async () => {
    mock.state.creditCents = 1_000;
    const { profile_id } = v.parse(AddProfileResponse, (await call("POST", "/profiles/add", { body: { image_urls: urls } })).body);
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await readStatus(profile_id));
    expect(seen.map((status) => status.status)).toEqual(["VALIDATING", "QUEUING", "IN_PROGRESS", "ERROR"]);
    expect(seen[3]?.message).toMatch(/no subject was detected/);
  });

  it("serves the seeded webhook secret", async () => {
    const answer = await call("GET", "/webhook-secret");
    expect(answer.status).toBe(200);
    expect(webhookSecretValue(v.parse(WebhookSecretResponse, answer.body))).toBe("whsec_test_1");
  });

  it("goes back to the seed on reset, keeping the same state object", async () => {
    const state = mock.state;
    await readStatus("p-validating");
    state.creditCents = 5;
    mock.reset();
    expect(mock.state).toBe(state);
    expect(state.creditCents).toBe(0);
    expect((await readStatus("p-validating")).status).toBe("VALIDATING");
  });
});
