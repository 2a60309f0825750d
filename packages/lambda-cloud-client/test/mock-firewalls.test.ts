import * as v from "valibot";
import { FirewallRulesetResponseBody, ListFirewallRulesetsResponseBody } from "../src/index.js";
import { ERROR_FIXTURES } from "./fixtures/errors.js";
import { useLambdaMock } from "./support/server.js";

const { mock, call } = useLambdaMock();
const ssh = { protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "Allow SSH from anywhere" };
const https = { protocol: "tcp", port_range: [443, 443], source_network: "1.2.3.4/32", description: "HTTPS" };
const ping = { protocol: "icmp", source_network: "0.0.0.0/0", description: "ping" };
const SEEDED = "c4d291f47f9d436fa39f58493ce3b50d";

describe("account firewall rules", () => {
  it("replaces the rules with PUT {data: rules} and lists them", async () => {
    expect((await call("GET", "/firewall-rules")).json).toEqual({ data: [ssh] });
    const res = await call("PUT", "/firewall-rules", { body: { data: [https, ping] } });
    expect(res.json).toEqual({ data: [https, ping] });
    expect((await call("GET", "/firewall-rules")).json).toEqual({ data: [https, ping] });
  });

  it.each([
    ["rules not wrapped in data", [https]],
    ["icmp with a port range", { data: [{ ...ping, port_range: [1, 1] }] }],
    ["a source that is not IPv4", { data: [{ ...ssh, source_network: "::/0" }] }],
  ])("refuses %s with 400 global/invalid-parameters and keeps the old rules", async (_what, body) => {
    const res = await call("PUT", "/firewall-rules", { body });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: "global/invalid-parameters" } });
    expect(mock.state.firewallRules).toEqual([ssh]);
  });
});

describe("firewall rulesets", () => {
  it("creates, reads, patches and deletes a ruleset", async () => {
    const created = await call("POST", "/firewall-rulesets", { body: { name: "web", region: "us-east-1", rules: [https] } });
    expect(created.status).toBe(200);
    const ruleset = v.parse(FirewallRulesetResponseBody, created.json).data;
    expect(ruleset).toMatchObject({ name: "web", region: { name: "us-east-1" }, rules: [https], instance_ids: [] });
    expect((await call("GET", `/firewall-rulesets/${ruleset.id}`)).json).toEqual(created.json);

    const renamed = await call("PATCH", `/firewall-rulesets/${ruleset.id}`, { body: { name: "web-2" } });
    expect(v.parse(FirewallRulesetResponseBody, renamed.json).data).toMatchObject({ name: "web-2", rules: [https] });
    const rules = await call("PATCH", `/firewall-rulesets/${ruleset.id}`, { body: { rules: [ssh, ping] } });
    expect(v.parse(FirewallRulesetResponseBody, rules.json).data).toMatchObject({ name: "web-2", rules: [ssh, ping] });

    const list = v.parse(ListFirewallRulesetsResponseBody, (await call("GET", "/firewall-rulesets")).json).data;
    expect(list.map((r) => r.name)).toEqual(["My Firewall Ruleset", "web-2"]);

    const deleted = await call("DELETE", `/firewall-rulesets/${ruleset.id}`);
    expect(deleted.json).toEqual({ data: {} });
    expect(mock.state.firewallRulesets.has(ruleset.id)).toBe(false);
  });

  it.each([
    ["GET", undefined],
    ["PATCH", { name: "x" }],
    ["DELETE", undefined],
  ])("%s of an unknown ruleset answers the documented 404", async (method, body) => {
    const res = await call(method, "/firewall-rulesets/ffffffffffffffffffffffffffffffff", { body });
    expect(res.status).toBe(404);
    expect(res.json).toEqual(ERROR_FIXTURES.firewallRulesetNotFound.body);
  });

  it("refuses to delete a ruleset a live instance uses", async () => {
    await call("POST", "/instance-operations/launch", {
      body: { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"], firewall_rulesets: [{ id: SEEDED }] },
    });
    const res = await call("DELETE", `/firewall-rulesets/${SEEDED}`);
    expect(res.status).toBe(400);
    expect(res.json).toEqual(ERROR_FIXTURES.firewallRulesetInUse.body);
  });

  it.each([
    ["a missing rules field", { name: "x", region: "us-west-1" }],
    ["an unknown region", { name: "x", region: "mars-north-1", rules: [] }],
    ["a 65-character name", { name: "n".repeat(65), region: "us-west-1", rules: [] }],
  ])("refuses to create with %s", async (_what, body) => {
    const res = await call("POST", "/firewall-rulesets", { body });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: "global/invalid-parameters" } });
    expect(mock.state.firewallRulesets.size).toBe(1);
  });
});

describe("the global ruleset", () => {
  it("reads it and patches its rules", async () => {
    expect((await call("GET", "/firewall-rulesets/global")).json).toEqual({
      data: { id: "global", name: "Default Workspace Global Rules", rules: [ssh] },
    });
    const res = await call("PATCH", "/firewall-rulesets/global", { body: { rules: [ping] } });
    expect(res.json).toEqual({ data: { id: "global", name: "Default Workspace Global Rules", rules: [ping] } });
    expect(mock.state.globalFirewallRuleset.rules).toEqual([ping]);
  });

  it("cannot be renamed: a name is not a field of the global patch, and is ignored like any unknown field", async () => {
    const res = await call("PATCH", "/firewall-rulesets/global", { body: { name: "mine" } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: { id: "global", name: "Default Workspace Global Rules", rules: [ssh] } });
    expect(mock.state.globalFirewallRuleset.name).toBe("Default Workspace Global Rules");
  });

  it("still refuses a bad value of a known field with 400 global/invalid-parameters", async () => {
    const res = await call("PATCH", "/firewall-rulesets/global", { body: { rules: "all" } });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: "global/invalid-parameters" } });
    expect(mock.state.globalFirewallRuleset.rules).toEqual([ssh]);
  });
});
