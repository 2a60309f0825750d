import * as v from "valibot";
import { createPodstackMock } from "../src/mock";
import { PodList } from "../src/schemas";
import { SDK_POD_CREATE_BASIC } from "./fixtures/pods";
import { asList, asRecord, call } from "./support/call";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const OTHER_PROJECT = "5c1e2a7b-3d4f-4e8a-9b6c-0d1e2f3a4b5c";
const FOREIGN_PROJECT = "00000000-0000-0000-0000-000000000000";

describe("pods delete", () => {
  it("refuses a running pod without force", async () => {
    const result = await call(mock, "pods.delete", { id: "pod-123" });
    expect(result.status).toBe(400);
    expect(asRecord(result.body).detail).toMatch(
      /is running: stop it first or delete it with force=true/,
    );
    expect(mock.state.pods.some((pod) => pod.id === "pod-123")).toBe(true);
  });

  it("deletes a running pod with force, after which it is gone", async () => {
    const result = await call(mock, "pods.delete", { id: "pod-123", query: { force: "true" } });
    expect(result.status).toBe(204);
    expect(result.body).toBeUndefined();
    expect((await call(mock, "pods.get", { id: "pod-123" })).status).toBe(404);
  });

  it("deletes a stopped pod without force", async () => {
    expect((await call(mock, "pods.delete", { id: "pod-456" })).status).toBe(204);
    expect(mock.state.pods.map((pod) => pod.id)).toEqual(["pod-123"]);
  });
});

describe("pods errors", () => {
  it.each(["pods.get", "pods.start", "pods.stop", "pods.restart", "pods.delete"] as const)(
    "%s of an unknown id is 404",
    async (operation) => {
      const result = await call(mock, operation, { id: "pod-nope" });
      expect(result.status).toBe(404);
      expect(result.body).toEqual({ detail: "Pod pod-nope not found" });
    },
  );

  it("answers 422 with field errors to a bad body, and creates nothing", async () => {
    const result = await call(mock, "pods.create", { body: { name: "", gpuType: "A100" } });
    expect(result.status).toBe(422);
    const fieldErrors = asRecord(asRecord(result.body).field_errors);
    expect(Object.keys(fieldErrors).sort()).toEqual(["gpuType", "image", "name"]);
    expect(mock.state.pods).toHaveLength(2);
  });

  it("answers 422 to a body that is not JSON", async () => {
    const response = await fetch(`${mock.baseURL}/pods`, {
      method: "POST",
      headers: { Authorization: `Bearer ${mock.apiKey}`, "Content-Type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ detail: "Request body must be valid JSON" });
  });

  it("answers 422 to a name taken in the project and to an unknown volume", async () => {
    const result = await call(mock, "pods.create", {
      body: { ...SDK_POD_CREATE_BASIC, volumes: [{ volume_id: "vol-nope", mount_path: "/data" }] },
    });
    expect(result.status).toBe(422);
    expect(asRecord(result.body).field_errors).toEqual({
      name: ["A pod named my-pod already exists in this project"],
      "volumes.0.volume_id": ["Volume vol-nope not found in this project"],
    });
  });

  it("answers 402 when the wallet is empty", async () => {
    const broke = createPodstackMock({
      baseURL: "https://broke.test/v1",
      seed: { wallet: { balance: 0, currency: "USD" } },
    });
    server.use(...broke.handlers);
    const result = await call(broke, "pods.create", {
      body: { ...SDK_POD_CREATE_BASIC, name: "new" },
    });
    expect(result.status).toBe(402);
    expect(result.body).toEqual({
      detail: "Insufficient balance",
      required_amount: 1,
      available_amount: 0,
    });
    expect(broke.state.pods).toHaveLength(2);
  });

  it("answers 402 after a test empties the wallet through the state", async () => {
    mock.state.wallet.balance = 0;
    expect(
      (await call(mock, "pods.create", { body: { ...SDK_POD_CREATE_BASIC, name: "new" } })).status,
    ).toBe(402);
  });
});

describe("pods and projects", () => {
  it("creates in the named project and lists by project", async () => {
    const created = await call(mock, "pods.create", {
      body: { ...SDK_POD_CREATE_BASIC, name: "prod-pod" },
      projectId: OTHER_PROJECT,
    });
    expect(asRecord(created.body).project_id).toBe(OTHER_PROJECT);
    const inOther = asList((await call(mock, "pods.list", { projectId: OTHER_PROJECT })).body);
    expect(inOther.map((pod) => pod.name)).toEqual(["prod-pod"]);
    const all = asList((await call(mock, "pods.list")).body);
    expect(all.map((pod) => pod.name).sort()).toEqual(["my-pod", "prod-pod", "training"]);
  });

  it("filters by status ignoring case", async () => {
    const running = v.parse(
      PodList,
      (await call(mock, "pods.list", { query: { status: "RUNNING" } })).body,
    );
    expect(running.map((pod) => pod.id)).toEqual(["pod-123"]);
    const stopped = v.parse(
      PodList,
      (await call(mock, "pods.list", { query: { status: "stopped" } })).body,
    );
    expect(stopped.map((pod) => pod.id)).toEqual(["pod-456"]);
  });

  it.each([
    ["pods.list", {}],
    ["pods.get", { id: "pod-123" }],
    ["pods.delete", { id: "pod-123", query: { force: "true" } }],
    ["pods.create", { body: { ...SDK_POD_CREATE_BASIC, name: "x" } }],
  ] as const)("%s in a foreign project is 403", async (operation, options) => {
    const result = await call(mock, operation, { ...options, projectId: FOREIGN_PROJECT });
    expect(result.status).toBe(403);
    expect(result.body).toEqual({ detail: "Access denied to resource" });
    expect(mock.state.pods.map((pod) => pod.id)).toEqual(["pod-123", "pod-456"]);
  });

  it("is 403 for a pod of another of the token's projects", async () => {
    const result = await call(mock, "pods.get", { id: "pod-123", projectId: OTHER_PROJECT });
    expect(result.status).toBe(403);
  });
});
