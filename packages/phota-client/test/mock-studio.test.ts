import { inflateSync } from "node:zlib";
import * as v from "valibot";
import { ImageResult } from "../src";
import { DEPRECATION_HEADER, PHOTA_MOCK_DOWNLOAD_BASE_URL, PHOTA_MOCK_MODERATION_TRIGGER } from "../src/mock";
import { JPEG_MAGIC, PNG_MAGIC, field, fromBase64, startsWith, useMock } from "./support";

const { mock, call } = useMock();
const READY = "8c4b0a1e-5d2f-4e7a-9b13-6f0e2d7c9a41";
const TRAINING = "b61e3f0a-7c24-4d98-a5f1-09e8c2b7d354";
const remixOutput = { output_format: "png", response_mode: "bytes", num_output_images: 1 } as const;

const validBodies: Record<string, Record<string, unknown>> = {
  "/edit": { prompt: "on a beach", images: ["https://example.com/me.jpg"], profile_ids: [READY] },
  "/generate": { prompt: `[[${READY}]] as an astronaut` },
  "/enhance": { image: "aGVsbG8=", profile_ids: [READY] },
  "/remix": { input_image: "https://example.com/a.jpg", reference_image: "https://example.com/b.jpg", profile_ids: [READY], ...remixOutput },
};

/** The IDAT pixel data of a PNG, inflated with Node's zlib (proves the stream is valid). */
function pngPixels(png: Uint8Array): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.slice(offset + 4, offset + 8));
    if (type === "IDAT") return new Uint8Array(inflateSync(png.slice(offset + 8, offset + 8 + length)));
    offset += 12 + length;
  }
  throw new Error("no IDAT");
}

describe.each(Object.keys(validBodies))("POST %s", (path) => {
  const base = validBodies[path] ?? {};

  it("answers bytes mode with base64 images of the requested format", async () => {
    const answer = await call("POST", path, { body: { ...base, output_format: "png", response_mode: "bytes", num_output_images: 2 } });
    expect(answer.status).toBe(200);
    const result = v.parse(ImageResult, answer.body);
    expect(result.images).toHaveLength(2);
    expect(result.download_urls).toEqual([]);
    const png = fromBase64(result.images[0] ?? "");
    expect(startsWith(png, PNG_MAGIC)).toBe(true);
    expect(pngPixels(png)).toHaveLength(4); // filter byte + RGB of one pixel
    expect(result.images[0]).not.toBe(result.images[1]);
    expect(result.known_subjects.counts).toEqual({ [READY]: 2 });
  });

  it("answers urls mode with https download URLs that the fake serves", async () => {
    const answer = await call("POST", path, { body: { ...base, output_format: "jpg", response_mode: "urls" } });
    expect(answer.status).toBe(200);
    const result = v.parse(ImageResult, answer.body);
    expect(result.images).toEqual([]);
    expect(result.download_urls).toHaveLength(1);
    const url = result.download_urls[0] ?? "";
    expect(url.startsWith(`${PHOTA_MOCK_DOWNLOAD_BASE_URL}/`)).toBe(true);
    expect(url.startsWith("https://")).toBe(true);
    const file = await call("GET", url, { key: null });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect(startsWith(file.body as Uint8Array, JPEG_MAGIC)).toBe(true);
  });

  it("answers 422 with a FastAPI detail list for a field of another endpoint", async () => {
    const answer = await call("POST", path, { body: { ...base, pro_mode: true } });
    expect(answer.status).toBe(422);
    expect(field(answer, "detail")).toEqual([
      { type: "extra_forbidden", loc: ["body", "pro_mode"], msg: "Extra inputs are not permitted", input: true },
    ]);
    expect(field(answer, "request_id")).toBe(answer.headers.get("x-request-id"));
  });

  it(`refuses a prompt containing ${PHOTA_MOCK_MODERATION_TRIGGER} with 400 CONTENT_MODERATION`, async () => {
    const answer = await call("POST", path, { body: { ...base, prompt: `please ${PHOTA_MOCK_MODERATION_TRIGGER}` } });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      message: "Content moderation violation",
      detail: "CONTENT_MODERATION",
      request_id: answer.headers.get("x-request-id"),
    });
    expect(mock.state.chargedCalls).toBe(0);
  });
});

