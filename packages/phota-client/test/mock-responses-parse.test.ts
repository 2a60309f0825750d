import * as v from "valibot";
import {
  AddProfileResponse,
  ApiRootResponse,
  DeleteProfileResponse,
  ImageResult,
  Job,
  JobHandle,
  PhotaErrorBody,
  ProfileList,
  ProfileStatus,
  WebhookSecretResponse,
} from "../src";
import { PHOTA_MOCK_JOB_FAILURE_TRIGGER } from "../src/mock";
import { type Answer, useMock } from "./support";

const { mock, call } = useMock();
const READY = "8c4b0a1e-5d2f-4e7a-9b13-6f0e2d7c9a41";
const urls = ["https://example.com/1.jpg"];

/** Every JSON answer must parse with its schema, and loose parsing must not drop anything. */
function expectParses(schema: v.GenericSchema, answer: Answer): void {
  const parsed = v.safeParse(schema, answer.body);
  if (!parsed.success) throw new Error(`${JSON.stringify(answer.body)}: ${v.summarize(parsed.issues)}`);
  expect(parsed.output).toMatchObject(answer.body as object);
}

describe("every answer of the fake parses with its response schema", () => {
  it("image results in both modes, on every endpoint", async () => {
    const bodies: [string, Record<string, unknown>][] = [
      ["/edit", { profile_ids: [READY], images: urls }],
      ["/generate", { prompt: `[[${READY}]]` }],
      ["/enhance", { image: "aGVsbG8=" }],
      ["/remix", { input_image: "aGVsbG8=", reference_image: "aGVsbG8=", num_output_images: 2 }],
    ];
    for (const [path, body] of bodies) {
      for (const response_mode of ["bytes", "urls"] as const) {
        const answer = await call("POST", path, { body: { output_format: "png", response_mode, ...body } });
        expect(answer.status).toBe(200);
        expectParses(ImageResult, answer);
      }
    }
  });

  it("job handles and every job state", async () => {
    for (const prompt of ["fine", `x ${PHOTA_MOCK_JOB_FAILURE_TRIGGER}`]) {
      const body = { prompt, output_format: "jpg", response_mode: "urls", async: true };
      const submitted = await call("POST", "/generate", { body });
      expectParses(JobHandle, submitted);
      const { job_id } = v.parse(JobHandle, submitted.body);
      for (let i = 0; i < 3; i++) expectParses(Job, await call("GET", `/jobs/${job_id}`));
    }
  });

  it("profiles, webhook secret and root", async () => {
    const added = await call("POST", "/profiles/add", { body: { image_urls: urls } });
    expectParses(AddProfileResponse, added);
    const { profile_id } = v.parse(AddProfileResponse, added.body);
    for (let i = 0; i < 5; i++) expectParses(ProfileStatus, await call("GET", `/profiles/${profile_id}/status`));
    expectParses(ProfileList, await call("GET", "/profiles/ids"));
    expectParses(ProfileList, await call("GET", "/profiles/ids?tag=user_123"));
    expectParses(DeleteProfileResponse, await call("DELETE", `/profiles/${profile_id}`));
    expectParses(WebhookSecretResponse, await call("GET", "/webhook-secret"));
    expectParses(ApiRootResponse, await call("GET", "/"));
  });

  it("every kind of error", async () => {
    mock.failNext({ status: 503 });
    const errors = [
      await call("GET", "/profiles/ids"),
      await call("GET", "/profiles/ids", { key: null }),
      await call("GET", "/profiles/ids", { key: "bad" }),
      await call("POST", "/generate", { body: { prompt: 1 } }),
      await call("POST", "/generate", { rawBody: "nope" }),
      await call("POST", "/generate", { body: { prompt: "MODERATION_TEST" } }),
      await call("POST", "/generate", { body: { prompt: "x", quality: "low" } }),
      await call("GET", "/jobs/none"),
      await call("GET", "/profiles/none/status"),
    ];
    expect(errors.map((answer) => answer.status)).toEqual([503, 403, 401, 422, 422, 400, 400, 404, 404]);
    for (const answer of errors) {
      expectParses(PhotaErrorBody, answer);
      expect(v.parse(PhotaErrorBody, answer.body).request_id).toBe(answer.headers.get("x-request-id"));
    }
    mock.state.creditCents = 0;
    expectParses(PhotaErrorBody, await call("POST", "/generate", { body: { prompt: "x" } }));
  });
});
