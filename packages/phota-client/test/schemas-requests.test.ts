import * as v from "valibot";
import { AddProfileRequest, EditRequest, EnhanceRequest, GenerateRequest, ListProfilesQuery, RemixRequest } from "../src";

function issuesOf(schema: v.GenericSchema, input: unknown): { path: string; message: string }[] {
  const result = v.safeParse(schema, input);
  if (result.success) return [];
  return result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? "", message: issue.message }));
}

const remixOutput = { output_format: "png", response_mode: "bytes", num_output_images: 1 } as const;

describe("EditRequest", () => {
  it("accepts every documented field", () => {
    const body = {
      prompt: "Put [[p1]] on a beach",
      images: ["https://example.com/a.jpg", "aGVsbG8="],
      profile_ids: ["p1"],
      aspect_ratio: "16:9",
      resolution: "2K",
      base_model: "gpt-image-2",
      quality: "high",
      output_format: "jpg",
      response_mode: "urls",
      num_output_images: 4,
      async: true,
      callback_url: "https://hooks.example.com/phota",
      client_request_id: "retry-key-1",
    };
    expect(v.parse(EditRequest, body)).toEqual(body);
  });

  it("accepts base models and other enum values it does not know yet", () => {
    expect(v.parse(EditRequest, { base_model: "nb3", aspect_ratio: "21:9", resolution: "8K" }).base_model).toBe("nb3");
  });

  it("rejects more than 10 images", () => {
    expect(issuesOf(EditRequest, { images: new Array(11).fill("https://example.com/a.jpg") })).toEqual([
      { path: "images", message: "At most 10 images." },
    ]);
  });

  it("rejects fields of other endpoints", () => {
    expect(issuesOf(EditRequest, { image: "aGVsbG8=" })).toHaveLength(1);
    expect(issuesOf(EditRequest, { pro_mode: true })).toHaveLength(1);
  });

  it.each([0, 5, 1.5, "2"])("rejects num_output_images %p", (n) => {
    expect(issuesOf(EditRequest, { num_output_images: n })[0]?.path).toBe("num_output_images");
  });

  it("rejects an unknown output_format or response_mode", () => {
    expect(issuesOf(EditRequest, { output_format: "webp" })[0]?.path).toBe("output_format");
    expect(issuesOf(EditRequest, { response_mode: "base64" })[0]?.path).toBe("response_mode");
  });

  it("requires response_mode urls with async, and async with callback_url", () => {
    expect(issuesOf(EditRequest, { async: true })).toEqual([
      { path: "response_mode", message: 'async: true requires response_mode: "urls".' },
    ]);
    expect(issuesOf(EditRequest, { response_mode: "urls", callback_url: "https://x.example.com/cb" })).toEqual([
      { path: "callback_url", message: "callback_url is only valid with async: true." },
    ]);
  });

  it("rejects a non-https callback_url", () => {
    const paths = issuesOf(EditRequest, { async: true, response_mode: "urls", callback_url: "http://x.example.com" });
    expect(paths.map((issue) => issue.path)).toEqual(["callback_url"]);
  });

  it("rejects an empty client_request_id", () => {
    expect(issuesOf(EditRequest, { client_request_id: "" })[0]?.path).toBe("client_request_id");
  });
});

describe("GenerateRequest", () => {
  it("accepts a prompt with model options", () => {
    const body = { prompt: "[[p1]] as an astronaut", base_model: "flux-2", resolution: "2K", output_format: "png" };
    expect(v.parse(GenerateRequest, body)).toEqual(body);
  });

  it("rejects images and profile_ids, which generate does not take", () => {
    expect(issuesOf(GenerateRequest, { prompt: "x", images: ["a"] }).map((i) => i.path)).toEqual(["images"]);
    expect(issuesOf(GenerateRequest, { prompt: "x", profile_ids: ["p1"] }).map((i) => i.path)).toEqual(["profile_ids"]);
  });

  it("requires a prompt", () => {
    expect(issuesOf(GenerateRequest, {}).map((i) => i.path)).toEqual(["prompt"]);
  });
});

describe("EnhanceRequest", () => {
  it("requires image and accepts profile_ids and prompt", () => {
    expect(v.parse(EnhanceRequest, { image: "aGVsbG8=", profile_ids: ["p1"], prompt: "sharper" }).image).toBe("aGVsbG8=");
    expect(issuesOf(EnhanceRequest, { prompt: "x" }).map((i) => i.path)).toEqual(["image"]);
  });

  it.each(["base_model", "aspect_ratio", "resolution", "quality", "images"])("rejects %s", (name) => {
    expect(issuesOf(EnhanceRequest, { image: "aGVsbG8=", [name]: "1K" }).map((i) => i.path)).toEqual([name]);
  });
});

describe("RemixRequest", () => {
  it("requires both images and the three output fields", () => {
    const paths = issuesOf(RemixRequest, {}).map((i) => i.path).sort();
    expect(paths).toEqual(["input_image", "num_output_images", "output_format", "reference_image", "response_mode"]);
  });

  it("accepts a complete body", () => {
    const body = { input_image: "https://a.example.com/1.jpg", reference_image: "aGVsbG8=", profile_ids: ["p1"], ...remixOutput };
    expect(v.parse(RemixRequest, body)).toEqual(body);
  });

  it.each(["base_model", "aspect_ratio", "resolution"])("rejects %s", (name) => {
    const body = { input_image: "a", reference_image: "b", ...remixOutput, [name]: "x" };
    expect(issuesOf(RemixRequest, body).map((i) => i.path)).toEqual([name]);
  });
});

describe("AddProfileRequest and ListProfilesQuery", () => {
  it("accepts https image URLs with a tier and a tag", () => {
    const body = { image_urls: ["https://example.com/1.jpg"], training_tier: "fast", tag: "user_42" };
    expect(v.parse(AddProfileRequest, body)).toEqual(body);
  });

  it("rejects base64, http URLs, an empty list and a tag over 128 characters", () => {
    expect(issuesOf(AddProfileRequest, { image_urls: ["aGVsbG8="] })[0]?.path).toBe("image_urls.0");
    expect(issuesOf(AddProfileRequest, { image_urls: ["http://example.com/1.jpg"] })[0]?.path).toBe("image_urls.0");
    expect(issuesOf(AddProfileRequest, { image_urls: [] })[0]?.path).toBe("image_urls");
    expect(issuesOf(AddProfileRequest, { image_urls: ["https://e.com/1.jpg"], tag: "x".repeat(129) })[0]?.path).toBe("tag");
  });

  it("rejects an empty tag filter", () => {
    expect(issuesOf(ListProfilesQuery, { tag: "" })[0]?.path).toBe("tag");
    expect(v.parse(ListProfilesQuery, {})).toEqual({});
  });
});
