import { BusinessError, ConflictError, type PhalaCloudClient, RequestError, ResourceError, ServerError } from "../src";
import { hexDigest } from "../src/mock/ids";
import { useFake } from "./client-setup";

const fake = useFake();
const TX = `0x${"ab".repeat(32)}`;
const PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH0Qv2y3T6Yc5Z2k8XnY9mJcQ1oP4sR7tU0vW3xY6zA1 bob@desk";
// The seed's on-chain app: its app id is the contract address (src/mock/seed.ts).
const ONCHAIN_APP_ID = hexDigest("contract:onchain-app", 40);
const SERVICE_UNAVAILABLE = { status: 503, headers: { "Retry-After": "0" } };

type Call = (client: PhalaCloudClient) => Promise<unknown>;

const provisioned = async (client: PhalaCloudClient) =>
  client.provisionCvm({ name: "retry-app", compose_file: { docker_compose_file: "services: {}\n" } });

const SAFE: [string, Call][] = [
  ["getCvmInfo", (client) => client.getCvmInfo({ name: "my-web-app" })],
  ["getCurrentUser", (client) => client.getCurrentUser()],
  ["startCvm", (client) => client.startCvm({ name: "my-web-app" })],
  ["stopCvm", (client) => client.stopCvm({ name: "my-web-app" })],
  ["shutdownCvm", (client) => client.shutdownCvm({ name: "my-web-app" })],
  ["deleteCvm", (client) => client.deleteCvm({ name: "my-web-app" })],
  ["deleteSshKey", (client) => client.deleteSshKey({ keyId: "sshkey_1" })],
  ["refreshCvmInstanceId", (client) => client.refreshCvmInstanceId({ name: "my-web-app" })],
  ["refreshCvmInstanceIds", (client) => client.refreshCvmInstanceIds({ missing_only: true })],
  ["getCvmStatusBatch", (client) => client.getCvmStatusBatch({ vmUuids: ["00000000-0000-4000-8000-000000000000"] })],
  ["checkCvmIsAllowed", (client) => client.checkCvmIsAllowed({ cvmId: "onchain-app" })],
  ["checkAppIsAllowed", (client) => client.checkAppIsAllowed({ appId: ONCHAIN_APP_ID, compose_hash: "0".repeat(64) })],
  ["checkAppCvmsIsAllowed", (client) => client.checkAppCvmsIsAllowed({ appId: ONCHAIN_APP_ID })],
  ["syncGithubSshKeys", (client) => client.syncGithubSshKeys()],
  ["getCvmUserConfig", (client) => client.getCvmUserConfig({ name: "my-web-app" })],
  ["getKmsOnChainDetail", (client) => client.getKmsOnChainDetail({ chain: "base" })],
];

const UNSAFE: [string, Call][] = [
  ["restartCvm", (client) => client.restartCvm({ name: "my-web-app" })],
  ["provisionCvm", (client) => provisioned(client)],
  ["createSshKey", (client) => client.createSshKey({ name: "desk", public_key: PUBLIC_KEY })],
  ["updateCvmEnvs", (client) => client.updateCvmEnvs({ name: "my-web-app", encrypted_env: "00" })],
  ["updateDockerCompose", (client) => client.updateDockerCompose({ name: "my-web-app", docker_compose_file: "services: {}\n" })],
  ["updateCvmResources", (client) => client.updateCvmResources({ name: "my-web-app", vcpu: 2 })],
  ["updateCvmVisibility", (client) => client.updateCvmVisibility({ name: "my-web-app", public_logs: true, public_sysinfo: true })],
  ["replicateCvm", (client) => client.replicateCvm({ name: "my-web-app" })],
  ["createAppInstance", (client) => client.createAppInstance({ appId: ONCHAIN_APP_ID })],
  ["importGithubProfileSshKeys", (client) => client.importGithubProfileSshKeys({ github_username: "octocat" })],
  ["patchCvm", (client) => client.patchCvm({ name: "my-web-app", public_logs: false })],
  ["updatePreLaunchScript", (client) => client.updatePreLaunchScript({ name: "my-web-app", pre_launch_script: "true" })],
  ["updateOsImage", (client) => client.updateOsImage({ name: "my-web-app", os_image_name: "dstack-dev-0.5.3" })],
  [
    "provisionCvmComposeFileUpdate",
    (client) => client.provisionCvmComposeFileUpdate({ name: "my-web-app", app_compose: { docker_compose_file: "services: {}\n" } }),
  ],
];