describe("validation details", () => {
  it("lists every problem with its location", async () => {
    const answer = await call("POST", "/enhance", { body: { num_output_images: 9, base_model: "nb2" } });
    expect(answer.status).toBe(422);
    const detail = field(answer, "detail") as { loc: unknown[]; type: string }[];
    expect(detail.map((issue) => [issue.loc.join("."), issue.type]).sort()).toEqual([
      ["body.base_model", "extra_forbidden"],
      ["body.image", "missing"],
      ["body.num_output_images", "less_than_equal"],
    ]);
  });

  it("answers 422 json_invalid for a body that is not JSON", async () => {
    const answer = await call("POST", "/generate", { rawBody: "{not json" });
    expect(answer.status).toBe(422);
    expect(field(answer, "detail", 0, "type")).toBe("json_invalid");
  });

  it("rejects async without response_mode urls", async () => {
    const answer = await call("POST", "/generate", { body: { prompt: "x", async: true } });
    expect(answer.status).toBe(422);
    expect(field(answer, "detail", 0, "loc")).toEqual(["body", "response_mode"]);
  });

  it("rejects images and profile_ids on generate", async () => {
    const answer = await call("POST", "/generate", { body: { prompt: "x", profile_ids: [READY] } });
    expect(answer.status).toBe(422);
    expect(field(answer, "detail", 0, "loc")).toEqual(["body", "profile_ids"]);
  });
});

describe("documented 400s, 402 and 404", () => {
  it("rejects quality with a model other than gpt-image-2", async () => {
    const bad = await call("POST", "/edit", { body: { prompt: "x", quality: "high", base_model: "nb2" } });
    expect(bad.status).toBe(400);
    expect(field(bad, "detail")).toMatch(/quality.*gpt-image-2/);
    const good = await call("POST", "/edit", { body: { prompt: "x", quality: "high", base_model: "gpt-image-2" } });
    expect(good.status).toBe(200);
  });

  it("rejects a resolution the model does not support, and an unknown model", async () => {
    expect((await call("POST", "/generate", { body: { prompt: "x", base_model: "reve", resolution: "2K" } })).status).toBe(400);
    expect((await call("POST", "/generate", { body: { prompt: "x", base_model: "flux-2", resolution: "2K" } })).status).toBe(200);
    const unknown = await call("POST", "/generate", { body: { prompt: "x", base_model: "nb9" } });
    expect(unknown.status).toBe(400);
    expect(field(unknown, "detail")).toMatch(/Unknown base_model 'nb9'/);
  });

  it("rejects an image that is neither a URL nor base64", async () => {
    const answer = await call("POST", "/enhance", { body: { image: "not an image!" } });
    expect(answer.status).toBe(400);
  });

  it("answers 404 for an unknown profile, in profile_ids or inline", async () => {
    expect((await call("POST", "/edit", { body: { profile_ids: ["nope"] } })).status).toBe(404);
    const inline = await call("POST", "/generate", { body: { prompt: "[[nope]] smiling" } });
    expect(inline.status).toBe(404);
    expect(field(inline, "detail")).toBe("Profile 'nope' not found.");
  });

  it("does not count a profile that is still training", async () => {
    const answer = await call("POST", "/edit", { body: { profile_ids: [READY, TRAINING] } });
    expect(v.parse(ImageResult, answer.body).known_subjects.counts).toEqual({ [READY]: 1 });
  });

  it("answers 402 when the credit does not cover the call, and charges nothing", async () => {
    mock.state.creditCents = 14; // one image with identity costs 15
    const answer = await call("POST", "/edit", { body: { profile_ids: [READY] } });
    expect(answer.status).toBe(402);
    expect(field(answer, "detail")).toBe("Insufficient prepaid credit balance.");
    expect(mock.state.chargedCalls).toBe(0);
    expect(mock.state.creditCents).toBe(14);
  });
});

describe("billing and defaults", () => {
  it("charges 12 cents per image, 15 with identity, and counts charged calls", async () => {
    const before = mock.state.creditCents;
    await call("POST", "/generate", { body: { prompt: "x", num_output_images: 2 } });
    await call("POST", "/edit", { body: { profile_ids: [READY], num_output_images: 3 } });
    expect(before - mock.state.creditCents).toBe(2 * 12 + 3 * 15);
    expect(mock.state.chargedCalls).toBe(2);
  });

  it("falls back to jpg and bytes without output_format, with the deprecation header", async () => {
    const answer = await call("POST", "/generate", { body: { prompt: "x" } });
    expect(answer.headers.get(DEPRECATION_HEADER)).toBe("2026-05-08");
    const image = fromBase64(v.parse(ImageResult, answer.body).images[0] ?? "");
    expect(startsWith(image, JPEG_MAGIC)).toBe(true);
    const explicit = await call("POST", "/generate", { body: { prompt: "x", output_format: "png" } });
    expect(explicit.headers.get(DEPRECATION_HEADER)).toBeNull();
  });

  it("records what each image call sent", async () => {
    await call("POST", "/generate", { body: { prompt: "x", output_format: "png" } });
    expect(mock.state.imageRequests).toEqual([
      expect.objectContaining({ endpoint: "/generate", body: { prompt: "x", output_format: "png" }, replayed: false }),
    ]);
  });
});

describe("downloads", () => {
  it("answers 404 for a file it never handed out", async () => {
    expect((await call("GET", `${PHOTA_MOCK_DOWNLOAD_BASE_URL}/img_ffff.png`, { key: null })).status).toBe(404);
  });
});
