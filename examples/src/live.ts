import { LambdaCloudClient } from "@cloud-sdk/lambda-cloud-client";
import { createClient } from "@cloud-sdk/phala-cloud-client";
import { PhotaClient } from "@cloud-sdk/phota-client";
import { Client as PodstackClient } from "@cloud-sdk/podstack-client";
import { describeError, type Output } from "./output.js";

type Call<TClient> = readonly [label: string, run: (client: TClient) => Promise<string>];

/**
 * One provider's read-only calls: creates the client from the environment (as a user's program
 * would), then runs each call. Answers why it was skipped, when the client could not be created.
 */
async function liveCalls<TClient>(
  out: Output,
  name: string,
  connect: () => TClient,
  where: (client: TClient) => string,
  calls: readonly Call<TClient>[],
): Promise<string | undefined> {
  let client: TClient;
  try {
    client = connect();
  } catch (error) {
    return `${name}: skipped. ${describeError(error)}`;
  }
  out.heading(name, where(client));
  for (const [label, run] of calls) {
    try {
      out.ok(label, await run(client));
    } catch (error) {
      out.fail(label, describeError(error));
      break;
    }
  }
  return undefined;
}

/**
 * `--live`: read-only calls against the real services, for each provider whose credentials are set
 * in the environment (or, for Podstack, its credentials file). Says which were skipped and why.
 */
export async function runLive(out: Output): Promise<number> {
  out.line("cloud-sdk demo, live: read-only calls against the real services, for the credentials found");
  const skipped = [
    await liveCalls(out, "Lambda Cloud", () => new LambdaCloudClient(), (client) => client.baseURL, [
      ["instanceTypes.list", async (client) => `${Object.keys(await client.instanceTypes.list()).length} instance types`],
      ["instances.list", async (client) => `${(await client.instances.list()).length} instance(s)`],
    ]),
    await liveCalls(out, "Phala Cloud", () => createClient(), (client) => client.baseURL, [
      ["getCurrentUser", async (client) => `signed in (${Object.keys(await client.getCurrentUser()).join(", ")})`],
      ["getCvmList", async (client) => `${(await client.getCvmList()).total} CVM(s)`],
    ]),
    await liveCalls(out, "Podstack", () => new PodstackClient(), (client) => client.baseURL, [
      ["auth.whoami", async (client) => `signed in as ${(await client.auth.whoami()).email}`],
      ["pods.list", async (client) => `${(await client.pods.list()).length} pod(s)`],
    ]),
    await liveCalls(out, "Phota", () => new PhotaClient(), (client) => client.baseURL, [
      ["profiles.list", async (client) => `${(await client.profiles.list()).profiles.length} profile(s)`],
    ]),
  ].filter((reason): reason is string => reason !== undefined);
  out.line();
  for (const reason of skipped) out.line(reason);
  if (skipped.length === 4) out.line("No credentials were found, so nothing was called: set them and run again.");
  return out.failures === 0 ? 0 : 1;
}
