import { InsufficientCapacityError, NotFoundError, RequestValidationError } from "../src/index.js";
import { expectRequest, useLambdaClient } from "./support/client.js";

const { mock, client, sent, lastSent } = useLambdaClient();
const SEEDED = "0920582c7ff041399e34823a0be62549";
const launchParams = { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"] };

describe("client.instances", () => {
  it("list() sends GET /instances and returns the array unwrapped from data", async () => {
    const instances = await client().instances.list();
    expectRequest(await lastSent(), { method: "GET", path: "/instances", apiKey: mock.apiKey });
    expect(instances.map((i) => [i.id, i.name, i.status, i.ip])).toEqual([[SEEDED, "My Instance", "active", "198.51.100.2"]]);
    expect(instances[0]?.region).toEqual({ name: "us-west-1", description: "California, USA" });
  });

  it("list({ cluster_id }) sends the filter as a query parameter", async () => {
    const instances = await client().instances.list({ cluster_id: "a0bacf07268245a2b596b5863185a4ff" });
    expectRequest(await lastSent(), {
      method: "GET",
      path: "/instances",
      apiKey: mock.apiKey,
      query: { cluster_id: "a0bacf07268245a2b596b5863185a4ff" },
    });
    expect(instances).toEqual([]);
  });

  it("get(id) sends GET /instances/{id} and returns the instance", async () => {
    const instance = await client().instances.get(SEEDED);
    expectRequest(await lastSent(), { method: "GET", path: `/instances/${SEEDED}`, apiKey: mock.apiKey });
    expect(instance).toMatchObject({ id: SEEDED, status: "active", ssh_key_names: ["my-public-key"] });
    expect(instance.actions.terminate.available).toBe(true);
  });

  it("get(id) encodes the id, so it cannot change the path", async () => {
    await expect(client().instances.get("../ssh-keys")).rejects.toBeInstanceOf(NotFoundError);
    expect((await lastSent()).path).toBe("/instances/..%2Fssh-keys");
  });

  it("update(id, { name }) sends POST /instances/{id} with the name and returns the renamed instance", async () => {
    const instance = await client().instances.update(SEEDED, { name: "trainer" });
    expectRequest(await lastSent(), { method: "POST", path: `/instances/${SEEDED}`, apiKey: mock.apiKey, body: { name: "trainer" } });
    expect(instance).toMatchObject({ id: SEEDED, name: "trainer" });
    expect(mock.state.instances.get(SEEDED)?.name).toBe("trainer");
  });

  it("launch(params) sends POST /instance-operations/launch with the body and returns { instance_ids }", async () => {
    const params = {
      ...launchParams,
      name: "run-42",
      hostname: "trainer-1",
      image: { family: "ubuntu-lts" },
      tags: [{ key: "client-token", value: "3f0c2a" }],
      user_data: "#cloud-config\npackages: [htop]\n",
    };
    const result = await client().instances.launch(params);
    expectRequest(await lastSent(), { method: "POST", path: "/instance-operations/launch", apiKey: mock.apiKey, body: params });
    expect(Object.keys(result)).toEqual(["instance_ids"]);
    expect(result.instance_ids).toHaveLength(1);
    const launched = mock.state.instances.get(result.instance_ids[0] ?? "");
    expect(launched).toMatchObject({ status: "booting", name: "run-42", tags: [{ key: "client-token", value: "3f0c2a" }] });
  });

  it("a launched instance is booting (without ip) on its first read and active on the next", async () => {
    const c = client();
    const [id] = (await c.instances.launch(launchParams)).instance_ids;
    const booting = await c.instances.get(id ?? "");
    expect(booting.status).toBe("booting");
    expect(booting.ip).toBeUndefined();
    const active = await c.instances.get(id ?? "");
    expect(active.status).toBe("active");
    expect(active.ip).toMatch(/^198\.51\.100\.\d+$/);
  });

  it("launch sends a misspelt extra field as given (Lambda decides), but refuses a misspelt required one before anything is sent", async () => {
    // Unknown fields are sent so that fields newer than this release work: the client cannot tell
    // a typo from one of them. The required field it replaces is still missed, and named.
    const instead = { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_keys: ["my-public-key"] } as unknown as typeof launchParams;
    const error = await client().instances.launch(instead).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain("instances.launch: invalid arguments");
    expect((error as Error).message).toContain("ssh_key_names: missing (required)");
    expect(await sent()).toHaveLength(0);

    const besides = { ...launchParams, ssh_keys: ["my-public-key"] } as unknown as typeof launchParams;
    const { instance_ids } = await client().instances.launch(besides);
    expect(instance_ids).toHaveLength(1);
    expectRequest(await lastSent(), { method: "POST", path: "/instance-operations/launch", apiKey: mock.apiKey, body: besides });
  });

  it("launch refuses a bad value of a known field before anything is sent, naming it", async () => {
    const error = await client().instances.launch({ ...launchParams, hostname: "Trainer_1" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(["hostname"]);
    expect(await sent()).toHaveLength(0);
  });

  it("launch without capacity is an InsufficientCapacityError", async () => {
    const error = await client()
      .instances.launch({ ...launchParams, instance_type_name: "gpu_8x_h100_sxm5gdr" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InsufficientCapacityError);
    expect(error).toMatchObject({ status: 400, code: "instance-operations/launch/insufficient-capacity" });
  });

  it("restart(ids) sends POST /instance-operations/restart with { instance_ids } and returns { restarted_instances }", async () => {
    const result = await client().instances.restart([SEEDED]);
    expectRequest(await lastSent(), {
      method: "POST",
      path: "/instance-operations/restart",
      apiKey: mock.apiKey,
      body: { instance_ids: [SEEDED] },
    });
    expect(Object.keys(result)).toEqual(["restarted_instances"]);
    expect(result.restarted_instances.map((i) => i.id)).toEqual([SEEDED]);
    expect(result.restarted_instances[0]?.actions.restart.reason_code).toBe("vm-action-in-progress");
  });

  it("terminate(ids) sends POST /instance-operations/terminate and returns { terminated_instances }", async () => {
    const result = await client().instances.terminate([SEEDED]);
    expectRequest(await lastSent(), {
      method: "POST",
      path: "/instance-operations/terminate",
      apiKey: mock.apiKey,
      body: { instance_ids: [SEEDED] },
    });
    expect(result.terminated_instances.map((i) => [i.id, i.status])).toEqual([[SEEDED, "terminated"]]);
    expect(mock.state.instances.get(SEEDED)?.status).toBe("terminated");
  });

  it("restart and terminate refuse a bare string instead of an array of ids", async () => {
    const c = client();
    await expect(c.instances.terminate(SEEDED as unknown as string[])).rejects.toBeInstanceOf(RequestValidationError);
    await expect(c.instances.restart(SEEDED as unknown as string[])).rejects.toThrow("instances.restart: invalid arguments: instance_ids");
    expect(await sent()).toHaveLength(0);
  });

  it("an empty id is refused before sending", async () => {
    await expect(client().instances.get("")).rejects.toThrow('instances.get: "id" is required and must not be empty.');
    expect(await sent()).toHaveLength(0);
  });
});
