import * as v from "valibot";
import {
  Volume,
  VolumeCreateParams,
  VolumeDeleteParams,
  VolumeList,
  VolumeResizeParams,
} from "../src/schemas";
import {
  CLI_VOLUME_GET,
  SDK_VOLUME_CREATE,
  SDK_VOLUME_CREATED,
  SDK_VOLUME_RESIZE,
} from "./fixtures/volumes";

describe("Volume", () => {
  it("parses the CLI's volume get values", () => {
    expect(v.parse(Volume, CLI_VOLUME_GET)).toEqual(CLI_VOLUME_GET);
  });

  it("parses what volumes.create prints (no sizes)", () => {
    expect(v.parse(Volume, SDK_VOLUME_CREATED)).toEqual(SDK_VOLUME_CREATED);
  });

  it("parses a list", () => {
    expect(v.parse(VolumeList, [CLI_VOLUME_GET, SDK_VOLUME_CREATED])).toHaveLength(2);
  });

  it.each(["id", "name"])("rejects a volume without %s", (field) => {
    const { [field]: _removed, ...rest } = CLI_VOLUME_GET as Record<string, unknown>;
    expect(v.safeParse(Volume, rest).success).toBe(false);
  });

  it("rejects a non-numeric quota", () => {
    expect(v.safeParse(Volume, { ...CLI_VOLUME_GET, quota_gb: "100 GB" }).success).toBe(false);
  });

  it("lets unknown fields through", () => {
    expect(v.parse(Volume, { ...CLI_VOLUME_GET, billing_period: "monthly" })).toMatchObject({
      billing_period: "monthly",
    });
  });
});

describe("volume parameters", () => {
  it("accept the docs' create and resize calls", () => {
    expect(v.parse(VolumeCreateParams, SDK_VOLUME_CREATE)).toEqual(SDK_VOLUME_CREATE);
    expect(v.parse(VolumeResizeParams, SDK_VOLUME_RESIZE)).toEqual(SDK_VOLUME_RESIZE);
  });

  it.each([
    ["no name", { quota_gb: 100 }],
    ["an empty name", { name: "", quota_gb: 100 }],
    ["no quota", { name: "x" }],
    ["a zero quota", { name: "x", quota_gb: 0 }],
    ["a fractional quota", { name: "x", quota_gb: 1.5 }],
    ["an unknown key", { name: "x", quota_gb: 1, size: 1 }],
  ])("create rejects %s", (_label, body) => {
    expect(v.safeParse(VolumeCreateParams, body).success).toBe(false);
  });

  it("resize needs a positive whole quota", () => {
    expect(v.safeParse(VolumeResizeParams, { quota_gb: -5 }).success).toBe(false);
    expect(v.safeParse(VolumeResizeParams, {}).success).toBe(false);
  });

  it("delete takes force as a boolean", () => {
    expect(v.safeParse(VolumeDeleteParams, { force: true }).success).toBe(true);
    expect(v.safeParse(VolumeDeleteParams, { force: 1 }).success).toBe(false);
  });
});
