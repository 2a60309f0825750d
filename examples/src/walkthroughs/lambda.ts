import { AuthenticationError, LambdaCloudClient, MissingCredentialError } from "@cloud-sdk/lambda-cloud-client";
import { expectStep, type Output, shortId } from "../output.js";
import { expectFailure, step, type Target } from "./step.js";

/** Lambda Cloud: list instance types, add an SSH key, launch, list, terminate; then a wrong key and no key. */
export async function lambdaWalkthrough(out: Output, target: Target): Promise<void> {
  const client = new LambdaCloudClient({ apiKey: target.apiKey, baseURL: target.baseURL });

  const types = await step(
    out,
    "instanceTypes.list",
    () => client.instanceTypes.list(),
    (map) => {
      const available = Object.values(map).filter((entry) => entry.regions_with_capacity_available.length > 0);
      return `${Object.keys(map).length} types, ${available.length} with capacity now`;
    },
  );
  const region = types.gpu_1x_a10?.regions_with_capacity_available[0]?.name ?? "us-west-1";
  const key = await step(
    out,
    "sshKeys.add",
    () => client.sshKeys.add({ name: "cloud-sdk-demo" }),
    (added) => `${added.name}: generated; the private key (${added.private_key.length} chars) is returned only once`,
  );
  const { instance_ids } = await step(
    out,
    "instances.launch",
    () => client.instances.launch({ region_name: region, instance_type_name: "gpu_1x_a10", ssh_key_names: [key.name], name: "demo" }),
    (launched) => `gpu_1x_a10 in ${region}: ${launched.instance_ids.map(shortId).join(", ")} (never retried automatically)`,
  );
  const id = instance_ids[0]!;
  const states: string[] = [];
  for (let read = 0; read < 2; read++) {
    const instances = await step(out, "instances.list", () => client.instances.list(), (list) => `${list.length} instance(s)`);
    states.push(instances.find((instance) => instance.id === id)?.status ?? "missing");
  }
  expectStep(out, "  its status", states.join() === "booting,active", `${states.join(" → ")} over the two lists`);
  await step(
    out,
    "instances.terminate",
    () => client.instances.terminate([id]),
    (result) => result.terminated_instances.map((instance) => `${shortId(instance.id)} ${instance.status}`).join(", "),
  );

  await expectFailure(
    out,
    "wrong key",
    () => new LambdaCloudClient({ apiKey: "secret_wrong.0000000000000000", baseURL: target.baseURL }).instances.list(),
    AuthenticationError,
  );
  await expectFailure(out, "no key", () => new LambdaCloudClient({ baseURL: target.baseURL }), MissingCredentialError);
}
