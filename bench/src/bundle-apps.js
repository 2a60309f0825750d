// The apps whose bundles are measured: each imports one client and makes one call, as the smallest
// real program using it would. Ours first, then the peers (the same app written against their API),
// then two references (ky alone; ky + valibot, the floor of a ky + valibot client).

export const APPS = [
  {
    name: "@cloud-sdk/lambda-cloud-client",
    ours: true,
    source: `import { LambdaCloudClient } from "@cloud-sdk/lambda-cloud-client";
const client = new LambdaCloudClient({ apiKey: "secret_bench" });
console.log(await client.instances.list());`,
  },
  {
    name: "@cloud-sdk/phala-cloud-client",
    ours: true,
    source: `import { createClient } from "@cloud-sdk/phala-cloud-client";
const client = createClient({ apiKey: "phak_bench" });
console.log(await client.getCurrentUser());`,
  },
  {
    name: "@cloud-sdk/podstack-client",
    ours: true,
    source: `import { Client } from "@cloud-sdk/podstack-client";
const client = new Client({ apiToken: "psk_bench" });
console.log(await client.pods.list());`,
  },
  {
    name: "@cloud-sdk/phota-client",
    ours: true,
    source: `import { PhotaClient } from "@cloud-sdk/phota-client";
const client = new PhotaClient({ apiKey: "bench" });
console.log(await client.profiles.list());`,
  },
  {
    name: "@phala/cloud (createClient)",
    peer: true,
    source: `import { createClient } from "@phala/cloud";
const client = createClient({ apiKey: "phak_bench" });
console.log(await client.getCurrentUser());`,
  },
  {
    name: "@phala/cloud (createBaseClient + getCurrentUser)",
    peer: true,
    source: `import { createBaseClient, getCurrentUser } from "@phala/cloud";
const client = createBaseClient({ apiKey: "phak_bench" });
console.log(await getCurrentUser(client));`,
  },
  {
    name: "lambda-cloud-node-api",
    peer: true,
    source: `import { LambdaCloudAPI } from "lambda-cloud-node-api";
const client = new LambdaCloudAPI({ apiKey: "secret_bench" });
console.log(await client.listRunningInstances());`,
  },
  {
    name: "ky alone (get + .json())",
    reference: true,
    source: `import ky from "ky";
console.log(await ky.get("https://example.com/api/v1/instances", { headers: { authorization: "Bearer x" } }).json());`,
  },
  {
    name: "ky + valibot (get + parse)",
    reference: true,
    source: `import ky from "ky";
import * as v from "valibot";
const Instance = v.object({ id: v.string(), name: v.nullish(v.string()), status: v.string(), region: v.object({ name: v.string() }) });
const body = await ky.get("https://example.com/api/v1/instances", { headers: { authorization: "Bearer x" } }).json();
console.log(v.parse(v.object({ data: v.array(Instance) }), body).data);`,
  },
];
