import * as v from "valibot";
import { findStructuredError, Precondition465Body, toComposePrecondition, UpdateCvmEnvsResult } from "../src";
import { fixture } from "./fixture";

const legacy = {
  message: "Compose hash verification required",
  compose_hash: "0xhash123",
  app_id: "0xapp456",
  device_id: "0xdevice789",
  kms_info: {
    id: "kms_test",
    slug: "kms-base-prod9",
    url: "https://kms.example.com",
    version: "v0.5.7",
    chain_id: 8453,
    kms_contract_address: "0xkms123",
    gateway_app_id: "0xgateway456",
  },
};

describe("465 wire bodies", () => {
  it("all four known shapes parse as Precondition465Body", () => {
    const structured = fixture("error-465-structured");
    for (const body of [structured, { detail: structured }, legacy, { detail: legacy }]) {
      expect(v.safeParse(Precondition465Body, body).success).toBe(true);
    }
  });

  it("a 422 body is not a 465 body", () => {
    expect(v.safeParse(Precondition465Body, fixture("error-422")).success).toBe(false);
  });
});

describe("toComposePrecondition", () => {
  const expected = {
    status: "precondition_required",
    compose_hash: "0xhash123",
    app_id: "0xapp456",
    device_id: "0xdevice789",
  };

  it("reads the structured body's details, top level or nested in detail", () => {
    const structured = fixture("error-465-structured");
    for (const body of [structured, { detail: structured }]) {
      const result = toComposePrecondition(body);
      expect(result).toMatchObject({ ...expected, message: "Compose hash registration required on-chain" });
      expect(result?.kms_info?.chain_id).toBe(8453);
    }
  });

  it("reads the legacy flat body, top level or nested in detail", () => {
    for (const body of [legacy, { detail: legacy }]) {
      expect(toComposePrecondition(body)).toMatchObject({ ...expected, kms_info: { slug: "kms-base-prod9" } });
    }
  });

  it("gives a result that UpdateCvmEnvsResult accepts", () => {
    const result = toComposePrecondition(fixture("error-465-structured"));
    expect(v.parse(UpdateCvmEnvsResult, result).status).toBe("precondition_required");
  });

  it("returns undefined when the body has no compose hash", () => {
    expect(toComposePrecondition({ detail: "Not authenticated" })).toBeUndefined();
    expect(toComposePrecondition({ error_code: "ERR-01-005", message: "m", details: [] })).toBeUndefined();
    expect(toComposePrecondition(null)).toBeUndefined();
  });
});

describe("findStructuredError", () => {
  it("finds it at the top level and nested in detail", () => {
    const body = { error_code: "ERR-03-007", message: "conflict" };
    expect(findStructuredError(body)?.error_code).toBe("ERR-03-007");
    expect(findStructuredError({ detail: body })?.error_code).toBe("ERR-03-007");
  });

  it("ignores FastAPI bodies and objects without a message", () => {
    expect(findStructuredError(fixture("error-401"))).toBeUndefined();
    expect(findStructuredError(fixture("error-400-nested"))).toBeUndefined();
    expect(findStructuredError({ error_code: "ERR-03-007" })).toBeUndefined();
  });
});
