import * as v from "valibot";
import {
  isPodStatus,
  normalizePodStatus,
  Pod,
  PodCreateParams,
  PodForceParams,
  PodList,
  PodListParams,
  PodStatus,
} from "../src/schemas";
import {
  CLI_POD_LIST_JSON,
  SDK_POD_CREATE_BASIC,
  SDK_POD_CREATE_FULL,
  SDK_POD_GET_FIELDS,
} from "./fixtures/pods";

describe("Pod", () => {
  it("parses the CLI's JSON list and normalises its lowercase status", () => {
    const pods = v.parse(PodList, CLI_POD_LIST_JSON);
    expect(pods).toHaveLength(1);
    expect(pods[0]).toMatchObject({
      id: "pod-123",
      name: "my-pod",
      status: "Running",
      gpu_type: "A100",
      gpu_count: 1,
    });
  });

  it("parses every field the SDK's pods.get prints", () => {
    const pod = v.parse(Pod, SDK_POD_GET_FIELDS);
    expect(pod).toEqual(SDK_POD_GET_FIELDS);
  });

  it.each(["id", "name", "status"])("rejects a pod without %s", (field) => {
    const { [field]: _removed, ...rest } = SDK_POD_GET_FIELDS as Record<string, unknown>;
    expect(v.safeParse(Pod, rest).success).toBe(false);
  });

  it("rejects a wrongly typed field", () => {
    expect(v.safeParse(Pod, { ...SDK_POD_GET_FIELDS, gpu_count: "1" }).success).toBe(false);
  });

  it("lets unknown fields through", () => {
    const pod = v.parse(Pod, { ...SDK_POD_GET_FIELDS, replicas: 3, billing_period: "hourly" });
    expect(pod).toMatchObject({ replicas: 3, billing_period: "hourly" });
  });

  it("accepts null connection fields and a null GPU type (a CPU-only pod that is not running)", () => {
    const pod = v.parse(Pod, {
      id: "pod-1",
      name: "cpu",
      status: "creating",
      gpu_type: null,
      gpu_count: 0,
      ssh_command: null,
      jupyter_url: null,
    });
    expect(pod.status).toBe("Creating");
    expect(pod.ssh_command).toBeNull();
  });
});

describe("PodStatus", () => {
  it.each([
    ["creating", "Creating"],
    ["PENDING", "Pending"],
    ["Running", "Running"],
    ["stopped", "Stopped"],
    ["terminated", "Terminated"],
    [" failed ", "Failed"],
  ])("reads %j as %j", (wire, expected) => {
    expect(v.parse(PodStatus, wire)).toBe(expected);
  });

  it("keeps an unknown status as sent", () => {
    expect(v.parse(PodStatus, "Hibernating")).toBe("Hibernating");
    expect(normalizePodStatus("scaling")).toBe("scaling");
  });

  it("rejects a non-string status", () => {
    expect(v.safeParse(PodStatus, 3).success).toBe(false);
  });

  it("compares statuses ignoring case", () => {
    expect(isPodStatus("running", "Running")).toBe(true);
    expect(isPodStatus("stopped", "Running")).toBe(false);
  });
});

describe("PodCreateParams", () => {
  it("accepts the docs' basic and full create calls", () => {
    expect(v.parse(PodCreateParams, SDK_POD_CREATE_BASIC)).toEqual(SDK_POD_CREATE_BASIC);
    expect(v.parse(PodCreateParams, SDK_POD_CREATE_FULL)).toEqual(SDK_POD_CREATE_FULL);
  });

  it.each(["name", "image"])("requires %s", (field) => {
    const { [field]: _removed, ...rest } = SDK_POD_CREATE_BASIC as Record<string, unknown>;
    expect(v.safeParse(PodCreateParams, rest).success).toBe(false);
  });

  it("rejects an empty name (the docs' own ValidationError example)", () => {
    expect(v.safeParse(PodCreateParams, { ...SDK_POD_CREATE_BASIC, name: "" }).success).toBe(false);
  });

  it("rejects an unknown key instead of dropping it (a camelCase typo)", () => {
    const result = v.safeParse(PodCreateParams, { ...SDK_POD_CREATE_BASIC, gpuType: "H100" });
    expect(result.success).toBe(false);
  });

  it.each([
    ["a fractional GPU count", { gpu_count: 1.5 }],
    ["a negative GPU count", { gpu_count: -1 }],
    ["zero memory", { memory: 0 }],
    ["a port out of range", { ports: [70000] }],
    ["a relative mount path", { volumes: [{ volume_id: "vol-1", mount_path: "data" }] }],
    ["a mount without volume_id", { volumes: [{ mount_path: "/data" }] }],
    ["a non-string env value", { env: { A: 1 } }],
  ])("rejects %s", (_label, patch) => {
    expect(v.safeParse(PodCreateParams, { ...SDK_POD_CREATE_BASIC, ...patch }).success).toBe(false);
  });

  it("accepts a CPU-only pod with fractional CPU", () => {
    expect(
      v.safeParse(PodCreateParams, { ...SDK_POD_CREATE_BASIC, gpu_count: 0, cpu: 0.5 }).success,
    ).toBe(true);
  });
});

describe("pods.list and force options", () => {
  it("accepts the documented filters", () => {
    expect(v.parse(PodListParams, { project_id: "p", status: "running" })).toEqual({
      project_id: "p",
      status: "running",
    });
  });

  it("rejects an unknown filter", () => {
    expect(v.safeParse(PodListParams, { state: "running" }).success).toBe(false);
  });

  it("takes force as a boolean only", () => {
    expect(v.safeParse(PodForceParams, { force: true }).success).toBe(true);
    expect(v.safeParse(PodForceParams, { force: "yes" }).success).toBe(false);
  });
});
