import * as v from "valibot";
import { PodstackErrorBody, readErrorBody } from "../src/schemas";
import { ERROR_BODIES } from "./fixtures/error-bodies";

describe("readErrorBody", () => {
  it("reads a FastAPI-style detail string", () => {
    expect(readErrorBody(ERROR_BODIES.detailString)).toEqual({ message: "Invalid API token" });
  });

  it("reads FastAPI's validation list into field errors, dropping the location prefix", () => {
    expect(readErrorBody(ERROR_BODIES.fastApiValidation)).toEqual({
      message: "Field required",
      fieldErrors: {
        name: ["Field required"],
        "volumes.0.mount_path": ["must be an absolute path"],
      },
    });
  });

  it("reads message, code and request id", () => {
    expect(readErrorBody(ERROR_BODIES.messageAndCode)).toEqual({
      message: "Quota exceeded",
      code: "quota_exceeded",
      requestId: "req_abc",
    });
  });

  it("reads a nested error object with a numeric code", () => {
    expect(readErrorBody(ERROR_BODIES.nestedError)).toEqual({
      message: "Invalid parameters",
      code: "4001",
      fieldErrors: { gpu_type: ["Unknown GPU type"] },
    });
  });

  it("reads field_errors with single messages or lists", () => {
    expect(readErrorBody(ERROR_BODIES.fieldErrors)).toEqual({
      message: "Validation error",
      fieldErrors: { name: ["must not be empty"], gpu_type: ["Unknown GPU type"] },
    });
  });

  it("reads an errors record", () => {
    expect(readErrorBody(ERROR_BODIES.errorsRecord).fieldErrors).toEqual({
      quota_gb: ["must be greater than 0"],
    });
  });

  it("reads plain text and survives anything else", () => {
    expect(readErrorBody("  Bad Gateway \n")).toEqual({ message: "Bad Gateway" });
    expect(readErrorBody("")).toEqual({});
    expect(readErrorBody(null)).toEqual({});
    expect(readErrorBody([1, 2])).toEqual({});
    expect(readErrorBody({ message: 42, detail: { nested: true } })).toEqual({});
  });

  it("has a schema that accepts any JSON", () => {
    for (const body of [...Object.values(ERROR_BODIES), "text", null, 3, []]) {
      expect(v.safeParse(PodstackErrorBody, body).success).toBe(true);
    }
  });
});
