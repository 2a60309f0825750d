import * as v from "valibot";
import {
  AddSSHKeyRequest,
  CreateFabricPartitionRequest,
  CreateFilesystemRequest,
  CreateFirewallRulesetRequest,
  CreateTicketRequest,
  FirewallRuleInput,
  InstanceIdsRequest,
  LaunchInstanceRequest,
  ReplaceFirewallRulesRequest,
  UpdateFirewallRulesetRequest,
  UpdateGlobalFirewallRulesetRequest,
  UpdateInstanceRequest,
  UpdateTicketRequest,
} from "../src/index.js";

const ssh = { protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "SSH" };
const launch = { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"] };

function accepts(schema: v.GenericSchema, value: unknown): boolean {
  return v.safeParse(schema, value).success;
}

describe("LaunchInstanceRequest", () => {
  it("accepts the spec's minimal launch and every optional field", () => {
    expect(accepts(LaunchInstanceRequest, launch)).toBe(true);
    const full = {
      ...launch,
      file_system_names: ["my-filesystem"],
      file_system_mounts: [{ mount_point: "/data/custom-mount-point", file_system_id: "398578a2336b49079e74043f0bd2cfe8" }],
      hostname: "headnode1",
      name: "My Instance",
      image: { family: "ubuntu-lts" },
      user_data: "#cloud-config\npackages: [htop]\n",
      tags: [{ key: "client-token", value: "0b0e" }],
      firewall_rulesets: [{ id: "c4d291f47f9d436fa39f58493ce3b50d" }],
    };
    expect(v.parse(LaunchInstanceRequest, full)).toEqual(full);
    expect(accepts(LaunchInstanceRequest, { ...launch, image: { id: "43336648-096d-4cba-9aa2-f9bb7727639d" } })).toBe(true);
  });

  it.each([
    ["a missing ssh_key_names", { region_name: "us-west-1", instance_type_name: "gpu_1x_a10" }],
    ["a misspelt field (strict: nothing is silently dropped)", { ...launch, file_system_name: ["x"] }],
    ["quantity, which the spec no longer has", { ...launch, quantity: 1 }],
    ["an upper-case hostname", { ...launch, hostname: "HeadNode" }],
    ["a 64-character hostname", { ...launch, hostname: "a".repeat(64) }],
    ["a 65-character name", { ...launch, name: "n".repeat(65) }],
    ["an image with both id and family", { ...launch, image: { id: "x", family: "ubuntu-lts" } }],
    ["a tag key starting with a digit", { ...launch, tags: [{ key: "1abc", value: "v" }] }],
    ["a mount point outside /home, /lambda/nfs and /data", { ...launch, file_system_mounts: [{ mount_point: "/etc/x", file_system_id: "f" }] }],
    ["user data over 1 MiB", { ...launch, user_data: "x".repeat(1024 * 1024 + 1) }],
    ["an empty region", { ...launch, region_name: "" }],
  ])("refuses %s", (_what, body) => {
    expect(accepts(LaunchInstanceRequest, body)).toBe(false);
  });
});

describe("FirewallRuleInput", () => {
  it.each([
    ["tcp on one port", ssh],
    ["icmp without a port range", { protocol: "icmp", source_network: "0.0.0.0/0", description: "ping" }],
    ["a bare address (means /32)", { ...ssh, source_network: "1.2.3.4" }],
    ["an empty description", { ...ssh, description: "" }],
    ["all protocols on a range", { ...ssh, protocol: "all", port_range: [1, 65535] }],
  ])("accepts %s", (_what, rule) => {
    expect(accepts(FirewallRuleInput, rule)).toBe(true);
  });

  it.each([
    ["icmp with a port range", { ...ssh, protocol: "icmp" }, "port_range"],
    ["tcp without a port range", { protocol: "tcp", source_network: "0.0.0.0/0", description: "x" }, "port_range"],
    ["a reversed range", { ...ssh, port_range: [443, 80] }, "port_range"],
    ["port 0", { ...ssh, port_range: [0, 22] }, "port_range.0"],
    ["port 65536", { ...ssh, port_range: [22, 65536] }, "port_range.1"],
    ["a hostname as source", { ...ssh, source_network: "example.com" }, "source_network"],
    ["a /33 prefix", { ...ssh, source_network: "10.0.0.0/33" }, "source_network"],
    ["an unknown protocol", { ...ssh, protocol: "sctp" }, "protocol"],
    ["a 129-character description", { ...ssh, description: "d".repeat(129) }, "description"],
  ])("refuses %s, naming %s", (_what, rule, path) => {
    const result = v.safeParse(FirewallRuleInput, rule);
    expect(result.success).toBe(false);
    expect(result.issues?.[0] && v.getDotPath(result.issues[0])).toBe(path);
  });

  it("PUT /firewall-rules wants the rules wrapped in data", () => {
    expect(accepts(ReplaceFirewallRulesRequest, { data: [ssh] })).toBe(true);
    expect(accepts(ReplaceFirewallRulesRequest, [ssh])).toBe(false);
    expect(accepts(ReplaceFirewallRulesRequest, { rules: [ssh] })).toBe(false);
  });
});

describe("the other request bodies", () => {
  it.each([
    ["AddSSHKeyRequest with a key", AddSSHKeyRequest, { name: "laptop", public_key: "ssh-ed25519 AAAA me" }],
    ["AddSSHKeyRequest to generate", AddSSHKeyRequest, { name: "ci" }],
    ["CreateFilesystemRequest", CreateFilesystemRequest, { name: "my-filesystem", region: "us-west-1" }],
    ["CreateFirewallRulesetRequest", CreateFirewallRulesetRequest, { name: "ssh-only", region: "us-west-1", rules: [ssh] }],
    ["UpdateFirewallRulesetRequest (name only)", UpdateFirewallRulesetRequest, { name: "renamed" }],
    ["UpdateGlobalFirewallRulesetRequest", UpdateGlobalFirewallRulesetRequest, { rules: [] }],
    ["UpdateInstanceRequest", UpdateInstanceRequest, { name: "renamed" }],
    ["InstanceIdsRequest", InstanceIdsRequest, { instance_ids: ["0920582c7ff041399e34823a0be62549"] }],
    ["CreateFabricPartitionRequest", CreateFabricPartitionRequest, { name: "training-one", region: "us-east-1" }],
    ["CreateTicketRequest", CreateTicketRequest, { subject: "s", description: "d", type: "incident", severity: "sev_2" }],
    ["UpdateTicketRequest", UpdateTicketRequest, { status: "solved", comment: { body: "done" } }],
  ])("%s accepts a valid body", (_name, schema, body) => {
    expect(v.parse(schema as v.GenericSchema, body)).toEqual(body);
  });

  it.each([
    ["AddSSHKeyRequest with an empty name", AddSSHKeyRequest, { name: "" }],
    ["AddSSHKeyRequest with an empty public key", AddSSHKeyRequest, { name: "k", public_key: "" }],
    ["CreateFilesystemRequest with a name starting with a digit", CreateFilesystemRequest, { name: "1fs", region: "us-west-1" }],
    ["CreateFilesystemRequest with a 61-character name", CreateFilesystemRequest, { name: "f".repeat(61), region: "us-west-1" }],
    ["CreateFirewallRulesetRequest without rules", CreateFirewallRulesetRequest, { name: "n", region: "us-west-1" }],
    ["UpdateGlobalFirewallRulesetRequest renaming it", UpdateGlobalFirewallRulesetRequest, { name: "mine" }],
    ["InstanceIdsRequest with a bare id", InstanceIdsRequest, { instance_ids: "0920582c7ff041399e34823a0be62549" }],
    ["CreateFabricPartitionRequest with an upper-case name", CreateFabricPartitionRequest, { name: "Training", region: "us-east-1" }],
    ["CreateTicketRequest of type automated_event", CreateTicketRequest, { subject: "s", description: "d", type: "automated_event" }],
    ["UpdateTicketRequest reopening", UpdateTicketRequest, { status: "open" }],
  ])("%s is refused", (_name, schema, body) => {
    expect(accepts(schema as v.GenericSchema, body)).toBe(false);
  });
});
