import { RequestValidationError, type FirewallRuleInput, type LambdaCloudClient, type UpdateInstanceRequest } from "../src/index.js";
import { expectRequest, useLambdaClient } from "./support/client.js";

// Tolerant reader, exact writer, open to what comes next: a field (or query parameter) this release
// does not know is sent as given, so a newer API feature is usable before the SDK catches up; a
// field it knows keeps its checks. Types stay exact: an unknown field needs a variable, not a literal.
const { mock, client, sent, lastSent } = useLambdaClient();
const SEEDED = "0920582c7ff041399e34823a0be62549";
const TICKET = "0920582c7ff041399e34823a0be62549";
const RULESET = "c4d291f47f9d436fa39f58493ce3b50d";
const PARTITION = "43336648-096d-4cba-9aa2-f9bb7727639d";
const SSH: FirewallRuleInput = { protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "SSH" };
const NEW = { x_newer_field: "as given" };

describe("request bodies: an unknown field reaches the wire, a bad known value is refused", () => {
  it("instances.update: tags (newer than API 1.10.0) are sent next to the name", async () => {
    const params = { name: "trainer", tags: [{ key: "team", value: "research" }] };
    const instance = await client().instances.update(SEEDED, params);
    expectRequest(await lastSent(), { method: "POST", path: `/instances/${SEEDED}`, apiKey: mock.apiKey, body: params });
    expect(instance.name).toBe("trainer");

    // @ts-expect-error the public type stays exact: a literal with a field it lacks does not compile
    const literal: UpdateInstanceRequest = { name: "trainer", tags: [] };
    expect(literal.name).toBe("trainer");

    const tooLong = { name: "x".repeat(65), tags: params.tags };
    const error = await client().instances.update(SEEDED, tooLong).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(["name"]);
    expect(await sent()).toHaveLength(1);
  });

  it("tickets.create: priority (unknown) is sent; severity is a known field, checked", async () => {
    const params = { subject: "GPU down", description: "nvidia-smi fails", type: "incident" as const, severity: "sev_2" as const, priority: "urgent" };
    await client().tickets.create(params);
    expectRequest(await lastSent(), { method: "POST", path: "/tickets", apiKey: mock.apiKey, body: params });

    const error = await client().tickets.create({ ...params, severity: "sev_9" as never }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain("tickets.create: invalid arguments: severity");
    expect(await sent()).toHaveLength(1);
  });

  it("tickets.update: priority and severity are sent; a status other than solved is refused", async () => {
    const params = { severity: "sev_1" as const, priority: "high" };
    await client().tickets.update(TICKET, params);
    expectRequest(await lastSent(), { method: "PATCH", path: `/tickets/${TICKET}`, apiKey: mock.apiKey, body: params });
    expect(mock.state.tickets.get(TICKET)?.severity).toBe("sev_1");

    const error = await client().tickets.update(TICKET, { ...params, status: "open" as never }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(["status"]);
    expect(await sent()).toHaveLength(1);
  });

  // Every method that takes an object body; restart, terminate and firewallRules.replace take an
  // array, which has no top-level field to add.
  it.each<[string, (c: LambdaCloudClient) => Promise<unknown>, string, string]>([
    ["instances.launch", (c) => c.instances.launch({ region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"], ...NEW }), "POST", "/instance-operations/launch"],
    ["sshKeys.add", (c) => c.sshKeys.add({ name: "laptop", public_key: "ssh-ed25519 AAAA me@laptop", ...NEW }), "POST", "/ssh-keys"],
    ["fileSystems.create", (c) => c.fileSystems.create({ name: "datasets", region: "us-west-1", ...NEW }), "POST", "/filesystems"],
    ["firewallRulesets.create", (c) => c.firewallRulesets.create({ name: "ssh", region: "us-west-1", rules: [SSH], ...NEW }), "POST", "/firewall-rulesets"],
    ["firewallRulesets.update", (c) => c.firewallRulesets.update(RULESET, { name: "ssh", ...NEW }), "PATCH", `/firewall-rulesets/${RULESET}`],
    ["firewallRulesets.updateGlobal", (c) => c.firewallRulesets.updateGlobal({ rules: [SSH], ...NEW }), "PATCH", "/firewall-rulesets/global"],
    ["fabric.create", (c) => c.fabric.create({ name: "training-two", region: "us-east-1", ...NEW }), "POST", "/fabric"],
    ["fabric.update", (c) => c.fabric.update(PARTITION, { name: "renamed", ...NEW }), "POST", `/fabric/${PARTITION}`],
    ["tickets.attachments.initiateUpload", (c) => c.tickets.attachments.initiateUpload(TICKET, { filename: "a.txt", content_type: "text/plain", size_bytes: 3, ...NEW }), "POST", `/tickets/${TICKET}/attachments`],
  ])("%s sends an unknown field as given, and the fake accepts it", async (_name, call, method, path) => {
    await call(client());
    const request = await lastSent();
    expect([request.method, request.path]).toEqual([method, path]);
    expect(request.body).toMatchObject(NEW);
  });
});

describe("query parameters: an unknown one is sent, a bad known value or a non-scalar is refused", () => {
  it("instances.list sends an unknown filter next to cluster_id", async () => {
    await client().instances.list({ cluster_id: "a0bacf07268245a2b596b5863185a4ff", region: "us-west-1" } as never);
    expectRequest(await lastSent(), {
      method: "GET",
      path: "/instances",
      apiKey: mock.apiKey,
      query: { cluster_id: "a0bacf07268245a2b596b5863185a4ff", region: "us-west-1" },
    });
  });

  it("tickets.list sends an unknown filter (array values repeated) on every page; a bad status is refused", async () => {
    const c = client();
    for (let i = 0; i < 20; i += 1) await c.tickets.create({ subject: `s${i}`, description: "d", type: "service_request" });
    const before = (await sent()).length;
    const filters = { status: ["open"], assignee: ["me", "team"] } as never;
    expect(await c.tickets.list(filters).toArray()).toHaveLength(21);
    const pages = (await sent()).slice(before);
    expect(pages).toHaveLength(2);
    for (const page of pages) expect(page.query.getAll("assignee")).toEqual(["me", "team"]);
    expect(() => c.tickets.list({ status: ["closed" as never] })).toThrow(RequestValidationError);
    expect(await sent()).toHaveLength(before + 2);
  });

  it("tickets.attachments.list sends an unknown filter; a value a URL cannot carry is refused, naming it", async () => {
    const c = client();
    await c.tickets.attachments.list(TICKET, { status: "uploaded", kind: "log" } as never);
    expectRequest(await lastSent(), {
      method: "GET",
      path: `/tickets/${TICKET}/attachments`,
      apiKey: mock.apiKey,
      query: { status: "uploaded", kind: "log" },
    });
    const error = await c.tickets.attachments.list(TICKET, { kind: [{ name: "log" }] } as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(["kind"]);
    expect(await sent()).toHaveLength(1);
  });
});
