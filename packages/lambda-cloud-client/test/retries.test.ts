import { http, HttpResponse } from "msw";
import { ConflictError, ConnectionError, RateLimitError, ServerError, type FirewallRuleInput, type LambdaCloudClient } from "../src/index.js";
import { useLambdaClient } from "./support/client.js";

const { mock, server, client, sent } = useLambdaClient();
const SEEDED = "0920582c7ff041399e34823a0be62549";
const RULESET = "c4d291f47f9d436fa39f58493ce3b50d";
const SSH: FirewallRuleInput = { protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "SSH" };
const launchParams = { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"] };
// No wait between attempts: the server says so.
const NOW = { "retry-after": "0" };

async function attempts(): Promise<number> {
  return (await sent()).length;
}

describe("reads and idempotent operations are retried", () => {
  it("a GET is retried after a 503 and succeeds", async () => {
    mock.failNext({ status: 503, headers: NOW });
    const regions = await client().regions.list();
    expect(regions.length).toBeGreaterThan(0);
    expect(await attempts()).toBe(2);
  });

  it("a GET is retried after a 429 with a non-JSON body", async () => {
    mock.failNext({ status: 429, headers: NOW });
    await client().instances.list();
    expect(await attempts()).toBe(2);
  });

  it("a GET gives up after maxRetries with the last error", async () => {
    mock.failNext({ status: 503, headers: NOW, times: 3 });
    await expect(client({ maxRetries: 2 }).images.list()).rejects.toBeInstanceOf(ServerError);
    expect(await attempts()).toBe(3);
  });

  it("maxRetries per call wins over the client's", async () => {
    mock.failNext({ status: 503, headers: NOW });
    await expect(client({ maxRetries: 5 }).images.list({ maxRetries: 0 })).rejects.toBeInstanceOf(ServerError);
    expect(await attempts()).toBe(1);
  });

  it("a GET is retried after a broken connection", async () => {
    let calls = 0;
    server.use(
      http.get(`${mock.baseURL}/regions`, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json({ data: [] });
      }),
    );
    expect(await client().regions.list()).toEqual([]);
    expect(calls).toBe(2);
  });

  it.each<[string, (c: LambdaCloudClient) => Promise<unknown>, string, string]>([
    ["instances.terminate", (c) => c.instances.terminate([SEEDED]), "POST", "/instance-operations/terminate"],
    ["instances.update (rename)", (c) => c.instances.update(SEEDED, { name: "x" }), "POST", `/instances/${SEEDED}`],
    ["sshKeys.delete", (c) => c.sshKeys.delete([...mock.state.sshKeys.keys()][0] ?? ""), "DELETE", `/ssh-keys/${[...mock.state.sshKeys.keys()][0]}`],
    ["firewallRules.replace (PUT)", (c) => c.firewallRules.replace([SSH]), "PUT", "/firewall-rules"],
    ["firewallRulesets.update (PATCH)", (c) => c.firewallRulesets.update(RULESET, { name: "x" }), "PATCH", `/firewall-rulesets/${RULESET}`],
    ["firewallRulesets.updateGlobal (PATCH)", (c) => c.firewallRulesets.updateGlobal({ rules: [SSH] }), "PATCH", "/firewall-rulesets/global"],
    ["firewallRulesets.delete", (c) => c.firewallRulesets.delete(RULESET), "DELETE", `/firewall-rulesets/${RULESET}`],
    ["fabric.update (rename)", (c) => c.fabric.update("43336648-096d-4cba-9aa2-f9bb7727639d", { name: "x" }), "POST", "/fabric/43336648-096d-4cba-9aa2-f9bb7727639d"],
  ])("%s is idempotent: retried after a 503", async (_name, call, method, path) => {
    mock.failNext({ status: 503, headers: NOW, method, path });
    await call(client());
    expect(await attempts()).toBe(2);
  });
});

