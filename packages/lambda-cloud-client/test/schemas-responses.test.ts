import * as v from "valibot";
import {
  AddSSHKeyResponseBody,
  ApiErrorResponseBody,
  AttachmentDownloadResponseBody,
  AuditEventsResponseBody,
  CreateTicketResponseBody,
  DeleteFilesystemResponseBody,
  EmptyResponseBody,
  FabricPartitionResponseBody,
  FirewallRulesResponseBody,
  GlobalFirewallRulesetResponseBody,
  InitiateAttachmentUploadResponseBody,
  InstanceResponseBody,
  LaunchInstanceResponseBody,
  ListAttachmentsResponseBody,
  ListFilesystemsResponseBody,
  ListFirewallRulesetsResponseBody,
  ListImagesResponseBody,
  ListInstancesResponseBody,
  ListInstanceTypesResponseBody,
  ListRegionsResponseBody,
  ListSSHKeysResponseBody,
  ListTicketsResponseBody,
  RestartInstancesResponseBody,
  TerminateInstancesResponseBody,
} from "../src/index.js";
import { ERROR_FIXTURES } from "./fixtures/errors.js";
import { fixture, without, withValue } from "./support/api.js";

const cases: [string, v.GenericSchema][] = [
  ["list-instances.json", ListInstancesResponseBody],
  ["get-instance-booting.json", InstanceResponseBody],
  ["launch-instance.json", LaunchInstanceResponseBody],
  ["restart-instances.json", RestartInstancesResponseBody],
  ["terminate-instances.json", TerminateInstancesResponseBody],
  ["list-instance-types.json", ListInstanceTypesResponseBody],
  ["list-ssh-keys.json", ListSSHKeysResponseBody],
  ["add-ssh-key-generated.json", AddSSHKeyResponseBody],
  ["empty.json", EmptyResponseBody],
  ["list-file-systems.json", ListFilesystemsResponseBody],
  ["delete-filesystem.json", DeleteFilesystemResponseBody],
  ["list-images.json", ListImagesResponseBody],
  ["list-regions.json", ListRegionsResponseBody],
  ["firewall-rules.json", FirewallRulesResponseBody],
  ["list-firewall-rulesets.json", ListFirewallRulesetsResponseBody],
  ["global-firewall-ruleset.json", GlobalFirewallRulesetResponseBody],
  ["audit-events-1.10.0.json", AuditEventsResponseBody],
  ["audit-events-1.8.3.json", AuditEventsResponseBody],
  ["fabric-partition.json", FabricPartitionResponseBody],
  ["list-tickets.json", ListTicketsResponseBody],
  ["create-ticket.json", CreateTicketResponseBody],
  ["list-ticket-attachments.json", ListAttachmentsResponseBody],
  ["initiate-attachment-upload.json", InitiateAttachmentUploadResponseBody],
  ["attachment-download-url.json", AttachmentDownloadResponseBody],
];

describe("response schemas accept the documented bodies", () => {
  it.each(cases)("%s parses and keeps every field", (name, schema) => {
    const body = fixture(name);
    const result = v.safeParse(schema, body);
    expect(result.issues).toBeUndefined();
    // Loose objects everywhere: nothing the API sent is dropped.
    expect(result.output).toEqual(body);
  });

  it.each(Object.entries(ERROR_FIXTURES))("error body %s parses", (_name, { body }) => {
    expect(v.parse(ApiErrorResponseBody, body)).toEqual(body);
  });
});

function firstIssuePath(schema: v.GenericSchema, value: unknown): string | null {
  const result = v.safeParse(schema, value);
  const issue = result.issues?.[0];
  return issue ? v.getDotPath(issue) : "(no issue)";
}

