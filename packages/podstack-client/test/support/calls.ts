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
