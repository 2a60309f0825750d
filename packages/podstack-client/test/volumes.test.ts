import { RequestValidationError } from "../src";
import {
  createPodstackMock,
  mockVolume,
  PODSTACK_MOCK_API_KEY,
  PODSTACK_MOCK_PROJECT_ID,
} from "../src/mock";
import { SDK_VOLUME_RESIZE } from "./fixtures/volumes";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

const mock = createPodstackMock({
  seed: {
    volumes: [
      mockVolume({ id: "vol-123456", name: "my-volume", used_gb: 45.2 }),
      mockVolume({ id: "vol-empty", name: "scratch" }),
    ],
  },
});
const server = useMockServer(mock);
const recorded = recordRequests(server);
const client = testClient();
const project = PODSTACK_MOCK_PROJECT_ID;

describe("client.volumes", () => {
  it("create: POST /v1/volumes with name, quota_gb and the project", async () => {
    const volume = await client.volumes.create({ name: "shared-data", quota_gb: 100 });
    const [request] = await recorded();
    expect([request?.method, request?.url.href]).toEqual([
      "POST",
      "https://api.podstack.ai/v1/volumes",
    ]);
    expect(request?.headers.get("authorization")).toBe(`Bearer ${PODSTACK_MOCK_API_KEY}`);
    expect(request?.body).toEqual({ name: "shared-data", quota_gb: 100, project_id: project });
    expect(volume).toMatchObject({
      name: "shared-data",
      quota_gb: 100,
      used_gb: 0,
      nfs_server: "nfs.podstack.ai",
    });
    expect(volume.nfs_path).toBe(`/exports/${volume.id}`);
  });

  it("list: GET /v1/volumes?project_id=…", async () => {
    const volumes = await client.volumes.list();
    const [request] = await recorded();
    expect([request?.method, request?.url.pathname, request?.url.search]).toEqual([
      "GET",
      "/v1/volumes",
      `?project_id=${project}`,
    ]);
    expect(volumes.map((volume) => [volume.id, volume.used_gb, volume.quota_gb])).toEqual([
      ["vol-123456", 45.2, 100],
      ["vol-empty", 0, 100],
    ]);
  });

  it("get: GET /v1/volumes/{id}", async () => {
    const volume = await client.volumes.get("vol-123456");
    const [request] = await recorded();
    expect([request?.method, request?.url.pathname]).toEqual(["GET", "/v1/volumes/vol-123456"]);
    expect(volume).toMatchObject({ id: "vol-123456", name: "my-volume", quota_gb: 100 });
  });

  it("resize: reads the volume (one extra GET), then POSTs the new absolute quota", async () => {
    const volume = await client.volumes.resize("vol-123456", SDK_VOLUME_RESIZE);
    const requests = await recorded();
    expect(requests.map((request) => `${request.method} ${request.url.pathname}`)).toEqual([
      "GET /v1/volumes/vol-123456",
      "POST /v1/volumes/vol-123456/resize",
    ]);
    expect(requests[1]?.body).toEqual({ quota_gb: 200, project_id: project });
    expect(volume.quota_gb).toBe(200);
    expect(mock.state.volumes[0]?.quota_gb).toBe(200);
  });

  it.each([100, 50])(
    "resize to %d GB (not larger) is refused before anything changes",
    async (quota) => {
      const error = await client.volumes
        .resize("vol-123456", { quota_gb: quota })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as Error).message).toBe(
        `volumes.resize: volume vol-123456 has 100 GB and volumes can only grow; quota_gb must be greater than 100 (got ${quota}). ` +
          "To use less space, create a smaller volume and copy the data.",
      );
      expect((error as RequestValidationError).issues[0]).toMatchObject({
        path: "quota_gb",
        received: String(quota),
      });
      expect((await recorded()).map((request) => request.method)).toEqual(["GET"]);
      expect(mock.state.volumes[0]?.quota_gb).toBe(100);
    },
  );

  it("resize refuses a quota that is not a whole positive number without any request", async () => {
    await expect(client.volumes.resize("vol-123456", { quota_gb: 1.5 })).rejects.toThrow(
      /^volumes\.resize: invalid arguments: quota_gb: /,
    );
    expect(await recorded()).toHaveLength(0);
  });

  it("delete: DELETE /v1/volumes/{id}, force=true for a volume that holds data", async () => {
    await expect(client.volumes.delete("vol-123456", { force: true })).resolves.toBeUndefined();
    const [request] = await recorded();
    expect([
      request?.method,
      request?.url.pathname,
      request?.url.searchParams.get("force"),
    ]).toEqual(["DELETE", "/v1/volumes/vol-123456", "true"]);
    expect(mock.state.volumes.map((volume) => volume.id)).toEqual(["vol-empty"]);
  });

  it("delete of a volume with data without force is refused by the server", async () => {
    await expect(client.volumes.delete("vol-123456")).rejects.toMatchObject({
      name: "ValidationError",
      statusCode: 400,
    });
    await client.volumes.delete("vol-empty");
    expect(mock.state.volumes.map((volume) => volume.id)).toEqual(["vol-123456"]);
  });
});