describe("response schemas reject a missing required field, naming it", () => {
  it.each([
    ["list-instances.json", ListInstancesResponseBody, "data.0.status"],
    ["list-instances.json", ListInstancesResponseBody, "data.0.actions.terminate"],
    ["list-instances.json", ListInstancesResponseBody, "data.0.region.description"],
    ["list-instances.json", ListInstancesResponseBody, "data.0.instance_type.price_cents_per_hour"],
    ["list-instance-types.json", ListInstanceTypesResponseBody, "data.gpu_8x_example.instance_type.specs.gpus"],
    ["list-file-systems.json", ListFilesystemsResponseBody, "data.0.created_by"],
    ["list-ssh-keys.json", ListSSHKeysResponseBody, "data.0.public_key"],
    ["list-images.json", ListImagesResponseBody, "data.0.architecture"],
    ["firewall-rules.json", FirewallRulesResponseBody, "data.0.description"],
    ["list-firewall-rulesets.json", ListFirewallRulesetsResponseBody, "data.0.instance_ids"],
    ["launch-instance.json", LaunchInstanceResponseBody, "data.instance_ids"],
    ["terminate-instances.json", TerminateInstancesResponseBody, "data.terminated_instances"],
    ["restart-instances.json", RestartInstancesResponseBody, "data.restarted_instances.0.id"],
    ["fabric-partition.json", FabricPartitionResponseBody, "data.workspace_id"],
    ["list-tickets.json", ListTicketsResponseBody, "data.page_token"],
    ["delete-filesystem.json", DeleteFilesystemResponseBody, "data"],
    ["empty.json", EmptyResponseBody, "data"],
  ] as const)("%s without %s", (name, schema, path) => {
    expect(firstIssuePath(schema, without(fixture(name), path))).toBe(path);
  });

  it("an audit event must carry actor_lrn, though it may be null", () => {
    const body = fixture("audit-events-1.10.0.json");
    expect(v.safeParse(AuditEventsResponseBody, withValue(body, "data.0.actor_lrn", null)).success).toBe(true);
    expect(v.safeParse(AuditEventsResponseBody, without(body, "data.0.actor_lrn")).success).toBe(false);
  });

  it("an error body must carry code and message", () => {
    expect(v.safeParse(ApiErrorResponseBody, { error: { message: "x" } }).success).toBe(false);
    expect(v.safeParse(ApiErrorResponseBody, { error: { code: "global/not-found" } }).success).toBe(false);
    expect(v.safeParse(ApiErrorResponseBody, { message: "not an envelope" }).success).toBe(false);
  });

  it("integers stay integers: a price sent as a string is refused", () => {
    const path = "data.gpu_8x_example.instance_type.price_cents_per_hour";
    const body = fixture("list-instance-types.json");
    expect(firstIssuePath(ListInstanceTypesResponseBody, withValue(body, path, "1592"))).toBe(path);
    expect(firstIssuePath(ListInstanceTypesResponseBody, withValue(body, path, 15.5))).toBe(path);
  });
});

describe("what the API may add or leave out", () => {
  it("keeps fields the spec does not list (is_reserved, request_id)", () => {
    const parsed = v.parse(ListInstancesResponseBody, fixture("list-instances.json"));
    expect(parsed.data[0]).toHaveProperty("is_reserved", false);
    const error = v.parse(ApiErrorResponseBody, ERROR_FIXTURES.withRequestId.body);
    expect(error.error.request_id).toBe("req_0123456789abcdef (illustrative)");
  });

  it("a booting instance has no ip, private_ip, hostname or jupyter fields", () => {
    const { data } = v.parse(InstanceResponseBody, fixture("get-instance-booting.json"));
    expect(data.status).toBe("booting");
    expect(data.ip).toBeUndefined();
    expect(data.private_ip).toBeUndefined();
    expect(data.hostname).toBeUndefined();
    expect(data.jupyter_url).toBeUndefined();
    expect(data.file_system_mounts).toBeUndefined();
  });

  it("open enums accept values Lambda has not documented yet", () => {
    let body = withValue(fixture("list-instances.json"), "data.0.status", "error");
    body = withValue(body, "data.0.region.name", "mars-north-1");
    body = withValue(body, "data.0.actions.restart", { available: false, reason_code: "vm-is-on-fire" });
    const parsed = v.parse(ListInstancesResponseBody, body);
    expect(parsed.data[0]?.status).toBe("error");
    expect(parsed.data[0]?.region.name).toBe("mars-north-1");
    expect(parsed.data[0]?.actions.restart.reason_code).toBe("vm-is-on-fire");
    const error = v.parse(ApiErrorResponseBody, { error: { code: "provider/quota-exhausted", message: "m" } });
    expect(error.error.code).toBe("provider/quota-exhausted");
  });

  it("a non-string status is still refused", () => {
    const body = withValue(fixture("list-instances.json"), "data.0.status", 3);
    expect(firstIssuePath(ListInstancesResponseBody, body)).toBe("data.0.status");
  });

  it("the SSH-key add response keeps the generated private key", () => {
    const { data } = v.parse(AddSSHKeyResponseBody, fixture("add-ssh-key-generated.json"));
    expect("private_key" in data && data.private_key).toContain("BEGIN RSA PRIVATE KEY");
  });

  it("the global ruleset's id must be 'global'", () => {
    const body = withValue(fixture("global-firewall-ruleset.json"), "data.id", "c4d291f47f9d436fa39f58493ce3b50d");
    expect(firstIssuePath(GlobalFirewallRulesetResponseBody, body)).toBe("data.id");
  });
});
