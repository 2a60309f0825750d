import { useFake } from "./client-setup";

const fake = useFake();
const COMPOSE = "services:\n  web:\n    image: nginx:latest\n";
const request = { name: "new-app", instance_type: "tdx.medium", compose_file: { docker_compose_file: COMPOSE } };

describe("provisionCvm, then commitCvmProvision", () => {
  it("POST /cvms/provision with the JSON body, then POST /cvms: a CVM is created", async () => {
    const client = fake.client();
    const provision = await client.provisionCvm(request);
    const sent = await fake.expectLast("POST", "/cvms/provision");
    expect(sent.headers.get("content-type")).toBe("application/json");
    // compose_file.name: "" as @phala/cloud 0.2.9 sends it (ProvisionCvmRequestSchema: name .default("")).
    expect(JSON.parse(sent.body)).toEqual({ ...request, compose_file: { ...request.compose_file, name: "" } });
    expect(provision).toMatchObject({ instance_type: "tdx.medium", node_id: 3, kms_id: "kms_phala_1" });
    expect(provision.app_id).toMatch(/^[0-9a-f]{40}$/);
    expect(provision.compose_hash).toMatch(/^[0-9a-f]{64}$/);

    const vm = await client.commitCvmProvision({ app_id: provision.app_id!, compose_hash: provision.compose_hash, encrypted_env: "00ff" });
    const commit = await fake.expectLast("POST", "/cvms");
    expect(JSON.parse(commit.body)).toEqual({ app_id: provision.app_id, compose_hash: provision.compose_hash, encrypted_env: "00ff" });
    expect(vm).toMatchObject({ name: "new-app", status: "creating", app_id: provision.app_id, vcpu: 2, memory: 4096 });
    expect(fake.mock.state.cvms.map((cvm) => cvm.name)).toContain("new-app");
  });

  // @phala/cloud 0.2.9, dist/index.js, ProvisionCvmRequestSchema and provisionCvm: the compose name
  // defaults to "", instance_type to "tdx.small" when no instance_type/vcpu/memory, and a node_id is
  // sent as teepod_id (node_id removed).
  it("sends the body as @phala/cloud 0.2.9's provisionCvm does", async () => {
    const client = fake.client();
    await client.provisionCvm({ name: "sized-app", node_id: 3, compose_file: { docker_compose_file: COMPOSE } });
    expect(JSON.parse((await fake.expectLast("POST", "/cvms/provision")).body)).toEqual({
      name: "sized-app",
      teepod_id: 3,
      instance_type: "tdx.small",
      compose_file: { docker_compose_file: COMPOSE, name: "" },
    });
    expect(fake.mock.state.provisions[Object.keys(fake.mock.state.provisions)[0]!]).toMatchObject({ node_id: 3, instance_type: "tdx.small" });

    await client.provisionCvm({ name: "legacy-size", vcpu: 1, memory: 2048, teepod_id: 3, compose_file: { name: "web", docker_compose_file: COMPOSE } });
    const legacy = JSON.parse((await fake.expectLast("POST", "/cvms/provision")).body);
    expect(legacy).toEqual({ name: "legacy-size", vcpu: 1, memory: 2048, teepod_id: 3, compose_file: { name: "web", docker_compose_file: COMPOSE } });
  });

  it("passes fields it does not know through to the server", async () => {
    await fake.client().provisionCvm({ ...request, future_option: true } as typeof request);
    expect(JSON.parse((await fake.last()).body).future_option).toBe(true);
  });
});

describe("power actions", () => {
  it.each([
    ["startCvm", "start", "starting", "stopped"],
    ["stopCvm", "stop", "stopping", "running"],
    ["shutdownCvm", "shutdown", "shutting_down", "running"],
  ] as const)("%s: POST /cvms/{cvmId}/%s, no body, answers the VM record", async (method, action, next, from) => {
    fake.mock.state.cvms[0]!.status = from;
    const vm = await fake.client()[method]({ name: "my-web-app" });
    const sent = await fake.expectLast("POST", `/cvms/my-web-app/${action}`);
    expect(sent.body).toBe("");
    expect(vm).toMatchObject({ id: 101, name: "my-web-app", status: next });
  });

  it("restartCvm: POST /cvms/{cvmId}/restart with {force}, false by default", async () => {
    const client = fake.client();
    const vm = await client.restartCvm({ name: "my-web-app" });
    expect(JSON.parse((await fake.expectLast("POST", "/cvms/my-web-app/restart")).body)).toEqual({ force: false });
    expect(vm.status).toBe("restarting");
    await client.getCvmState({ name: "my-web-app" });
    await client.restartCvm({ id: "101", force: true });
    expect(JSON.parse((await fake.expectLast("POST", "/cvms/101/restart")).body)).toEqual({ force: true });
  });

  it("deleteCvm: DELETE /cvms/{cvmId}, answers nothing, and the CVM is gone", async () => {
    const result = await fake.client().deleteCvm({ name: "my-web-app" });
    await fake.expectLast("DELETE", "/cvms/my-web-app");
    expect(result).toBeUndefined();
    expect(fake.mock.state.cvms.map((cvm) => cvm.name)).toEqual(["onchain-app"]);
  });
});
