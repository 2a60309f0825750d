import * as v from "valibot";
import { AddSSHKeyResponseBody, ListSSHKeysResponseBody } from "../src/index.js";
import { ERROR_FIXTURES } from "./fixtures/errors.js";
import { useLambdaMock } from "./support/server.js";

const { mock, call } = useLambdaMock();

async function names(): Promise<string[]> {
  const res = await call("GET", "/ssh-keys");
  return v.parse(ListSSHKeysResponseBody, res.json).data.map((k) => k.name);
}

describe("SSH keys", () => {
  it("lists the seeded key from the spec's example", async () => {
    expect((await call("GET", "/ssh-keys")).json).toEqual({
      data: [
        {
          id: "ddf9a910ceb744a0bb95242cbba6cb50",
          name: "my-public-key",
          public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICN+lJwsONkwrdsSnQsu1ydUkIuIg5oOC+Eslvmtt60T noname",
        },
      ],
    });
  });

  it("imports a public key: the answer has no private key", async () => {
    const res = await call("POST", "/ssh-keys", { body: { name: "laptop", public_key: "ssh-ed25519 AAAA me@laptop" } });
    expect(res.status).toBe(200);
    const { data } = v.parse(AddSSHKeyResponseBody, res.json);
    expect(data).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), name: "laptop", public_key: "ssh-ed25519 AAAA me@laptop" });
    expect(await names()).toEqual(["my-public-key", "laptop"]);
  });

  it("generates a pair without public_key: the private key is returned once and not kept", async () => {
    const res = await call("POST", "/ssh-keys", { body: { name: "ci" } });
    const { data } = v.parse(AddSSHKeyResponseBody, res.json);
    expect("private_key" in data && data.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(data.public_key).toMatch(/^ssh-ed25519 /);
    const listed = await call("GET", "/ssh-keys");
    expect(listed.text).not.toContain("PRIVATE KEY");
    expect(mock.state.sshKeys.get(data.id)).toEqual({ id: data.id, name: "ci", public_key: data.public_key });
  });

  it("deletes a key; a second delete answers 404 global/not-found", async () => {
    const id = "ddf9a910ceb744a0bb95242cbba6cb50";
    const res = await call("DELETE", `/ssh-keys/${id}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: {} });
    expect(await names()).toEqual([]);
    const again = await call("DELETE", `/ssh-keys/${id}`);
    expect(again.status).toBe(404);
    expect(again.json).toEqual(ERROR_FIXTURES.notFound.body);
  });

  it.each([
    ["an empty name", { name: "" }],
    ["a 65-character name", { name: "k".repeat(65) }],
    ["an empty public key", { name: "k", public_key: "" }],
    ["no name", { public_key: "ssh-ed25519 AAAA" }],
  ])("refuses %s with 400 global/invalid-parameters", async (_what, body) => {
    const res = await call("POST", "/ssh-keys", { body });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: "global/invalid-parameters", message: "Invalid request data." } });
    expect(mock.state.sshKeys.size).toBe(1);
  });
});
