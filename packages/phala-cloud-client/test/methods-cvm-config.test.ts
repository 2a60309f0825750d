import { http, HttpResponse } from "msw";
import { BusinessError, RequestValidationError } from "../src";
import { useFake } from "./client-setup";
import { fixture } from "./fixture";

const fake = useFake();
const TX = `0x${"ab".repeat(32)}`;
const SCRIPT = "#!/bin/sh\necho booting\n";

describe("pre-launch script", () => {
  it("updatePreLaunchScript sends text/plain; getCvmPreLaunchScript reads it back", async () => {
    const client = fake.client();
    const result = await client.updatePreLaunchScript({ name: "my-web-app", pre_launch_script: SCRIPT });
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app/pre-launch-script");
    expect(sent.headers.get("content-type")).toBe("text/plain");
    expect(sent.body).toBe(SCRIPT);
    expect(result.status).toBe("in_progress");
    expect(await client.getCvmPreLaunchScript({ name: "my-web-app" })).toBe(SCRIPT);
    await fake.expectLast("GET", "/cvms/my-web-app/pre-launch-script");
  });

  it("on an on-chain KMS: the 465 result, then the retry with X-Compose-Hash / X-Transaction-Hash", async () => {
    const client = fake.client();
    const first = await client.updatePreLaunchScript({ name: "onchain-app", pre_launch_script: SCRIPT });
    if (first.status !== "precondition_required") throw new Error(`expected precondition_required, got ${first.status}`);
    expect(await client.getCvmPreLaunchScript({ name: "onchain-app" })).toBe("");
    const second = await client.updatePreLaunchScript({
      name: "onchain-app",
      pre_launch_script: SCRIPT,
      compose_hash: first.compose_hash,
      transaction_hash: TX,
    });
    const sent = await fake.last();
    expect(sent.headers.get("x-compose-hash")).toBe(first.compose_hash);
    expect(sent.headers.get("x-transaction-hash")).toBe(TX);
    expect(second.status).toBe("in_progress");
    expect(await client.getCvmPreLaunchScript({ name: "onchain-app" })).toBe(SCRIPT);
  });

  it("a JSON-encoded string body is decoded", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/cvms/:id/pre-launch-script`, () => HttpResponse.json(SCRIPT)));
    expect(await fake.client().getCvmPreLaunchScript({ name: "my-web-app" })).toBe(SCRIPT);
  });
});

describe("docker compose, user config, OS images", () => {
  it("getCvmDockerCompose: GET /cvms/{cvmId}/docker-compose.yml as text", async () => {
    const yaml = await fake.client().getCvmDockerCompose({ name: "my-web-app" });
    await fake.expectLast("GET", "/cvms/my-web-app/docker-compose.yml");
    expect(yaml).toBe(fake.mock.state.cvms[0]?.compose.docker_compose_file);
    expect(yaml).toMatch(/^services:\n/);
  });

  it("getCvmUserConfig: GET /cvms/{cvmId}/user_config, with the account's SSH keys", async () => {
    const config = await fake.client().getCvmUserConfig({ id: "101" });
    await fake.expectLast("GET", "/cvms/101/user_config");
    expect(config.hostname).toBe("my-web-app");
    expect(config.ssh_authorized_keys).toEqual(fake.mock.state.sshKeys.map((key) => key.public_key));
    fake.server.use(http.get(`${fake.mock.baseURL}/cvms/:id/user_config`, () => HttpResponse.json(fixture("cvm-user-config"))));
    expect(await fake.client().getCvmUserConfig({ id: "101" })).toEqual({ hostname: "n", ssh_authorized_keys: [] });
  });

  it("getAvailableOsImages lists versions with the current one marked; updateOsImage switches", async () => {
    const client = fake.client();
    const images = await client.getAvailableOsImages({ name: "my-web-app" });
    await fake.expectLast("GET", "/cvms/my-web-app/available-os-images");
    expect(images).toEqual([
      {
        version: [0, 5, 3],
        prod: { name: "dstack-0.5.3", os_image_hash: expect.any(String), is_current: true },
        dev: { name: "dstack-dev-0.5.3", os_image_hash: expect.any(String), is_current: false },
      },
    ]);
    await expect(client.updateOsImage({ name: "my-web-app", os_image_name: "dstack-dev-0.5.3" })).resolves.toBeUndefined();
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app/os-image");
    expect(JSON.parse(sent.body)).toEqual({ os_image_name: "dstack-dev-0.5.3" });
    expect((await client.getAvailableOsImages({ name: "my-web-app" }))[0]?.dev?.is_current).toBe(true);
  });

  it("reads the official SDK's available-os-images fixture (slug, enabled)", async () => {
    fake.server.use(http.get(`${fake.mock.baseURL}/cvms/:id/available-os-images`, () => HttpResponse.json(fixture("available-os-images"))));
    const [image] = await fake.client().getAvailableOsImages({ name: "my-web-app" });
    expect(image?.prod).toMatchObject({ slug: "dstack-0.5.8-target", enabled: false, requires_gpu: false });
    expect(image?.dev).toBeNull();
  });

  it("updateOsImage: an unknown image is the server's 400; an empty name is refused before sending", async () => {
    const error = await fake.client().updateOsImage({ name: "my-web-app", os_image_name: "dstack-9.9.9" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BusinessError);
    expect((error as BusinessError).message).toMatch(/dstack-9\.9\.9/);
    await expect(fake.client().updateOsImage({ name: "my-web-app", os_image_name: "" })).rejects.toBeInstanceOf(RequestValidationError);
  });
});
