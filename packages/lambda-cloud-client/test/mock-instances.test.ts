import * as v from "valibot";
import {
  ApiErrorResponseBody,
  InstanceResponseBody,
  LaunchInstanceResponseBody,
  ListInstancesResponseBody,
  RestartInstancesResponseBody,
  TerminateInstancesResponseBody,
} from "../src/index.js";
import { ERROR_FIXTURES } from "./fixtures/errors.js";
import { useLambdaMock } from "./support/server.js";

const { mock, call } = useLambdaMock();
const SEEDED = "0920582c7ff041399e34823a0be62549";
const a10 = { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"] };

async function launch(body: Record<string, unknown> = a10): Promise<string> {
  const res = await call("POST", "/instance-operations/launch", { body });
  expect(res.status).toBe(200);
  const id = v.parse(LaunchInstanceResponseBody, res.json).data.instance_ids[0];
  if (id === undefined) throw new Error("launch returned no id");
  return id;
}

async function getInstance(id: string) {
  const res = await call("GET", `/instances/${id}`);
  expect(res.status).toBe(200);
  return v.parse(InstanceResponseBody, res.json).data;
}

async function listStatuses(): Promise<Record<string, string>> {
  const res = await call("GET", "/instances");
  return Object.fromEntries(v.parse(ListInstancesResponseBody, res.json).data.map((i) => [i.id, i.status]));
}

function errorOf(json: unknown) {
  return v.parse(ApiErrorResponseBody, json).error;
}

describe("listing and reading", () => {
  it("lists the seeded instance from the spec's example", async () => {
    const res = await call("GET", "/instances");
    const { data } = v.parse(ListInstancesResponseBody, res.json);
    expect(data.map((i) => [i.id, i.name, i.status, i.ip])).toEqual([[SEEDED, "My Instance", "active", "198.51.100.2"]]);
  });

  it("a cluster_id filter matches no instance of the fake", async () => {
    expect((await call("GET", "/instances?cluster_id=a0bacf07268245a2b596b5863185a4ff")).json).toEqual({ data: [] });
  });

  it.each([
    ["GET", `/instances/ffffffffffffffffffffffffffffffff`, undefined],
    ["POST", `/instances/ffffffffffffffffffffffffffffffff`, { name: "x" }],
    ["POST", "/instance-operations/restart", { instance_ids: ["ffffffffffffffffffffffffffffffff"] }],
    ["POST", "/instance-operations/terminate", { instance_ids: [SEEDED, "ffffffffffffffffffffffffffffffff"] }],
  ])("%s %s with an unknown id answers the documented 404", async (method, path, body) => {
    const res = await call(method, path, { body });
    expect(res.status).toBe(404);
    expect(res.json).toEqual(ERROR_FIXTURES.instanceNotFound.body);
    expect(mock.state.instances.get(SEEDED)?.status).toBe("active"); // all or nothing
  });

  it("renames an instance with POST /instances/{id}", async () => {
    const res = await call("POST", `/instances/${SEEDED}`, { body: { name: "renamed" } });
    expect(v.parse(InstanceResponseBody, res.json).data.name).toBe("renamed");
    expect((await getInstance(SEEDED)).name).toBe("renamed");
  });

  it("refuses a rename body the schema rejects with 400 global/invalid-parameters", async () => {
    const res = await call("POST", `/instances/${SEEDED}`, { body: { name: "n".repeat(65) } });
    expect(res.status).toBe(400);
    const error = errorOf(res.json);
    expect(error).toMatchObject({ code: "global/invalid-parameters", message: "Invalid request data." });
    expect(error.suggestion).toContain("name");
  });
});

describe("launch", () => {
  it("adds a booting instance that lists as active after it has been read once", async () => {
    const id = await launch({ ...a10, name: "run-1", hostname: "headnode1", tags: [{ key: "client-token", value: "t-1" }] });
    const booting = await getInstance(id);
    expect(booting).toMatchObject({ id, name: "run-1", status: "booting", ssh_key_names: ["my-public-key"] });
    expect(booting.ip).toBeUndefined();
    expect(booting.hostname).toBeUndefined();
    expect(booting.actions.restart).toMatchObject({ available: false, reason_code: "vm-has-not-launched" });
    const active = await getInstance(id);
    expect(active.status).toBe("active");
    expect(active.ip).toMatch(/^198\.51\.100\.\d+$/);
    expect(active.private_ip).toMatch(/^10\.0\.2\.\d+$/);
    expect(active.hostname).toBe("headnode1");
    expect(active.jupyter_url).toContain(active.jupyter_token);
    expect(active.tags).toEqual([{ key: "client-token", value: "t-1" }]);
    expect(active.actions.restart.available).toBe(true);
  });

  it("a list counts as a read", async () => {
    const id = await launch();
    expect((await listStatuses())[id]).toBe("booting");
    expect((await listStatuses())[id]).toBe("active");
  });

  it("mounts filesystems by name at their default mount point, explicit mounts win", async () => {
    const fsId = "398578a2336b49079e74043f0bd2cfe8";
    const id = await launch({ ...a10, file_system_names: ["my-filesystem"] });
    expect(await getInstance(id)).toMatchObject({
      file_system_names: ["my-filesystem"],
      file_system_mounts: [{ mount_point: "/lambda/nfs/my-filesystem", file_system_id: fsId }],
    });
    const custom = await launch({
      ...a10,
      file_system_names: ["my-filesystem"],
      file_system_mounts: [{ mount_point: "/data/custom", file_system_id: fsId }],
    });
    expect((await getInstance(custom)).file_system_mounts).toEqual([{ mount_point: "/data/custom", file_system_id: fsId }]);
    expect((await getInstance(await launch())).file_system_mounts).toBeUndefined();
  });

  it.each([
    ["an instance type with no capacity in the region", { ...a10, instance_type_name: "gpu_8x_h100_sxm5gdr" }, 400, "instance-operations/launch/insufficient-capacity"],
    ["a filesystem in another region", { ...a10, region_name: "us-east-1", file_system_names: ["my-filesystem"] }, 400, "instance-operations/launch/file-system-in-wrong-region"],
    ["an SSH key that does not exist", { ...a10, ssh_key_names: ["nope"] }, 404, "global/object-does-not-exist"],
    ["a filesystem that does not exist", { ...a10, file_system_names: ["nope"] }, 404, "global/object-does-not-exist"],
    ["a ruleset that does not exist", { ...a10, firewall_rulesets: [{ id: "nope" }] }, 404, "global/object-does-not-exist"],
    ["an image family not in the region", { ...a10, image: { family: "windows" } }, 404, "global/object-does-not-exist"],
    ["two SSH keys (exactly one is required)", { ...a10, ssh_key_names: ["my-public-key", "my-public-key"] }, 400, "global/invalid-parameters"],
    ["an unknown region", { ...a10, region_name: "mars-north-1" }, 400, "global/invalid-parameters"],
    ["an unknown instance type", { ...a10, instance_type_name: "gpu_99x_z" }, 400, "global/invalid-parameters"],
    ["a body missing ssh_key_names", { region_name: "us-west-1", instance_type_name: "gpu_1x_a10" }, 400, "global/invalid-parameters"],
  ])("refuses %s", async (_what, body, status, code) => {
    const before = mock.state.instances.size;
    const res = await call("POST", "/instance-operations/launch", { body });
    expect(res.status).toBe(status);
    expect(errorOf(res.json).code).toBe(code);
    expect(mock.state.instances.size).toBe(before);
  });

  it("answers insufficient capacity with the documented message", async () => {
    const res = await call("POST", "/instance-operations/launch", { body: { ...a10, instance_type_name: "gpu_8x_h100_sxm5gdr" } });
    expect(res.json).toEqual(ERROR_FIXTURES.insufficientCapacity.body);
  });

  it("refuses a body that is not JSON", async () => {
    const res = await call("POST", "/instance-operations/launch", { rawBody: "{not json", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(errorOf(res.json).code).toBe("global/invalid-parameters");
  });
});

describe("restart", () => {
  it("restarts an active instance; the restart shows until the next read", async () => {
    const res = await call("POST", "/instance-operations/restart", { body: { instance_ids: [SEEDED] } });
    expect(res.status).toBe(200);
    const [restarted] = v.parse(RestartInstancesResponseBody, res.json).data.restarted_instances;
    expect(restarted?.actions.restart).toMatchObject({ available: false, reason_code: "vm-action-in-progress" });
    const again = await call("POST", "/instance-operations/restart", { body: { instance_ids: [SEEDED] } });
    expect(again.status).toBe(409);
    expect(errorOf(again.json)).toMatchObject(ERROR_FIXTURES.conflict.body.error);
    expect((await getInstance(SEEDED)).actions.restart.reason_code).toBe("vm-action-in-progress");
    expect((await getInstance(SEEDED)).actions.restart).toEqual({ available: true });
  });

  it("answers 409 global/conflict for an instance that is still booting", async () => {
    const id = await launch();
    const res = await call("POST", "/instance-operations/restart", { body: { instance_ids: [id] } });
    expect(res.status).toBe(409);
    expect(errorOf(res.json).code).toBe("global/conflict");
  });
});

describe("terminate", () => {
  it("marks instances terminated, returns them, shows them once more, then forgets them", async () => {
    const id = await launch();
    const res = await call("POST", "/instance-operations/terminate", { body: { instance_ids: [SEEDED, id] } });
    expect(res.status).toBe(200);
    const { terminated_instances } = v.parse(TerminateInstancesResponseBody, res.json).data;
    expect(terminated_instances.map((i) => [i.id, i.status])).toEqual([
      [SEEDED, "terminated"],
      [id, "terminated"],
    ]);
    expect(mock.state.instances.get(SEEDED)?.status).toBe("terminated");
    expect(await listStatuses()).toEqual({ [SEEDED]: "terminated", [id]: "terminated" });
    expect(await listStatuses()).toEqual({});
    expect((await call("GET", `/instances/${id}`)).status).toBe(404);
  });

  it("frees the firewall rulesets of a terminated instance", async () => {
    const rulesetId = "c4d291f47f9d436fa39f58493ce3b50d";
    const id = await launch({ ...a10, firewall_rulesets: [{ id: rulesetId }] });
    expect(mock.state.firewallRulesets.get(rulesetId)?.instance_ids).toEqual([id]);
    expect((await getInstance(id)).firewall_rulesets).toEqual([{ id: rulesetId }]);
    await call("POST", "/instance-operations/terminate", { body: { instance_ids: [id] } });
    expect(mock.state.firewallRulesets.get(rulesetId)?.instance_ids).toEqual([]);
  });
});
