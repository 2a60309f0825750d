import * as v from "valibot";
import { createPodstackMock, type PodStatusCase } from "../src/mock";
import { OPERATION_IDS, type OperationId, ROUTES } from "../src/routes";
import { OPERATION_SCHEMAS, readErrorBody } from "../src/schemas";
import { call, type CallOptions, type CallResult } from "./support/call";
import { useMockServer } from "./support/server";

const lower = createPodstackMock();
const capital = createPodstackMock({
  baseURL: "https://capital.test/v1",
  statusCase: "capitalized",
});
const server = useMockServer(lower);

/** A scenario that reaches every operation, successes and failures. */
async function scenario(mock: typeof lower, record: (op: OperationId, result: CallResult) => void) {
  const send = async (op: OperationId, options: CallOptions = {}) => {
    const result = await call(mock, op, options);
    record(op, result);
    return result;
  };
  await send("auth.whoami");
  await send("projects.list");
  await send("wallet.balance");
  const pod = await send("pods.create", {
    body: {
      name: "p",
      image: "img",
      ports: [8888],
      volumes: [{ volume_id: "vol-123456", mount_path: "/d" }],
    },
  });
  const id = String((pod.body as { id: string }).id);
  await send("pods.list");
  await send("pods.get", { id });
  await send("pods.list", { query: { status: "running" } });
  await send("pods.stop", { id });
  await send("pods.start", { id });
  await send("pods.restart", { id });
  await send("pods.delete", { id });
  await send("pods.delete", { id, query: { force: "true" } });
  await send("pods.get", { id });
  await send("pods.create", { body: { name: "" } });
  await send("pods.list", { projectId: "foreign" });
  const volume = await send("volumes.create", { body: { name: "v", quota_gb: 10 } });
  const volumeId = String((volume.body as { id: string }).id);
  await send("volumes.list");
  await send("volumes.get", { id: volumeId });
  await send("volumes.resize", { id: volumeId, body: { quota_gb: 20 } });
  await send("volumes.resize", { id: volumeId, body: { quota_gb: 5 } });
  await send("volumes.delete", { id: "vol-123456" });
  await send("volumes.delete", { id: volumeId });
  await send("wallet.balance", { token: "bad" });
  // What happens inside a pod: the seed's pod-123 runs.
  await send("pods.exec", { id: "pod-123", body: { command: "echo hi" } });
  const task = await send("pods.execAsync", { id: "pod-123", body: { command: "false" } });
  const taskId = String((task.body as { id: string }).id);
  await send("tasks.get", { id: taskId });
  await send("tasks.get", { id: taskId });
  await send("pods.logs", { id: "pod-123", query: { tail: "2" } });
  await send("pods.logsStream", { id: "pod-123" });
  await send("pods.metrics", { id: "pod-123" });
  await send("pods.events", { id: "pod-123" });
  const template = await send("pods.saveTemplate", { id: "pod-123", body: { name: "t" } });
  const templateId = String((template.body as { id: string }).id);
  await send("pods.createFromTemplate", { params: { template_id: templateId }, body: { name: "from-t" } });
  // VMs: the seed's vm-123 runs, vm-456 is stopped.
  const vm = await send("vms.create", { body: { name: "v", os: "ubuntu-22.04" } });
  const vmId = String((vm.body as { id: string }).id);
  await send("vms.list", { query: { status: "running" } });
  await send("vms.images");
  await send("vms.get", { id: vmId });
  await send("vms.start", { id: "vm-456" });
  await send("vms.stop", { id: "vm-123" });
  await send("vms.resize", { id: "vm-123", body: { cpu: 8 } });
  await send("vms.restart", { id: "vm-456" });
  const snapshot = await send("vms.createSnapshot", { id: "vm-123", body: { name: "s" } });
  const snapshotId = String((snapshot.body as { id: string }).id);
  await send("vms.snapshots", { id: "vm-123" });
  await send("vms.restoreSnapshot", { id: "vm-123", params: { snapshot_id: snapshotId } });
  await send("vms.deleteSnapshot", { id: "vm-123", params: { snapshot_id: snapshotId } });
  await send("vms.allocatePublicIp", { id: "vm-456" });
  await send("vms.releasePublicIp", { id: "vm-456" });
  const rule = await send("vms.addFirewallRule", { id: "vm-123", body: { protocol: "tcp", port: 443 } });
  const ruleId = String((rule.body as { id: string }).id);
  await send("vms.firewallRules", { id: "vm-123" });
  await send("vms.removeFirewallRule", { id: "vm-123", params: { rule_id: ruleId } });
  await send("vms.metrics", { id: "vm-123" });
  await send("vms.console", { id: "vm-123" });
  await send("vms.exec", { id: "vm-456", body: { command: "uname" } });
  await send("vms.exec", { id: vmId, body: { command: "uname" } });
  await send("vms.delete", { id: vmId, query: { force: "true" } });
  const bucket = await send("buckets.create", { body: { name: "scenario-bucket", visibility: "public" } });
  const bucketId = String((bucket.body as { id: string }).id);
  await send("buckets.list");
  await send("buckets.get", { id: bucketId });
  await send("buckets.getCredentials", { id: bucketId });
  await send("buckets.delete", { id: bucketId });
}

describe.each<[PodStatusCase, typeof lower]>([
  ["lowercase", lower],
  ["capitalized", capital],
])("every response of the fake (%s statuses)", (_case, mock) => {
  it("parses with its operation's schema, or reads as an error with a message", async () => {
    server.use(...capital.handlers);
    const seen = new Set<OperationId>();
    const failures: string[] = [];
    let errors = 0;
    await scenario(mock, (op, result) => {
      if (result.status >= 400) {
        errors += 1;
        if (readErrorBody(result.body).message === undefined)
          failures.push(`${op} ${result.status}: no message`);
        return;
      }
      seen.add(op);
      const schema = OPERATION_SCHEMAS[op] as { response?: v.GenericSchema };
      if (ROUTES[op].responds === "empty") {
        if (result.status !== 204 || result.body !== undefined)
          failures.push(`${op}: expected an empty 204`);
      } else if (ROUTES[op].responds === "text") {
        if (typeof result.body !== "string" || result.headers.get("content-type")?.startsWith("text/plain") !== true)
          failures.push(`${op}: expected plain text`);
      } else if (
        schema.response === undefined ||
        !v.safeParse(schema.response, result.body).success
      ) {
        failures.push(`${op}: ${JSON.stringify(result.body)}`);
      }
    });
    expect(failures).toEqual([]);
    expect([...seen].sort()).toEqual([...OPERATION_IDS].sort());
    // The 7 failures of the pods and volumes part, then exec on the still-starting vm-456 (409).
    expect(errors).toBe(8);
  });
});
