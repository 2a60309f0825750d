import { NotFoundError, ResponseValidationError } from "../src/index.js";
import { http, HttpResponse } from "msw";
import { expectRequest, useLambdaClient } from "./support/client.js";

const { mock, server, client, lastSent } = useLambdaClient();
const SEEDED_KEY = [...mock.state.sshKeys.values()][0];

describe("client.sshKeys", () => {
  it("list() sends GET /ssh-keys and returns the array", async () => {
    const keys = await client().sshKeys.list();
    expectRequest(await lastSent(), { method: "GET", path: "/ssh-keys", apiKey: mock.apiKey });
    expect(keys).toEqual([SEEDED_KEY]);
    expect(keys[0]?.name).toBe("my-public-key");
  });

  it("add({ name, public_key }) imports the key and returns it without private_key", async () => {
    const public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLW7u+g9pTh+wyqDHpSQEIQczXkVx9q me@laptop";
    const key = await client().sshKeys.add({ name: "laptop", public_key });
    expectRequest(await lastSent(), { method: "POST", path: "/ssh-keys", apiKey: mock.apiKey, body: { name: "laptop", public_key } });
    expect(key).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), name: "laptop", public_key });
    expect("private_key" in key).toBe(false);
    expect(mock.state.sshKeys.get(key.id)?.name).toBe("laptop");
  });

  it("add({ name }) has Lambda generate a pair: the result carries private_key", async () => {
    const key = await client().sshKeys.add({ name: "ci" });
    expectRequest(await lastSent(), { method: "POST", path: "/ssh-keys", apiKey: mock.apiKey, body: { name: "ci" } });
    expect(key.private_key).toContain("PRIVATE KEY");
    expect(key.public_key).toMatch(/^ssh-ed25519 /);
    // Lambda does not keep the private key.
    expect(mock.state.sshKeys.get(key.id)).toEqual({ id: key.id, name: "ci", public_key: key.public_key });
  });

  it("a generated key answer without private_key is a ResponseValidationError, not a silent undefined", async () => {
    server.use(
      http.post(`${mock.baseURL}/ssh-keys`, () =>
        HttpResponse.json({ data: { id: "ddf9a910ceb744a0bb95242cbba6cb50", name: "ci", public_key: "ssh-ed25519 AAAA" } }),
      ),
    );
    const error = await client().sshKeys.add({ name: "ci" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("data.private_key");
  });

  it("delete(id) sends DELETE /ssh-keys/{id} and resolves with nothing", async () => {
    const id = SEEDED_KEY?.id ?? "";
    await expect(client().sshKeys.delete(id)).resolves.toBeUndefined();
    expectRequest(await lastSent(), { method: "DELETE", path: `/ssh-keys/${id}`, apiKey: mock.apiKey });
    expect(mock.state.sshKeys.has(id)).toBe(false);
  });

  it("delete of an unknown key fails loudly with NotFoundError (never swallowed)", async () => {
    const error = await client().sshKeys.delete("ffffffffffffffffffffffffffffffff").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe("global/not-found");
  });
});
