import { BadRequestError, NotFoundError, RequestValidationError } from "../src/index.js";
import { expectRequest, useLambdaClient } from "./support/client.js";

const { mock, client, sent, lastSent } = useLambdaClient();
const SEEDED_FS = [...mock.state.fileSystems.values()][0];

describe("client.fileSystems", () => {
  it("list() sends GET /file-systems (hyphenated) and returns the array", async () => {
    const fileSystems = await client().fileSystems.list();
    expectRequest(await lastSent(), { method: "GET", path: "/file-systems", apiKey: mock.apiKey });
    expect(fileSystems.map((fs) => [fs.id, fs.name, fs.is_in_use])).toEqual([[SEEDED_FS?.id, "my-filesystem", true]]);
  });

  it("create({ name, region }) sends POST /filesystems (no hyphen) and returns the file system", async () => {
    const fs = await client().fileSystems.create({ name: "datasets", region: "us-west-1" });
    expectRequest(await lastSent(), { method: "POST", path: "/filesystems", apiKey: mock.apiKey, body: { name: "datasets", region: "us-west-1" } });
    expect(fs).toMatchObject({ name: "datasets", mount_point: "/lambda/nfs/datasets", is_in_use: false, region: { name: "us-west-1" } });
    expect(mock.state.fileSystems.get(fs.id)?.name).toBe("datasets");
  });

  it("create refuses a name Lambda would reject, before sending", async () => {
    await expect(client().fileSystems.create({ name: "1-bad name", region: "us-west-1" })).rejects.toBeInstanceOf(RequestValidationError);
    expect(await sent()).toHaveLength(0);
  });

  it("a duplicate name is a BadRequestError with global/duplicate", async () => {
    await expect(client().fileSystems.create({ name: "my-filesystem", region: "us-west-1" })).rejects.toMatchObject({
      constructor: BadRequestError,
      code: "global/duplicate",
    });
  });

  it("delete(id) sends DELETE /filesystems/{id} and returns { deleted_ids }", async () => {
    const c = client();
    const created = await c.fileSystems.create({ name: "scratch", region: "us-west-1" });
    const result = await c.fileSystems.delete(created.id);
    expectRequest(await lastSent(), { method: "DELETE", path: `/filesystems/${created.id}`, apiKey: mock.apiKey });
    expect(result).toEqual({ deleted_ids: [created.id] });
  });

  it("delete of a mounted file system fails with filesystems/filesystem-in-use", async () => {
    const error = await client().fileSystems.delete(SEEDED_FS?.id ?? "").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, code: "filesystems/filesystem-in-use" });
  });

  it("delete of an unknown file system is a NotFoundError", async () => {
    await expect(client().fileSystems.delete("ffffffffffffffffffffffffffffffff")).rejects.toBeInstanceOf(NotFoundError);
  });
});
