import { AuthError, createClient, MissingCredentialError } from "@cloud-sdk/phala-cloud-client";
import { type Output, shortId } from "../output.js";
import { expectFailure, step, type Target } from "./step.js";

const COMPOSE = "services:\n  web:\n    image: nginx:1.27\n    ports: ['80:80']\n";

/** Phala Cloud: getCurrentUser, list CVMs, provision and commit a CVM; then a wrong key and no key. */
export async function phalaWalkthrough(out: Output, target: Target): Promise<void> {
  const client = createClient({ apiKey: target.apiKey, baseURL: target.baseURL });

  await step(
    out,
    "getCurrentUser",
    () => client.getCurrentUser(),
    (me) => `${me.user.username} in workspace ${me.workspace.slug}`,
  );
  await step(
    out,
    "getCvmList",
    () => client.getCvmList({ page: 1, page_size: 10 }),
    (page) => `${page.total} CVM(s): ${page.items.map((cvm) => cvm.name).join(", ") || "none"}`,
  );
  const provision = await step(
    out,
    "provisionCvm",
    () => client.provisionCvm({ name: "demo-web-app", instance_type: "tdx.small", compose_file: { docker_compose_file: COMPOSE } }),
    (result) => `app ${shortId(result.app_id ?? "(on-chain)")}, compose hash ${shortId(result.compose_hash)}`,
  );
  await step(
    out,
    "commitCvmProvision",
    () => client.commitCvmProvision({ app_id: provision.app_id!, compose_hash: provision.compose_hash }),
    (vm) => `${vm.name} is ${vm.status} (safe to retry: idempotent on app_id + compose_hash)`,
  );

  await expectFailure(
    out,
    "wrong key",
    () => createClient({ apiKey: "phak_wrong_key_00000000000000", baseURL: target.baseURL }).getCurrentUser(),
    AuthError,
  );
  await expectFailure(out, "no key", () => createClient({ baseURL: target.baseURL }), MissingCredentialError);
}
