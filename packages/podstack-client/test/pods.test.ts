import { createPodstackMock, PODSTACK_MOCK_API_KEY, PODSTACK_MOCK_PROJECT_ID } from "../src/mock";
import { SDK_POD_CREATE_BASIC } from "./fixtures/pods";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);
const client = testClient({ headers: { "X-Team": "ml" } });

/** The one request of the test, with the headers every call carries. */
async function onlyRequest() {
  const [request, ...rest] = await recorded();
  expect(rest).toHaveLength(0);
  expect(request?.headers.get("authorization")).toBe(`Bearer ${PODSTACK_MOCK_API_KEY}`);
  expect(request?.headers.get("user-agent")).toBe("@cloud-sdk/podstack-client/0.0.0");
  expect(request?.headers.get("x-team")).toBe("ml");
  return request!;
}

describe("client.pods", () => {
  it("create: POST /v1/pods with the parameters and the project in the body", async () => {
    const pod = await client.pods.create({ ...SDK_POD_CREATE_BASIC, name: "new-pod" });
    const request = await onlyRequest();
    expect(request.method).toBe("POST");
    expect(request.url.href).toBe("https://api.podstack.ai/v1/pods");
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.body).toEqual({
      ...SDK_POD_CREATE_BASIC,
      name: "new-pod",
      project_id: PODSTACK_MOCK_PROJECT_ID,
    });
    expect(pod).toMatchObject({
      name: "new-pod",
      status: "Creating",
      gpu_type: "A100",
      project_id: PODSTACK_MOCK_PROJECT_ID,
    });
    expect(mock.state.pods.map((p) => p.name)).toContain("new-pod");
  });

  it("list: GET /v1/pods with the project and status in the query", async () => {
    const pods = await client.pods.list({ status: "stopped" });
    const request = await onlyRequest();
    expect(request.method).toBe("GET");
    expect(request.url.pathname).toBe("/v1/pods");
    expect(Object.fromEntries(request.url.searchParams)).toEqual({
      status: "stopped",
      project_id: PODSTACK_MOCK_PROJECT_ID,
    });
    expect(request.body).toBeUndefined();
    expect(pods.map((pod) => [pod.id, pod.status])).toEqual([["pod-456", "Stopped"]]);
  });

  it("list without filters lists every pod of the project", async () => {
    const pods = await client.pods.list();
    expect(pods.map((pod) => pod.id)).toEqual(["pod-123", "pod-456"]);
    expect(Object.fromEntries((await onlyRequest()).url.searchParams)).toEqual({
      project_id: PODSTACK_MOCK_PROJECT_ID,
    });
  });

  it("get: GET /v1/pods/{id}, status normalised from the wire's lowercase", async () => {
    const pod = await client.pods.get("pod-123");
    const request = await onlyRequest();
    expect(request.method).toBe("GET");
    expect(request.url.pathname).toBe("/v1/pods/pod-123");
    expect(pod).toMatchObject({ id: "pod-123", name: "my-pod", status: "Running", gpu_count: 1 });
    expect(pod.ssh_command).toBe("ssh root@pod-123.cloud.podstack.ai");
  });

  it("get encodes the id so it cannot change the path", async () => {
    await expect(client.pods.get("../volumes/vol-123456")).rejects.toMatchObject({
      statusCode: 404,
    });
    expect((await onlyRequest()).url.pathname).toBe("/v1/pods/..%2Fvolumes%2Fvol-123456");
  });

  it("start: POST /v1/pods/{id}/start without a body", async () => {
    const pod = await client.pods.start("pod-456");
    const request = await onlyRequest();
    expect([request.method, request.url.pathname, request.body]).toEqual([
      "POST",
      "/v1/pods/pod-456/start",
      undefined,
    ]);
    expect(pod.status).toBe("Pending");
  });

  it("stop: POST /v1/pods/{id}/stop, with force=true when asked", async () => {
    const pod = await client.pods.stop("pod-123", { force: true });
    const request = await onlyRequest();
    expect([request.method, request.url.pathname]).toEqual(["POST", "/v1/pods/pod-123/stop"]);
    expect(request.url.searchParams.get("force")).toBe("true");
    expect(pod.status).toBe("Stopped");
    expect(pod.ssh_command).toBeNull();
  });

  it("stop without force sends no force flag", async () => {
    await client.pods.stop("pod-123");
    expect((await onlyRequest()).url.searchParams.has("force")).toBe(false);
  });

  it("restart: POST /v1/pods/{id}/restart", async () => {
    const pod = await client.pods.restart("pod-123");
    const request = await onlyRequest();
    expect([request.method, request.url.pathname]).toEqual(["POST", "/v1/pods/pod-123/restart"]);
    expect(pod.status).toBe("Pending");
  });

  it("delete: DELETE /v1/pods/{id}?force=true resolves with nothing and removes the pod", async () => {
    await expect(client.pods.delete("pod-123", { force: true })).resolves.toBeUndefined();
    const request = await onlyRequest();
    expect([request.method, request.url.pathname, request.url.searchParams.get("force")]).toEqual([
      "DELETE",
      "/v1/pods/pod-123",
      "true",
    ]);
    expect(mock.state.pods.map((pod) => pod.id)).toEqual(["pod-456"]);
  });

  it("delete of a running pod without force is the server's ValidationError", async () => {
    await expect(client.pods.delete("pod-123")).rejects.toMatchObject({
      name: "ValidationError",
      statusCode: 400,
      message: expect.stringContaining("stop it first or delete it with force=true"),
    });
  });

  it("a stopped pod is deleted without force", async () => {
    await client.pods.delete("pod-456");
    expect(mock.state.pods.map((pod) => pod.id)).toEqual(["pod-123"]);
  });
});
