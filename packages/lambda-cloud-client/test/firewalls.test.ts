import { BadRequestError, NotFoundError, RequestValidationError, type FirewallRuleInput } from "../src/index.js";
import { expectRequest, useLambdaClient } from "./support/client.js";

const { mock, client, sent, lastSent } = useLambdaClient();
const RULESET_ID = "c4d291f47f9d436fa39f58493ce3b50d";
const SSH: FirewallRuleInput = { protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "Allow SSH from anywhere" };
const HTTPS: FirewallRuleInput = { protocol: "tcp", port_range: [443, 443], source_network: "203.0.113.0/24", description: "office HTTPS" };
const PING: FirewallRuleInput = { protocol: "icmp", source_network: "0.0.0.0/0", description: "ping" };

describe("client.firewallRules", () => {
  it("list() sends GET /firewall-rules and returns the rules", async () => {
    const rules = await client().firewallRules.list();
    expectRequest(await lastSent(), { method: "GET", path: "/firewall-rules", apiKey: mock.apiKey });
    expect(rules).toEqual([SSH]);
  });

  it("replace(rules) sends PUT /firewall-rules with the rules wrapped in data, and returns the new rules", async () => {
    const rules = await client().firewallRules.replace([HTTPS, PING]);
    expectRequest(await lastSent(), { method: "PUT", path: "/firewall-rules", apiKey: mock.apiKey, body: { data: [HTTPS, PING] } });
    expect(rules).toEqual([HTTPS, PING]);
    expect(mock.state.firewallRules).toEqual([HTTPS, PING]);
  });

  it("replace refuses a rule without port_range (tcp) and names it as the caller did", async () => {
    const bad = { protocol: "tcp", source_network: "0.0.0.0/0", description: "no ports" } as FirewallRuleInput;
    const error = await client().firewallRules.replace([SSH, bad]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain("rules[1].port_range");
    expect(await sent()).toHaveLength(0);
  });
});

describe("client.firewallRulesets", () => {
  it("list() sends GET /firewall-rulesets and returns the rulesets", async () => {
    const rulesets = await client().firewallRulesets.list();
    expectRequest(await lastSent(), { method: "GET", path: "/firewall-rulesets", apiKey: mock.apiKey });
    expect(rulesets.map((r) => [r.id, r.name, r.region.name])).toEqual([[RULESET_ID, "My Firewall Ruleset", "us-west-1"]]);
  });

  it("get(id) sends GET /firewall-rulesets/{id}", async () => {
    const ruleset = await client().firewallRulesets.get(RULESET_ID);
    expectRequest(await lastSent(), { method: "GET", path: `/firewall-rulesets/${RULESET_ID}`, apiKey: mock.apiKey });
    expect(ruleset).toMatchObject({ id: RULESET_ID, rules: [SSH], instance_ids: [] });
  });

  it("create({ name, region, rules }) sends POST /firewall-rulesets and returns the ruleset", async () => {
    const params = { name: "web", region: "us-west-1", rules: [HTTPS] };
    const ruleset = await client().firewallRulesets.create(params);
    expectRequest(await lastSent(), { method: "POST", path: "/firewall-rulesets", apiKey: mock.apiKey, body: params });
    expect(ruleset).toMatchObject({ name: "web", region: { name: "us-west-1" }, rules: [HTTPS], instance_ids: [] });
    expect(mock.state.firewallRulesets.has(ruleset.id)).toBe(true);
  });

  it("update(id, { name }) sends PATCH /firewall-rulesets/{id} with only the given fields", async () => {
    const ruleset = await client().firewallRulesets.update(RULESET_ID, { name: "renamed" });
    expectRequest(await lastSent(), { method: "PATCH", path: `/firewall-rulesets/${RULESET_ID}`, apiKey: mock.apiKey, body: { name: "renamed" } });
    expect(ruleset).toMatchObject({ id: RULESET_ID, name: "renamed", rules: [SSH] });
  });

  it("update(id, { rules }) replaces the rules", async () => {
    const ruleset = await client().firewallRulesets.update(RULESET_ID, { rules: [PING] });
    expect((await lastSent()).body).toEqual({ rules: [PING] });
    expect(ruleset.rules).toEqual([PING]);
  });

  it("delete(id) sends DELETE /firewall-rulesets/{id}", async () => {
    await expect(client().firewallRulesets.delete(RULESET_ID)).resolves.toBeUndefined();
    expectRequest(await lastSent(), { method: "DELETE", path: `/firewall-rulesets/${RULESET_ID}`, apiKey: mock.apiKey });
    expect(mock.state.firewallRulesets.has(RULESET_ID)).toBe(false);
  });

  it("delete of a ruleset in use is a BadRequestError; of an unknown one a NotFoundError", async () => {
    const c = client();
    await c.instances.launch({
      region_name: "us-west-1",
      instance_type_name: "gpu_1x_a10",
      ssh_key_names: ["my-public-key"],
      firewall_rulesets: [{ id: RULESET_ID }],
    });
    await expect(c.firewallRulesets.delete(RULESET_ID)).rejects.toMatchObject({
      constructor: BadRequestError,
      code: "firewall-rulesets/firewall-ruleset-in-use",
      suggestion: "Terminate all instances that are using the ruleset before deleting it.",
    });
    await expect(c.firewallRulesets.get("ffffffffffffffffffffffffffffffff")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("getGlobal() sends GET /firewall-rulesets/global", async () => {
    const global = await client().firewallRulesets.getGlobal();
    expectRequest(await lastSent(), { method: "GET", path: "/firewall-rulesets/global", apiKey: mock.apiKey });
    expect(global).toEqual({ id: "global", name: "Default Workspace Global Rules", rules: [SSH] });
  });

  it("updateGlobal({ rules }) sends PATCH /firewall-rulesets/global", async () => {
    const global = await client().firewallRulesets.updateGlobal({ rules: [HTTPS] });
    expectRequest(await lastSent(), { method: "PATCH", path: "/firewall-rulesets/global", apiKey: mock.apiKey, body: { rules: [HTTPS] } });
    expect(global.rules).toEqual([HTTPS]);
  });
});
