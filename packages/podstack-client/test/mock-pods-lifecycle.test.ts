import * as v from "valibot";
import { createPodstackMock, mockPod, PODSTACK_MOCK_PROJECT_ID } from "../src/mock";
import { Pod } from "../src/schemas";
import { SDK_POD_CREATE_BASIC, SDK_POD_CREATE_FULL } from "./fixtures/pods";
import { asList, asRecord, call } from "./support/call";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
/** The docs' basic create, renamed: the seed already has a pod named "my-pod". */
const NEW_POD = { ...SDK_POD_CREATE_BASIC, name: "new-pod" };
/** The docs' full create, mounting a volume the seed has (the docs' "vol-123" does not exist). */
const FULL_POD = {
  ...SDK_POD_CREATE_FULL,
  project_id: PODSTACK_MOCK_PROJECT_ID,
  volumes: [{ volume_id: "vol-123456", mount_path: "/data" }],
};

async function createPod(body: Record<string, unknown> = NEW_POD): Promise<string> {
  const created = await call(mock, "pods.create", { body });
  expect(created.status).toBe(201);
  return String(asRecord(created.body).id);
}

const statusOf = async (id: string) => asRecord((await call(mock, "pods.get", { id })).body).status;

describe("pods lifecycle", () => {
  it("creates a pod as creating, then each get moves it on to running", async () => {
    const created = await call(mock, "pods.create", { body: NEW_POD });
    expect(created.status).toBe(201);
    const pod = v.parse(Pod, created.body);
    expect(asRecord(created.body).status).toBe("creating");
    expect(pod).toMatchObject({
      name: "new-pod",
      status: "Creating",
      gpu_type: "A100",
      project_id: PODSTACK_MOCK_PROJECT_ID,
    });
    expect(pod.ssh_command).toBeNull();
    expect(await statusOf(pod.id)).toBe("pending");
    const running = asRecord((await call(mock, "pods.get", { id: pod.id })).body);
    expect(running.status).toBe("running");
    expect(running.ssh_command).toBe(`ssh root@${pod.id}.cloud.podstack.ai`);
    expect(await statusOf(pod.id)).toBe("running");
  });

  it("moves pods on when a list holds them", async () => {
    const id = await createPod();
    const first = asList((await call(mock, "pods.list")).body).find((pod) => pod.id === id);
    expect(first?.status).toBe("pending");
    const second = asList((await call(mock, "pods.list")).body).find((pod) => pod.id === id);
    expect(second?.status).toBe("running");
  });

  it("sends the Jupyter URL of a running pod that exposes 8888, and never its env", async () => {
    const id = await createPod(FULL_POD);
    await call(mock, "pods.get", { id });
    const pod = asRecord((await call(mock, "pods.get", { id })).body);
    expect(pod.jupyter_url).toBe(`https://${id}-8888.cloud.podstack.ai`);
    expect(pod).not.toHaveProperty("env");
    expect(mock.state.pods.find((p) => p.id === id)?.env).toEqual(SDK_POD_CREATE_FULL.env);
    expect(pod).toMatchObject({
      gpu_count: 2,
      cpu: 8,
      memory: 64,
      disk: 200,
      ports: [8888, 6006],
      labels: SDK_POD_CREATE_FULL.labels,
    });
  });

  it("sends capitalised statuses when asked to", async () => {
    const capital = createPodstackMock({
      baseURL: "https://capital.test/v1",
      statusCase: "capitalized",
    });
    server.use(...capital.handlers);
    const created = await call(capital, "pods.create", { body: NEW_POD });
    expect(asRecord(created.body).status).toBe("Creating");
    const id = String(asRecord(created.body).id);
    expect(asRecord((await call(capital, "pods.get", { id })).body).status).toBe("Pending");
  });

  it("sends a pod named in failPods to failed instead of running", async () => {
    const failing = createPodstackMock({
      baseURL: "https://failing.test/v1",
      seed: { failPods: ["doomed"] },
    });
    server.use(...failing.handlers);
    const doomed = String(
      asRecord((await call(failing, "pods.create", { body: { ...NEW_POD, name: "doomed" } })).body)
        .id,
    );
    const fine = String(asRecord((await call(failing, "pods.create", { body: NEW_POD })).body).id);
    for (let read = 0; read < 3; read += 1) await call(failing, "pods.list");
    expect(asRecord((await call(failing, "pods.get", { id: doomed })).body).status).toBe("failed");
    expect(asRecord((await call(failing, "pods.get", { id: fine })).body).status).toBe("running");
  });

  it("fails every pod with failPods: true", async () => {
    const failing = createPodstackMock({
      baseURL: "https://all-fail.test/v1",
      seed: { failPods: true },
    });
    server.use(...failing.handlers);
    const id = String(asRecord((await call(failing, "pods.create", { body: NEW_POD })).body).id);
    await call(failing, "pods.get", { id });
    expect(asRecord((await call(failing, "pods.get", { id })).body).status).toBe("failed");
  });

  it("stops, starts and restarts", async () => {
    const stopped = await call(mock, "pods.stop", { id: "pod-123" });
    expect(stopped.status).toBe(200);
    expect(asRecord(stopped.body)).toMatchObject({
      id: "pod-123",
      status: "stopped",
      ssh_command: null,
    });
    expect(
      asRecord((await call(mock, "pods.stop", { id: "pod-123", query: { force: "true" } })).body)
        .status,
    ).toBe("stopped");
    expect(asRecord((await call(mock, "pods.start", { id: "pod-123" })).body).status).toBe(
      "pending",
    );
    expect(await statusOf("pod-123")).toBe("running");
    expect(asRecord((await call(mock, "pods.restart", { id: "pod-123" })).body).status).toBe(
      "pending",
    );
    expect(await statusOf("pod-123")).toBe("running");
  });

  it("refuses to start a terminated pod", async () => {
    const seeded = createPodstackMock({
      baseURL: "https://terminated.test/v1",
      seed: { pods: [mockPod({ id: "pod-9", name: "gone", status: "Terminated" })] },
    });
    server.use(...seeded.handlers);
    const result = await call(seeded, "pods.start", { id: "pod-9" });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ detail: "Pod pod-9 is terminated" });
    expect(asRecord((await call(seeded, "pods.get", { id: "pod-9" })).body).status).toBe(
      "terminated",
    );
  });
});