describe("what is retried after a 503", () => {
  it.each(SAFE)("%s is safe to repeat: retried, and succeeds", async (_name, call) => {
    fake.mock.failNext(SERVICE_UNAVAILABLE);
    await expect(call(fake.client({ maxRetries: 2 }))).resolves.not.toBeInstanceOf(Error);
    expect(await fake.requests()).toHaveLength(2);
  });

  it("commitCvmProvision is idempotent on app_id + compose_hash: retried", async () => {
    const client = fake.client({ maxRetries: 2 });
    const provision = await provisioned(client);
    fake.mock.failNext(SERVICE_UNAVAILABLE);
    const vm = await client.commitCvmProvision({ app_id: provision.app_id!, compose_hash: provision.compose_hash });
    expect(vm.name).toBe("retry-app");
    expect((await fake.requests()).map((request) => request.url.pathname)).toEqual(["/api/v1/cvms/provision", "/api/v1/cvms", "/api/v1/cvms"]);
  });

  it.each(UNSAFE)("%s could act twice: not retried, the ServerError is thrown", async (_name, call) => {
    const client = fake.client({ maxRetries: 2 });
    fake.mock.failNext(SERVICE_UNAVAILABLE);
    await expect(call(client)).rejects.toBeInstanceOf(ServerError);
    expect(await fake.requests()).toHaveLength(1);
  });
});

describe("what is retried whatever the operation", () => {
  it.each(UNSAFE)("%s after a 429 (the server did not act)", async (_name, call) => {
    fake.mock.failNext({ status: 429, headers: { "Retry-After": "0" } });
    await call(fake.client({ maxRetries: 1 }));
    expect(await fake.requests()).toHaveLength(2);
  });

  it("restartCvm after a 409 without error_code (another operation in progress)", async () => {
    fake.mock.failNext({ status: 409, headers: { "Retry-After": "0" } });
    const vm = await fake.client({ maxRetries: 1 }).restartCvm({ name: "my-web-app" });
    expect(vm.status).toBe("restarting");
    expect(await fake.requests()).toHaveLength(2);
  });

  it("a 409 that persists ends in a ConflictError once the retries are spent", async () => {
    fake.mock.failNext({ status: 409, headers: { "Retry-After": "0" }, times: 3 });
    await expect(fake.client({ maxRetries: 2 }).startCvm({ name: "my-web-app" })).rejects.toBeInstanceOf(ConflictError);
    expect(await fake.requests()).toHaveLength(3);
  });
});

describe("what is never retried", () => {
  it("a 409 with an error_code is deterministic (ResourceError), even for a GET", async () => {
    fake.mock.failNext({ status: 409, body: { error_code: "ERR-03-007", message: "app_id conflict" }, headers: { "Retry-After": "0" } });
    await expect(fake.client({ maxRetries: 2 }).getCvmInfo({ name: "my-web-app" })).rejects.toBeInstanceOf(ResourceError);
    expect(await fake.requests()).toHaveLength(1);
  });

  it("465–468 need an action first", async () => {
    fake.mock.failNext({ status: 466, headers: { "Retry-After": "0" } });
    await expect(
      fake.client({ maxRetries: 2 }).updateCvmEnvs({ name: "onchain-app", encrypted_env: "00", compose_hash: "x", transaction_hash: TX }),
    ).rejects.toBeInstanceOf(BusinessError);
    expect(await fake.requests()).toHaveLength(1);
  });
});

describe("network failures", () => {
  it("a GET is retried after a dropped connection", async () => {
    fake.mock.failNext({ networkError: true });
    expect((await fake.client({ maxRetries: 1 }).getCvmList()).items).toHaveLength(2);
    expect(await fake.requests()).toHaveLength(2);
  });

  it("restartCvm is not (the request may have arrived)", async () => {
    fake.mock.failNext({ networkError: true });
    await expect(fake.client({ maxRetries: 2 }).restartCvm({ name: "my-web-app" })).rejects.toBeInstanceOf(RequestError);
    expect(await fake.requests()).toHaveLength(1);
  });

  it("maxRetries per call overrides the client's", async () => {
    fake.mock.failNext({ ...SERVICE_UNAVAILABLE, times: 2 });
    await expect(fake.client({ maxRetries: 2 }).getCurrentUser({ maxRetries: 0 })).rejects.toBeInstanceOf(ServerError);
    expect(await fake.requests()).toHaveLength(1);
  });
});