describe("operations that create, bill or act are never repeated once they may have reached Lambda", () => {
  it("launch is not retried after a 500", async () => {
    const before = mock.state.instances.size;
    mock.failNext({ status: 500, path: "/instance-operations/launch", headers: NOW });
    await expect(client().instances.launch(launchParams)).rejects.toBeInstanceOf(ServerError);
    expect(await attempts()).toBe(1);
    expect(mock.state.instances.size).toBe(before);
  });

  it("launch is not retried when the answer is lost after Lambda acted; the instance is found by its tag", async () => {
    const token = "5d7a1f0e-client-token";
    mock.failNext({ status: 502, body: "<html><title>502 Bad Gateway</title></html>", path: "/instance-operations/launch", afterEffect: true, headers: NOW });
    const c = client();
    const error = await c.instances
      .launch({ ...launchParams, name: "run-7", tags: [{ key: "client-token", value: token }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServerError);
    expect(await attempts()).toBe(1);
    // Exactly one instance was started; reconcile instead of launching again.
    const launched = (await c.instances.list()).filter((i) => i.tags?.some((tag) => tag.key === "client-token" && tag.value === token));
    expect(launched.map((i) => i.name)).toEqual(["run-7"]);
  });

  it("launch is not retried after a broken connection", async () => {
    let calls = 0;
    server.use(
      http.post(`${mock.baseURL}/instance-operations/launch`, () => {
        calls += 1;
        return HttpResponse.error();
      }),
    );
    await expect(client().instances.launch(launchParams)).rejects.toBeInstanceOf(ConnectionError);
    expect(calls).toBe(1);
  });

  it("launch is retried after a 429: the request was not processed", async () => {
    const before = mock.state.instances.size;
    mock.failNext({ status: 429, path: "/instance-operations/launch", headers: NOW });
    const { instance_ids } = await client().instances.launch(launchParams);
    expect(instance_ids).toHaveLength(1);
    expect(await attempts()).toBe(2);
    expect(mock.state.instances.size).toBe(before + 1);
  });

  it("a 429 that persists ends in a RateLimitError after maxRetries", async () => {
    mock.failNext({ status: 429, path: "/instance-operations/launch", headers: NOW, times: 2 });
    await expect(client({ maxRetries: 1 }).instances.launch(launchParams)).rejects.toBeInstanceOf(RateLimitError);
    expect(await attempts()).toBe(2);
  });

  it.each<[string, (c: LambdaCloudClient) => Promise<unknown>, string, string]>([
    ["instances.restart", (c) => c.instances.restart([SEEDED]), "POST", "/instance-operations/restart"],
    ["sshKeys.add", (c) => c.sshKeys.add({ name: "ci" }), "POST", "/ssh-keys"],
    ["fileSystems.create", (c) => c.fileSystems.create({ name: "data", region: "us-west-1" }), "POST", "/filesystems"],
    ["firewallRulesets.create", (c) => c.firewallRulesets.create({ name: "x", region: "us-west-1", rules: [SSH] }), "POST", "/firewall-rulesets"],
    ["fabric.create", (c) => c.fabric.create({ name: "x", region: "us-east-1" }), "POST", "/fabric"],
    ["tickets.create", (c) => c.tickets.create({ subject: "s", description: "d", type: "service_request" }), "POST", "/tickets"],
  ])("%s is not retried after a 503", async (_name, call, method, path) => {
    mock.failNext({ status: 503, headers: NOW, method, path });
    await expect(call(client())).rejects.toBeInstanceOf(ServerError);
    expect(await attempts()).toBe(1);
  });
});

describe("409 global/internal-error on firewall-ruleset writes (Lambda: try again later)", () => {
  const internalError = { status: 409, body: { error: { code: "global/internal-error", message: "An internal server error occurred.", suggestion: "Try again later. Contact Support if the problem persists." } }, headers: NOW };

  it("is retried for an update (idempotent)", async () => {
    mock.failNext({ ...internalError, path: `/firewall-rulesets/${RULESET}` });
    expect((await client().firewallRulesets.update(RULESET, { name: "renamed" })).name).toBe("renamed");
    expect(await attempts()).toBe(2);
  });

  it("is not retried for a create", async () => {
    mock.failNext({ ...internalError, path: "/firewall-rulesets" });
    await expect(client().firewallRulesets.create({ name: "x", region: "us-west-1", rules: [SSH] })).rejects.toBeInstanceOf(ConflictError);
    expect(await attempts()).toBe(1);
  });

  it("global/conflict on restart is not retried", async () => {
    mock.failNext({ status: 409, path: "/instance-operations/restart", headers: NOW });
    await expect(client().instances.restart([SEEDED])).rejects.toMatchObject({ code: "global/conflict" });
    expect(await attempts()).toBe(1);
  });
});
