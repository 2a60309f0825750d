import type { Client } from "../../src";
import type { OperationId } from "../../src/routes";

/** One call of every operation, as a user makes it, against the fake's default seed. */
export const CALLS: Record<OperationId, (client: Client) => Promise<unknown>> = {
  "auth.whoami": (client) => client.auth.whoami(),
  "pods.create": (client) => client.pods.create({ name: "p", image: "i" }),
  "pods.list": (client) => client.pods.list(),
  "pods.get": (client) => client.pods.get("pod-123"),
  "pods.start": (client) => client.pods.start("pod-456"),
  "pods.stop": (client) => client.pods.stop("pod-123"),
  "pods.restart": (client) => client.pods.restart("pod-123"),
  "pods.delete": (client) => client.pods.delete("pod-456"),
  "pods.exec": (client) => client.pods.exec("pod-123", "nvidia-smi"),
  "pods.execAsync": (client) => client.pods.execAsync("pod-123", "python train.py"),
  "pods.logs": (client) => client.pods.logs("pod-123", { tail: 2 }),
  "pods.logsStream": async (client) => {
    const lines: string[] = [];
    for await (const line of client.pods.logsStream("pod-123")) lines.push(line);
    return lines;
  },
  "pods.metrics": (client) => client.pods.metrics("pod-123"),
  "pods.events": (client) => client.pods.events("pod-123"),
  "pods.saveTemplate": (client) => client.pods.saveTemplate("pod-123", { name: "t" }),
  "pods.createFromTemplate": (client) => client.pods.createFromTemplate("tmpl-1", { name: "p" }),
  "vms.create": (client) => client.vms.create({ name: "v", os: "ubuntu-22.04" }),
  "vms.list": (client) => client.vms.list(),
  "vms.images": (client) => client.vms.images(),
  "vms.get": (client) => client.vms.get("vm-123"),
  "vms.start": (client) => client.vms.start("vm-456"),
  "vms.stop": (client) => client.vms.stop("vm-123"),
  "vms.restart": (client) => client.vms.restart("vm-123"),
  "vms.delete": (client) => client.vms.delete("vm-123", { force: true }),
  "vms.resize": (client) => client.vms.resize("vm-456", { cpu: 16 }),
  "vms.createSnapshot": (client) => client.vms.createSnapshot("vm-123", { name: "s" }),
  "vms.snapshots": (client) => client.vms.snapshots("vm-123"),
  "vms.restoreSnapshot": (client) => client.vms.restoreSnapshot("vm-123", "snap-1"),
  "vms.deleteSnapshot": (client) => client.vms.deleteSnapshot("vm-123", "snap-1"),
  "vms.allocatePublicIp": (client) => client.vms.allocatePublicIp("vm-456"),
  "vms.releasePublicIp": (client) => client.vms.releasePublicIp("vm-123"),
  "vms.addFirewallRule": (client) => client.vms.addFirewallRule("vm-123", { protocol: "tcp", port: 443 }),
  "vms.firewallRules": (client) => client.vms.firewallRules("vm-123"),
  "vms.removeFirewallRule": (client) => client.vms.removeFirewallRule("vm-123", "fw-1"),
  "vms.metrics": (client) => client.vms.metrics("vm-123"),
  "vms.console": (client) => client.vms.console("vm-123"),
  "vms.exec": (client) => client.vms.exec("vm-123", "uname -a", { sudo: true }),
  "tasks.get": (client) => client.tasks.get("task-1"),
  "volumes.create": (client) => client.volumes.create({ name: "v", quota_gb: 1 }),
  "volumes.list": (client) => client.volumes.list(),
  "volumes.get": (client) => client.volumes.get("vol-123456"),
  "volumes.resize": (client) => client.volumes.resize("vol-123456", { quota_gb: 500 }),
  "volumes.delete": (client) => client.volumes.delete("vol-123456", { force: true }),
  "projects.list": (client) => client.projects.list(),
  "wallet.balance": (client) => client.wallet.balance(),
  "buckets.create": (client) => client.buckets.create({ name: "new-bucket" }),
  "buckets.list": (client) => client.buckets.list(),
  "buckets.get": (client) => client.buckets.get("bkt-123456"),
  "buckets.delete": (client) => client.buckets.delete("bkt-123456", { force: true }),
  "buckets.getCredentials": (client) => client.buckets.getCredentials("bkt-123456"),
};

/** Every operation id, in table order. */
export const OPERATIONS = Object.keys(CALLS) as OperationId[];
