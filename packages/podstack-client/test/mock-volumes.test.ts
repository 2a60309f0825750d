import * as v from "valibot";
import { createPodstackMock, mockVolume } from "../src/mock";
import { Volume, VolumeList } from "../src/schemas";
import { SDK_VOLUME_CREATE, SDK_VOLUME_RESIZE } from "./fixtures/volumes";
import { asRecord, call } from "./support/call";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const OTHER_PROJECT = "5c1e2a7b-3d4f-4e8a-9b6c-0d1e2f3a4b5c";
const FOREIGN_PROJECT = "00000000-0000-0000-0000-000000000000";
/** The docs' create call, in a project the fake knows (the docs' "project-id" is a placeholder). */
const CREATE = { name: SDK_VOLUME_CREATE.name, quota_gb: SDK_VOLUME_CREATE.quota_gb };

describe("volumes", () => {
  it("creates, lists, gets, resizes up and deletes", async () => {
    const created = await call(mock, "volumes.create", { body: CREATE });
    expect(created.status).toBe(201);
    const volume = v.parse(Volume, created.body);
    expect(volume).toMatchObject({
      name: "shared-data",
      quota_gb: 100,
      used_gb: 0,
      nfs_server: "nfs.podstack.ai",
    });
    expect(volume.nfs_path).toBe(`/exports/${volume.id}`);

    const listed = v.parse(VolumeList, (await call(mock, "volumes.list")).body);
    expect(listed.map((item) => item.id)).toEqual(["vol-123456", volume.id]);
    expect(v.parse(Volume, (await call(mock, "volumes.get", { id: volume.id })).body)).toEqual(
      volume,
    );

    const resized = await call(mock, "volumes.resize", { id: volume.id, body: SDK_VOLUME_RESIZE });
    expect(resized.status).toBe(200);
    expect(asRecord(resized.body).quota_gb).toBe(200);
    expect(mock.state.volumes.find((item) => item.id === volume.id)?.quota_gb).toBe(200);

    expect((await call(mock, "volumes.delete", { id: volume.id })).status).toBe(204);
    expect((await call(mock, "volumes.get", { id: volume.id })).status).toBe(404);
  });

  it.each([
    ["a decrease", 50],
    ["the same size", 100],
  ])("refuses %s with 400", async (_label, quota) => {
    const result = await call(mock, "volumes.resize", {
      id: "vol-123456",
      body: { quota_gb: quota },
    });
    expect(result.status).toBe(400);
    expect(asRecord(result.body).detail).toBe(
      `Volume quota can only be increased (current 100 GB, requested ${quota} GB)`,
    );
    expect(mock.state.volumes[0]?.quota_gb).toBe(100);
  });

  it("needs force to delete a volume that holds data", async () => {
    const refused = await call(mock, "volumes.delete", { id: "vol-123456" });
    expect(refused.status).toBe(400);
    expect(asRecord(refused.body).detail).toMatch(/is not empty/);
    expect(
      (await call(mock, "volumes.delete", { id: "vol-123456", query: { force: "true" } })).status,
    ).toBe(204);
    expect(mock.state.volumes).toHaveLength(0);
  });

  it("needs force to delete an empty volume a pod mounts", async () => {
    const seeded = createPodstackMock({
      baseURL: "https://mounted.test/v1",
      seed: { volumes: [mockVolume({ id: "vol-123456", name: "empty" })] },
    });
    server.use(...seeded.handlers);
    const refused = await call(seeded, "volumes.delete", { id: "vol-123456" });
    expect(refused.status).toBe(400);
    expect(asRecord(refused.body).detail).toMatch(/mounted by pod pod-123/);
  });

  it.each(["volumes.get", "volumes.delete"] as const)(
    "%s of an unknown id is 404",
    async (operation) => {
      const result = await call(mock, operation, { id: "vol-nope" });
      expect(result.status).toBe(404);
      expect(result.body).toEqual({ detail: "Volume vol-nope not found" });
    },
  );

  it("resize of an unknown id is 404", async () => {
    expect(
      (await call(mock, "volumes.resize", { id: "vol-nope", body: SDK_VOLUME_RESIZE })).status,
    ).toBe(404);
  });

  it("answers 422 with field errors to a bad create or resize body", async () => {
    const create = await call(mock, "volumes.create", { body: { name: "x", quota_gb: -1 } });
    expect(create.status).toBe(422);
    expect(Object.keys(asRecord(asRecord(create.body).field_errors))).toEqual(["quota_gb"]);
    const resize = await call(mock, "volumes.resize", { id: "vol-123456", body: { quota: 500 } });
    expect(resize.status).toBe(422);
    expect(Object.keys(asRecord(asRecord(resize.body).field_errors)).sort()).toEqual([
      "quota",
      "quota_gb",
    ]);
  });

  it("answers 422 to a name taken in the project", async () => {
    const result = await call(mock, "volumes.create", {
      body: { name: "my-volume", quota_gb: 10 },
    });
    expect(result.status).toBe(422);
    expect(asRecord(result.body).field_errors).toEqual({
      name: ["A volume named my-volume already exists in this project"],
    });
  });

  it("creates in the named project and lists by project", async () => {
    const created = await call(mock, "volumes.create", { body: CREATE, projectId: OTHER_PROJECT });
    expect(asRecord(created.body).project_id).toBe(OTHER_PROJECT);
    const listed = v.parse(
      VolumeList,
      (await call(mock, "volumes.list", { projectId: OTHER_PROJECT })).body,
    );
    expect(listed.map((item) => item.name)).toEqual(["shared-data"]);
  });

  it.each([
    ["volumes.list", {}],
    ["volumes.get", { id: "vol-123456" }],
    ["volumes.create", { body: CREATE }],
    ["volumes.resize", { id: "vol-123456", body: SDK_VOLUME_RESIZE }],
    ["volumes.delete", { id: "vol-123456", query: { force: "true" } }],
  ] as const)("%s in a foreign project is 403", async (operation, options) => {
    const result = await call(mock, operation, { ...options, projectId: FOREIGN_PROJECT });
    expect(result.status).toBe(403);
    expect(result.body).toEqual({ detail: "Access denied to resource" });
    expect(mock.state.volumes).toHaveLength(1);
    expect(mock.state.volumes[0]?.quota_gb).toBe(100);
  });
});
