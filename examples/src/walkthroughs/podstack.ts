import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuthenticationError, Client } from "@cloud-sdk/podstack-client";
import { type Output, shortId } from "../output.js";
import { expectFailure, step, type Target } from "./step.js";

/** A credentials file that does not exist, so "no token" is shown whatever this machine has. */
const NO_CREDENTIALS_FILE = join(tmpdir(), "cloud-sdk-demo", "no-such-credentials");

/** Podstack: whoami, create a pod and wait until it runs; then a wrong token and no token. */
export async function podstackWalkthrough(out: Output, target: Target): Promise<void> {
  const client = new Client({ apiToken: target.apiKey, apiEndpoint: target.baseURL });

  await step(out, "auth.whoami", () => client.auth.whoami(), (user) => `signed in as ${user.email}`);
  const pod = await step(
    out,
    "pods.create",
    () => client.pods.create({ name: "demo-training", image: "pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime", gpu_type: "A100", gpu_count: 1 }),
    (created) => `${created.name} (${shortId(created.id)}) is ${created.status}`,
  );
  const progress = out.progress("pods.waitUntilRunning");
  const seen: string[] = [pod.status];
  const running = await step(
    out,
    "pods.waitUntilRunning",
    () =>
      client.pods
        .waitUntilRunning(pod.id, {
          interval: 300,
          timeout: 30_000,
          onPoll: (current) => {
            if (seen.at(-1) !== current.status) seen.push(current.status);
            progress.update(current.status);
          },
        })
        .finally(() => progress.clear()),
    (ready) => `${seen.join(" → ")}; ssh: ${ready.ssh_command ?? "(none)"}`,
  );
  await step(out, "pods.delete", () => client.pods.delete(running.id, { force: true }), () => "deleted (force: it was running)");

  await expectFailure(
    out,
    "wrong token",
    () => new Client({ apiToken: "psk_wrong_token_000000000000", apiEndpoint: target.baseURL }).auth.whoami(),
    AuthenticationError,
  );
  await expectFailure(
    out,
    "no token",
    () => new Client({ apiEndpoint: target.baseURL, credentialsFile: NO_CREDENTIALS_FILE }).auth.whoami(),
    AuthenticationError,
  );
}
