import {
  type BytesImageResult,
  type ImageCallResult,
  type JobHandle,
  RequestValidationError,
  type UrlsImageResult,
  ValidationError,
  decodeImages,
} from "../src";
import { PHOTA_MOCK_API_KEY } from "../src/mock";
import { READY_PROFILE, UUID_V4, rejectionOf, useClient } from "./client-support";
import { JPEG_MAGIC, PNG_MAGIC, startsWith } from "./support";

const { mock, sent, sentJson, makeClient } = useClient();
const URL_A = "https://example.com/a.jpg";
const URL_B = "https://example.com/b.jpg";

describe.each([
  ["edit", "/edit", { images: [URL_A], profile_ids: [READY_PROFILE], prompt: "on a beach", aspect_ratio: "4:3", resolution: "2K", base_model: "nb2" }],
  ["generate", "/generate", { prompt: `[[${READY_PROFILE}]] as an astronaut`, base_model: "gpt-image-2", quality: "high" }],
  ["enhance", "/enhance", { image: URL_A, profile_ids: [READY_PROFILE], prompt: "sharper" }],
  ["remix", "/remix", { input_image: URL_A, reference_image: URL_B, profile_ids: [READY_PROFILE], prompt: "watercolor" }],
] as const)("client.%s", (method, path, params) => {
  const call = (extra: Record<string, unknown>) =>
    (makeClient()[method] as (p: unknown) => Promise<ImageCallResult>)({ ...params, ...extra });

  it(`POSTs ${path} with X-API-Key, the caller's fields, output_format png, response_mode bytes and a client_request_id`, async () => {
    const result = (await call({})) as BytesImageResult;
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe("POST");
    expect(sent[0]?.url.href).toBe(`https://api.photalabs.com/v1/phota${path}`);
    expect(sent[0]?.headers.get("x-api-key")).toBe(PHOTA_MOCK_API_KEY);
    expect(sent[0]?.headers.get("content-type")).toBe("application/json");
    const body = await sentJson();
    const { client_request_id: key, ...rest } = body;
    expect(rest).toEqual({
      ...params,
      output_format: "png",
      response_mode: "bytes",
      ...(method === "remix" ? { num_output_images: 1 } : {}),
    });
    expect(key).toMatch(UUID_V4);
    // The fake answers the default (jpg) when output_format is missing: PNG bytes prove it was sent.
    const images = decodeImages(result);
    expect(images).toHaveLength(1);
    expect(startsWith(images[0]!, PNG_MAGIC)).toBe(true);
    expect(result.download_urls).toEqual([]);
    expect(result.known_subjects.counts).toEqual({ [READY_PROFILE]: 1 });
  });

  it("answers signed URLs with response_mode urls, in the requested output_format and count", async () => {
    const result = (await call({ response_mode: "urls", output_format: "jpg", num_output_images: 3 })) as UrlsImageResult;
    const body = await sentJson();
    expect([body["response_mode"], body["output_format"], body["num_output_images"]]).toEqual(["urls", "jpg", 3]);
    expect(result.images).toEqual([]);
    expect(result.download_urls).toHaveLength(3);
    const download = await fetch(result.download_urls[0]!);
    expect(startsWith(new Uint8Array(await download.arrayBuffer()), JPEG_MAGIC)).toBe(true);
    expect(result.known_subjects.counts).toEqual({ [READY_PROFILE]: 3 });
  });

  it("submits async: true as a job (response_mode urls by default) and answers its handle", async () => {
    const handle = (await call({ async: true, callback_url: "https://hooks.example.com/phota" })) as JobHandle;
    const body = await sentJson();
    expect([body["async"], body["response_mode"], body["callback_url"]]).toEqual([true, "urls", "https://hooks.example.com/phota"]);
    expect(handle.poll_url).toBe(`${mock.baseURL}/jobs/${handle.job_id}`);
    expect(mock.state.jobs.get(handle.job_id)?.endpoint).toBe(path);
  });

  it("sends the caller's client_request_id as is, and a new one per call otherwise", async () => {
    await call({ client_request_id: "order-17-render" });
    await call({});
    await call({});
    const keys = await Promise.all([0, 1, 2].map(async (i) => (await sentJson(i))["client_request_id"]));
    expect(keys[0]).toBe("order-17-render");
    expect(new Set(keys).size).toBe(3);
  });

  it("sends a field it does not know as given, for the server to judge (the fake, like FastAPI, answers 422)", async () => {
    const error = await rejectionOf(call({ not_a_phota_field: { nested: [1, 2] } }));
    expect(sent).toHaveLength(1);
    expect((await sentJson())["not_a_phota_field"]).toEqual({ nested: [1, 2] });
    expect(mock.state.chargedCalls).toBe(0);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toContainEqual(
      expect.objectContaining({ loc: ["body", "not_a_phota_field"], type: "extra_forbidden", input: { nested: [1, 2] } }),
    );
  });

  it("still refuses a known field with a bad value before sending, next to an unknown one", async () => {
    const error = await rejectionOf(call({ not_a_phota_field: 1, output_format: "gif" }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(["output_format"]);
    expect(sent).toHaveLength(0);
  });

  it("rejects num_output_images outside 1–4 and async with bytes, before sending", async () => {
    const count = await rejectionOf(call({ num_output_images: 5 }));
    expect(count).toBeInstanceOf(RequestValidationError);
    expect(count.message).toContain("num_output_images");
    const mode = await rejectionOf(call({ async: true, response_mode: "bytes" }));
    expect(mode).toBeInstanceOf(RequestValidationError);
    expect(mode.message).toContain("response_mode");
    const callback = await rejectionOf(call({ callback_url: "https://hooks.example.com/x" }));
    expect(callback.message).toContain("callback_url");
    expect(sent).toHaveLength(0);
  });
});

describe("fields each endpoint accepts", () => {
  it.each([
    ["generate", { prompt: "x", images: [URL_A] }, "images"],
    ["generate", { prompt: "x", profile_ids: [READY_PROFILE] }, "profile_ids"],
    ["enhance", { image: URL_A, base_model: "nb2" }, "base_model"],
    ["enhance", { image: URL_A, resolution: "4K" }, "resolution"],
    ["remix", { input_image: URL_A, reference_image: URL_B, aspect_ratio: "1:1" }, "aspect_ratio"],
    ["edit", { image: URL_A }, "image"],
  ] as const)("%s sends %j as given; the fake refuses %s as Phota does", async (method, params, field) => {
    const client = makeClient();
    const error = await rejectionOf((client[method] as (p: unknown) => Promise<unknown>)(params));
    expect(sent).toHaveLength(1);
    expect((await sentJson())[field]).toEqual((params as Record<string, unknown>)[field]);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.loc)).toContainEqual(["body", field]);
    expect(mock.state.chargedCalls).toBe(0);
  });

  it.each([
    ["generate", {}, "prompt"],
    ["enhance", {}, "image"],
    ["remix", { input_image: URL_A }, "reference_image"],
  ] as const)("%s requires %s", async (method, params, field) => {
    const error = await rejectionOf((makeClient()[method] as (p: unknown) => Promise<unknown>)(params));
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toContain(field);
  });

  it("refuses params that are not an object", async () => {
    const error = await rejectionOf(makeClient().generate(null as never));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toMatch(/^generate: invalid arguments/);
  });

  it("keeps an explicit output_format", async () => {
    await makeClient().generate({ prompt: "x", output_format: "jpg" });
    expect((await sentJson())["output_format"]).toBe("jpg");
  });

  it("passes per-call headers and never lets them replace the key", async () => {
    await makeClient().generate({ prompt: "x" }, { headers: { "X-Trace": "t-1", "X-API-Key": "other" } });
    expect(sent[0]?.headers.get("x-trace")).toBe("t-1");
    expect(sent[0]?.headers.get("x-api-key")).toBe(PHOTA_MOCK_API_KEY);
  });
});

// Compile-time checks (tsc runs over test/): the answer's type follows response_mode and async.
async function typesFollowTheMode(client: ReturnType<typeof makeClient>, mode: "bytes" | "urls"): Promise<void> {
  const bytes: BytesImageResult = await client.generate({ prompt: "x" });
  const urls: UrlsImageResult = await client.edit({ images: [URL_A], response_mode: "urls" });
  const job: JobHandle = await client.remix({ input_image: URL_A, reference_image: URL_B, async: true });
  const either: ImageCallResult = await client.enhance({ image: URL_A, response_mode: mode });
  const first: string | undefined = bytes.images[0];
  // @ts-expect-error bytes mode has no URLs
  const noUrl: string = bytes.download_urls[0];
  // @ts-expect-error generate takes no images
  await client.generate({ prompt: "x", images: [URL_A] });
  // @ts-expect-error callback_url needs async: true
  await client.generate({ prompt: "x", callback_url: "https://hooks.example.com" });
  // @ts-expect-error a urls answer is not a bytes answer
  const wrong: BytesImageResult = await client.generate({ prompt: "x", response_mode: "urls" });
  void [urls, job, either, first, noUrl, wrong];
}
void typesFollowTheMode;
