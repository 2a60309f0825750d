import {
  InsufficientBalanceError,
  PodstackError,
  RequestValidationError,
  ResourceNotFoundError,
  ValidationError,
  VmFailedError,
} from "../src";
import { createPodstackMock, mockVm } from "../src/mock";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

// client.vms, after the SDK's VM page (docs.podstack.ai/docs/sdk/virtual-machines, removed on
// 2026-05-24), through the client against the fake.
const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);
const client = testClient({ maxRetries: 0 });

describe("lifecycle", () => {
  it("create → waitUntilRunning → stop → resize → start → restart → delete", async () => {
    const vm = await client.vms.create({
      name: "train-vm",
      os: "ubuntu-22.04",
      cpu: 8,
      memory: 64,
      disk: 200,
      gpu_type: "A100",
      gpu_count: 1,
      public_ip: true,
      ssh_key_ids: ["key-123"],
      user_data: "#!/bin/bash\napt-get update\n",
      labels: { environment: "production" },
    });
    expect(vm).toMatchObject({ name: "train-vm", status: "creating", gpu_type: "A100", cpu: 8 });
    expect(vm.public_ip).toMatch(/^203\.0\.113\.\d+$/);
    expect(vm).not.toHaveProperty("user_data");
    const statuses: string[] = [];
    const running = await client.vms.waitUntilRunning(vm.id, {
      interval: 1,
      onPoll: (seen) => statuses.push(seen.status),
    });
    expect(statuses).toEqual(["starting", "running"]);
    expect(running.status).toBe("running");

    await expect(client.vms.resize(vm.id, { cpu: 16 })).rejects.toThrow("stop it before resizing");
    expect((await client.vms.stop(vm.id, { force: true })).status).toBe("stopped");
    expect((await recorded()).at(-1)?.url.searchParams.get("force")).toBe("true");
    const resized = await client.vms.resize(vm.id, { cpu: 16, disk: 400 });
    expect(resized).toMatchObject({ cpu: 16, memory: 64, disk: 400 });
    await expect(client.vms.resize(vm.id, { disk: 100 })).rejects.toThrow("Disk can only be increased");
    expect((await client.vms.start(vm.id)).status).toBe("starting");
    expect((await client.vms.get(vm.id)).status).toBe("running");
    expect((await client.vms.restart(vm.id)).status).toBe("restarting");
    await expect(client.vms.delete(vm.id)).rejects.toThrow("stop it first or delete it with force=true");
    await client.vms.delete(vm.id, { force: true });
    await expect(client.vms.get(vm.id)).rejects.toBeInstanceOf(ResourceNotFoundError);
  });

  it("list filters by status and project; images lists the OS images", async () => {
    expect((await client.vms.list()).map((vm) => vm.id)).toEqual(["vm-123", "vm-456"]);
    expect((await client.vms.list({ status: "stopped" })).map((vm) => vm.id)).toEqual(["vm-456"]);
    const images = await client.vms.images();
    expect(images.map((image) => image.id)).toContain("ubuntu-22.04-cuda");
    expect(images.find((image) => image.id === "debian-11")).toMatchObject({ os_family: "debian", gpu_support: false });
    const [listRequest] = await recorded();
    expect(listRequest?.url.searchParams.get("project_id")).toBe(client.projectId);
  });

  it("waitUntilRunning rejects with VmFailedError for a failed VM", async () => {
    mock.state.vms[1]!.status = "failed";
    const error = await client.vms.waitUntilRunning("vm-456", { interval: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VmFailedError);
    expect((error as VmFailedError).vm.id).toBe("vm-456");
  });

  it("refuses bad parameters before sending, and the server's own checks come back typed", async () => {
    await expect(client.vms.create({ name: "x" } as never)).rejects.toBeInstanceOf(RequestValidationError);
    await expect(client.vms.resize("vm-456", {})).rejects.toThrow("give at least one of cpu, memory or disk");
    expect(await recorded()).toHaveLength(0);
    const unknownImage = await client.vms
      .create({ name: "x", os: "windows-11" })
      .catch((caught: unknown) => caught);
    expect(unknownImage).toBeInstanceOf(ValidationError);
    expect((unknownImage as ValidationError).fieldErrors).toEqual({
      os: ["Unknown image windows-11; see GET /vms/images"],
    });
    mock.state.wallet.balance = 0;
    await expect(client.vms.create({ name: "y", os: "ubuntu-22.04" })).rejects.toBeInstanceOf(
      InsufficientBalanceError,
    );
  });
});

describe("snapshots", () => {
  it("create, list, restore through a task, delete", async () => {
    await client.vms.stop("vm-123");
    await client.vms.resize("vm-123", { cpu: 32, disk: 300 });
    const snapshots = await client.vms.snapshots("vm-123");
    expect(snapshots).toEqual([
      expect.objectContaining({ id: "snap-1", name: "before-upgrade", size_gb: 100 }),
    ]);
    expect(snapshots[0]).not.toHaveProperty("saved");
    const taken = await client.vms.createSnapshot("vm-123", { name: "after-resize", description: "32 vCPU" });
    expect(taken).toMatchObject({ name: "after-resize", description: "32 vCPU", size_gb: 300, vm_id: "vm-123" });

    const task = await client.vms.restoreSnapshot("vm-123", "snap-1");
    expect(task).toMatchObject({ type: "restore_snapshot", state: "pending" });
    expect((await client.vms.get("vm-123")).status).toBe("restoring");
    await expect(client.vms.start("vm-123")).rejects.toThrow("is being restored");
    const done = await client.tasks.wait(task.id, { interval: 1 });
    expect(done.result).toEqual({ vm_id: "vm-123", snapshot_id: "snap-1" });
    expect(await client.vms.get("vm-123")).toMatchObject({ status: "running", cpu: 4, disk: 100 });
    const [restoreRequest] = (await recorded()).filter((request) => request.url.pathname.endsWith("/restore"));
    expect(restoreRequest?.url.pathname).toBe("/v1/vms/vm-123/snapshots/snap-1/restore");

    await client.vms.deleteSnapshot("vm-123", taken.id);
    expect((await client.vms.snapshots("vm-123")).map((snapshot) => snapshot.id)).toEqual(["snap-1"]);
    await expect(client.vms.deleteSnapshot("vm-123", taken.id)).rejects.toThrow(`Snapshot ${taken.id} not found`);
  });

  it("snapshot ids are path parameters, encoded", async () => {
    await expect(client.vms.restoreSnapshot("vm-123", "../../pods")).rejects.toBeInstanceOf(ResourceNotFoundError);
    expect((await recorded())[0]?.url.pathname).toBe("/v1/vms/vm-123/snapshots/..%2F..%2Fpods/restore");
  });
});

describe("networking", () => {
  it("allocatePublicIp and releasePublicIp", async () => {
    const allocated = await client.vms.allocatePublicIp("vm-456");
    expect(allocated.public_ip).toMatch(/^203\.0\.113\.\d+$/);
    const twice = await client.vms.allocatePublicIp("vm-456").catch((caught: unknown) => caught);
    expect(twice).toBeInstanceOf(PodstackError);
    expect((twice as PodstackError).statusCode).toBe(409);
    expect((await client.vms.releasePublicIp("vm-456")).public_ip).toBeNull();
    expect((await client.vms.releasePublicIp("vm-456")).public_ip).toBeNull();
  });

  it("addFirewallRule, firewallRules, removeFirewallRule", async () => {
    const rule = await client.vms.addFirewallRule("vm-123", { protocol: "tcp", port: 443, source: "0.0.0.0/0" });
    expect(rule).toMatchObject({ protocol: "tcp", port: 443, source: "0.0.0.0/0" });
    expect((await client.vms.firewallRules("vm-123")).map((each) => each.port)).toEqual([22, 443]);
    await client.vms.removeFirewallRule("vm-123", rule.id);
    expect((await client.vms.firewallRules("vm-123")).map((each) => each.id)).toEqual(["fw-1"]);
    await expect(client.vms.removeFirewallRule("vm-123", rule.id)).rejects.toBeInstanceOf(ResourceNotFoundError);
    await expect(client.vms.addFirewallRule("vm-123", { protocol: "tcp", port: 70_000 })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
  });
});

describe("monitoring, console and exec", () => {
  it("metrics of a running VM without a GPU", async () => {
    expect(await client.vms.metrics("vm-123")).toEqual({
      cpu_usage: 23.5,
      memory_used: 4,
      memory_total: 16,
      disk_used: 10,
      disk_total: 100,
      network_in_mbps: 12.5,
      network_out_mbps: 3.25,
      gpu_utilization: null,
      gpu_memory_used: null,
      gpu_memory_total: null,
    });
  });

  it("console answers a URL and when it expires", async () => {
    const console = await client.vms.console("vm-123");
    expect(console.url).toBe("https://console.podstack.ai/vms/vm-123");
    expect(Date.parse(console.expires_at ?? "")).toBeGreaterThan(Date.UTC(2024, 0, 16));
  });

  it("exec runs a command with sudo on a running VM, and refuses a stopped one", async () => {
    const result = await client.vms.exec("vm-123", "echo ok", { sudo: true });
    expect(result).toEqual({ exit_code: 0, output: "ok\n", error: null });
    expect((await recorded())[0]?.body).toEqual({ command: "echo ok", sudo: true, project_id: client.projectId });
    await expect(client.vms.exec("vm-456", "ls")).rejects.toThrow("VM vm-456 is stopped: start it first");
  });
});

describe("seeding the fake", () => {
  it("mockVm fills what is not given, and the seed's VMs are what the client sees", async () => {
    const seeded = createPodstackMock({
      baseURL: "https://seeded.test/v1",
      seed: { vms: [mockVm({ id: "vm-9", name: "stopped-vm", status: "stopped" })] },
    });
    server.use(...seeded.handlers);
    const own = testClient({ apiEndpoint: "https://seeded.test/v1" });
    expect(await own.vms.list()).toEqual([
      expect.objectContaining({ id: "vm-9", status: "stopped", os: "ubuntu-22.04", cpu: 4, public_ip: null }),
    ]);
    expect((await own.vms.start("vm-9")).status).toBe("starting");
    expect(seeded.state.vms[0]?.status).toBe("starting");
  });
});
