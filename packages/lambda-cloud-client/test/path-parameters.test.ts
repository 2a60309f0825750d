import { RequestValidationError, type FirewallRuleInput, type LambdaCloudClient } from "../src/index.js";
import { useLambdaClient } from "./support/client.js";

// A path parameter of "." or ".." would be resolved away by URL parsing (`/instances/..` is
// `/api/v1/`), sending the request to another endpoint than the one called. auth-core refuses
// them before anything is sent, naming the parameter. Until that change lands in auth-core, these
// tests fail because the request is sent.
const { client, sent } = useLambdaClient();
const ID = "0920582c7ff041399e34823a0be62549";
const ATTACHMENT = "7f1c2e9a4b3d4c5e8f6a0b1c2d3e4f50";
const SSH: FirewallRuleInput = { protocol: "tcp", port_range: [22, 22], source_network: "0.0.0.0/0", description: "SSH" };

type Call = (c: LambdaCloudClient, value: string) => Promise<unknown>;

// [operation, parameter, call with the parameter set to `value`]
const CALLS: [string, string, Call][] = [
  ["instances.get", "id", (c, v) => c.instances.get(v)],
  ["instances.update", "id", (c, v) => c.instances.update(v, { name: "trainer" })],
  ["sshKeys.delete", "id", (c, v) => c.sshKeys.delete(v)],
  ["fileSystems.delete", "id", (c, v) => c.fileSystems.delete(v)],
  ["firewallRulesets.get", "id", (c, v) => c.firewallRulesets.get(v)],
  ["firewallRulesets.update", "id", (c, v) => c.firewallRulesets.update(v, { rules: [SSH] })],
  ["firewallRulesets.delete", "id", (c, v) => c.firewallRulesets.delete(v)],
  ["fabric.update", "id", (c, v) => c.fabric.update(v, { name: "renamed" })],
  ["fabric.delete", "id", (c, v) => c.fabric.delete(v)],
  ["tickets.get", "ticket_id", (c, v) => c.tickets.get(v)],
  ["tickets.update", "ticket_id", (c, v) => c.tickets.update(v, { status: "solved" })],
  ["tickets.attachments.list", "ticket_id", (c, v) => c.tickets.attachments.list(v)],
  ["tickets.attachments.initiateUpload", "ticket_id", (c, v) => c.tickets.attachments.initiateUpload(v, { filename: "a.txt", content_type: "text/plain", size_bytes: 3 })],
  ["tickets.attachments.completeUpload", "ticket_id", (c, v) => c.tickets.attachments.completeUpload(v, ATTACHMENT)],
  ["tickets.attachments.completeUpload", "attachment_id", (c, v) => c.tickets.attachments.completeUpload(ID, v)],
  ["tickets.attachments.getDownloadURL", "ticket_id", (c, v) => c.tickets.attachments.getDownloadURL(v, ATTACHMENT)],
  ["tickets.attachments.getDownloadURL", "attachment_id", (c, v) => c.tickets.attachments.getDownloadURL(ID, v)],
  ["tickets.attachments.delete", "ticket_id", (c, v) => c.tickets.attachments.delete(v, ATTACHMENT)],
  ["tickets.attachments.delete", "attachment_id", (c, v) => c.tickets.attachments.delete(ID, v)],
];

describe.each(["..", "."])("a path parameter of %j", (value) => {
  it.each(CALLS)("%s refuses it as %s with a RequestValidationError, before anything is sent", async (operation, parameter, call) => {
    const error = await call(client(), value).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).operation).toBe(operation);
    expect((error as Error).message).toContain(parameter);
    expect(await sent()).toHaveLength(0);
  });
});
