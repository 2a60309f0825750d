/** How each provider package is exercised from a consumer project: the same call in ESM, CJS and TS. */
export interface ConsumerCase {
  /** Package directory under packages/. */
  readonly directory: string;
  readonly packageName: string;
  /** Which emulator serves its fake. */
  readonly emulator: "lambda" | "phala" | "podstack" | "phota";
  /** ESM module body: `client` must be built from `BASE_URL` and `API_KEY`, then one call printed as JSON. */
  readonly esm: string;
  /** The same, as CommonJS. */
  readonly cjs: string;
  /** A TypeScript file using the public types (type-checked only, never run). */
  readonly types: string;
}

const env = `const { BASE_URL, API_KEY } = process.env;`;

export const CONSUMER_CASES: readonly ConsumerCase[] = [
  {
    directory: "lambda-cloud-client",
    packageName: "@cloud-sdk/lambda-cloud-client",
    emulator: "lambda",
    esm: `import { LambdaCloudClient } from "@cloud-sdk/lambda-cloud-client";
${env}
const client = new LambdaCloudClient({ apiKey: API_KEY, baseURL: BASE_URL });
console.log(JSON.stringify({ types: Object.keys(await client.instanceTypes.list()).length }));`,
    cjs: `const { LambdaCloudClient } = require("@cloud-sdk/lambda-cloud-client");
${env}
const client = new LambdaCloudClient({ apiKey: API_KEY, baseURL: BASE_URL });
client.instanceTypes.list().then((types) => console.log(JSON.stringify({ types: Object.keys(types).length })));`,
    types: `import { AuthenticationError, LambdaCloudClient, type Instance, type LambdaCloudClientOptions } from "@cloud-sdk/lambda-cloud-client";
const options: LambdaCloudClientOptions = { apiKey: "secret_x", maxRetries: 1, authScheme: "basic" };
const client = new LambdaCloudClient(options);
export async function activeIds(): Promise<string[]> {
  const instances: Instance[] = await client.instances.list();
  return instances.filter((instance) => instance.status === "active").map((instance) => instance.id);
}
export const isAuth = (error: unknown): boolean => error instanceof AuthenticationError && error.status === 401;`,
  },
  {
    directory: "phala-cloud-client",
    packageName: "@cloud-sdk/phala-cloud-client",
    emulator: "phala",
    esm: `import { createClient } from "@cloud-sdk/phala-cloud-client";
${env}
const client = createClient({ apiKey: API_KEY, baseURL: BASE_URL });
console.log(JSON.stringify({ user: (await client.getCurrentUser()).user.username }));`,
    cjs: `const { createClient } = require("@cloud-sdk/phala-cloud-client");
${env}
const client = createClient({ apiKey: API_KEY, baseURL: BASE_URL });
client.getCurrentUser().then((me) => console.log(JSON.stringify({ user: me.user.username })));`,
    types: `import { AuthError, createClient, type PhalaCloudClientOptions } from "@cloud-sdk/phala-cloud-client";
const options: PhalaCloudClientOptions<"2026-01-21"> = { apiKey: "phak_x", version: "2026-01-21" };
const client = createClient(options);
export async function names(): Promise<string[]> {
  const page = await client.getCvmList({ page: 1, page_size: 50 });
  return page.items.map((cvm) => cvm.name);
}
export async function older(): Promise<string> {
  return (await client.withVersion("2025-10-28").getCurrentUser()).username;
}
export const unauthorized = (error: unknown): boolean => error instanceof AuthError && error.status === 401;`,
  },
  {
    directory: "podstack-client",
    packageName: "@cloud-sdk/podstack-client",
    emulator: "podstack",
    esm: `import { Client } from "@cloud-sdk/podstack-client";
${env}
const client = new Client({ apiToken: API_KEY, apiEndpoint: BASE_URL });
console.log(JSON.stringify({ email: (await client.auth.whoami()).email }));`,
    cjs: `const { Client } = require("@cloud-sdk/podstack-client");
${env}
const client = new Client({ apiToken: API_KEY, apiEndpoint: BASE_URL });
client.auth.whoami().then((user) => console.log(JSON.stringify({ email: user.email })));`,
    types: `import { Client, PodstackError, type ClientOptions, type Pod } from "@cloud-sdk/podstack-client";
const options: ClientOptions = { apiToken: "psk_x", projectId: "p-1" };
const client = new Client(options);
export async function running(): Promise<Pod[]> {
  const pods = await client.pods.list({ status: "running" });
  return pods.filter((pod) => pod.status === "Running");
}
export const statusOf = (error: unknown): number | undefined => (error instanceof PodstackError ? error.statusCode : undefined);`,
  },
  {
    directory: "phota-client",
    packageName: "@cloud-sdk/phota-client",
    emulator: "phota",
    esm: `import { PhotaClient } from "@cloud-sdk/phota-client";
${env}
const client = new PhotaClient({ apiKey: API_KEY, baseURL: BASE_URL });
console.log(JSON.stringify({ profiles: (await client.profiles.list()).profiles.length }));`,
    cjs: `const { PhotaClient } = require("@cloud-sdk/phota-client");
${env}
const client = new PhotaClient({ apiKey: API_KEY, baseURL: BASE_URL });
client.profiles.list().then((list) => console.log(JSON.stringify({ profiles: list.profiles.length })));`,
    types: `import { PhotaClient, decodeImages, ContentModerationError, type PhotaClientOptions } from "@cloud-sdk/phota-client";
const options: PhotaClientOptions = { apiKey: "k", timeout: 700_000 };
const client = new PhotaClient(options);
export async function portrait(profileId: string): Promise<Uint8Array[]> {
  const result = await client.generate({ prompt: \`[[\${profileId}]] portrait\`, output_format: "png" });
  return decodeImages(result);
}
export async function links(): Promise<string[]> {
  const result = await client.generate({ prompt: "a lighthouse", response_mode: "urls" });
  return result.download_urls;
}
export const refused = (error: unknown): boolean => error instanceof ContentModerationError;`,
  },
];
