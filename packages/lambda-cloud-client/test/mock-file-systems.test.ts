import * as v from "valibot";
import { CreateFilesystemResponseBody, ListFilesystemsResponseBody } from "../src/index.js";
import { ERROR_FIXTURES } from "./fixtures/errors.js";
import { useLambdaMock } from "./support/server.js";

const { mock, call } = useLambdaMock();
const SEEDED_FS = "398578a2336b49079e74043f0bd2cfe8";
const SEEDED_INSTANCE = "0920582c7ff041399e34823a0be62549";

async function list() {
  return v.parse(ListFilesystemsResponseBody, (await call("GET", "/file-systems")).json).data;
}

describe("file systems (list /file-systems, create and delete /filesystems)", () => {
  it("creates a filesystem and lists it", async () => {
    const res = await call("POST", "/filesystems", { body: { name: "datasets", region: "us-east-1" } });
    expect(res.status).toBe(200);
    const { data } = v.parse(CreateFilesystemResponseBody, res.json);
    expect(data).toMatchObject({
      name: "datasets",
      mount_point: "/lambda/nfs/datasets",
      is_in_use: false,
      region: { name: "us-east-1", description: "Virginia, USA" },
      created_by: { email: "me@example.com" },
    });
    expect((await list()).map((f) => f.name)).toEqual(["my-filesystem", "datasets"]);
  });

  it("answers a duplicate name with 400 global/duplicate", async () => {
    const res = await call("POST", "/filesystems", { body: { name: "my-filesystem", region: "us-west-1" } });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: "global/duplicate" } });
    expect(mock.state.fileSystems.size).toBe(1);
  });

  it.each([
    ["a name starting with a digit", { name: "1fs", region: "us-west-1" }],
    ["an unknown region", { name: "fs", region: "mars-north-1" }],
    ["no region", { name: "fs" }],
  ])("refuses %s with 400 global/invalid-parameters", async (_what, body) => {
    const res = await call("POST", "/filesystems", { body });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: "global/invalid-parameters" } });
  });

  it("refuses to delete a filesystem a live instance mounts, then deletes it once it is free", async () => {
    expect((await list())[0]?.is_in_use).toBe(true);
    const refused = await call("DELETE", `/filesystems/${SEEDED_FS}`);
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ error: { code: "filesystems/filesystem-in-use" } });
    await call("POST", "/instance-operations/terminate", { body: { instance_ids: [SEEDED_INSTANCE] } });
    expect((await list())[0]?.is_in_use).toBe(false);
    const res = await call("DELETE", `/filesystems/${SEEDED_FS}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: { deleted_ids: [SEEDED_FS] } });
    expect(await list()).toEqual([]);
  });

  it("answers an unknown id with the documented 'Filesystem was not found.'", async () => {
    const res = await call("DELETE", "/filesystems/ffffffffffffffffffffffffffffffff");
    expect(res.status).toBe(404);
    expect(res.json).toEqual(ERROR_FIXTURES.filesystemNotFound.body);
  });

  it("does not serve the paths the other way round", async () => {
    expect((await call("GET", "/filesystems")).status).toBe(404);
    expect((await call("POST", "/file-systems", { body: { name: "fs", region: "us-west-1" } })).status).toBe(404);
  });
});
