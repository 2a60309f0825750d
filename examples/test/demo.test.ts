import { runDemo } from "../src/demo-main.js";
import { startEmulators, type Emulators } from "../src/emulator/index.js";
import type { Sink } from "../src/output.js";

function captured(isTTY = false): Sink & { text(): string } {
  let text = "";
  return { write: (chunk) => void (text += chunk), isTTY, text: () => text };
}

const ENV = [
  "LAMBDA_API_KEY", "LAMBDA_API_BASE_URL", "PHALA_CLOUD_API_KEY", "PHALA_CLOUD_API_PREFIX",
  "PODSTACK_API_TOKEN", "PODSTACK_API_ENDPOINT", "PODSTACK_CREDENTIALS_FILE", "PODSTACK_PROFILE", "PODSTACK_PROJECT",
  "PHOTA_API_KEY", "PHOTA_BASE_URL", "HOME",
];
const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe("pnpm demo (emulator)", () => {
  test("walks through all four clients and exits 0", async () => {
    const sink = captured();
    const code = await runDemo([], sink);
    const text = sink.text();
    expect(code).toBe(0);
    expect(text).not.toContain("FAIL");
    for (const line of [
      /Lambda Cloud {2}http:\/\/127\.0\.0\.1:\d+\/api\/v1/,
      /ok {4}instances\.launch {10}gpu_1x_a10 in /,
      /ok {6}its status {14}booting → active/,
      /ok {4}commitCvmProvision {8}demo-web-app is creating/,
      /ok {4}pods\.waitUntilRunning {5}Creating → Pending → Running/,
      /ok {4}profiles\.waitUntilReady {3}VALIDATING → QUEUING → IN_PROGRESS → READY/,
      /ok {4}generate {18}2 PNG images/,
    ]) {
      expect(text).toMatch(line);
    }
    expect(text).toContain("Every step behaved as expected.");
  }, 60_000);

  test("shows the real messages for a wrong key and for no key at all", async () => {
    process.env.LAMBDA_API_KEY = "secret_real_key_in_env_000000"; // the demo must not use it
    const sink = captured();
    await runDemo([], sink);
    const text = sink.text();
    expect(text).toContain("wrong key                 AuthenticationError: global/invalid-api-key: API key was invalid, expired, or deleted.");
    expect(text).toContain("no key                    MissingCredentialError: Lambda Cloud API key not found. Looked in: the apiKey option; the LAMBDA_API_KEY environment variable.");
    expect(text).toContain("wrong key                 AuthError: Phala Cloud API returned 401 Unauthorized");
    expect(text).toContain("no token                  AuthenticationError: No API token provided.");
    expect(text).toContain("no key                    MissingCredentialError: Phota API key not found.");
    expect(text).not.toContain("secret_real_key_in_env_000000");
  }, 60_000);

  test("on a terminal the waits show a progress indicator", async () => {
    const sink = captured(true);
    await runDemo([], sink);
    expect(sink.text()).toMatch(/\r {2}\.\. {4}pods\.waitUntilRunning {5}[|/\\-] (Pending|Running)/);
    expect(sink.text()).toMatch(/\r {2}\.\. {4}profiles\.waitUntilReady {3}[|/\\-] (QUEUING|IN_PROGRESS|READY)/);
  }, 60_000);
});

describe("pnpm demo -- --live", () => {
  let emulators: Emulators;
  beforeAll(async () => {
    emulators = await startEmulators();
  });
  afterAll(() => emulators.close());

  test("with no credentials it calls nothing and says why each provider was skipped", async () => {
    for (const name of ENV) delete process.env[name];
    process.env.HOME = "/nonexistent-home-for-the-demo-test";
    const sink = captured();
    expect(await runLive(sink)).toBe(0);
    const text = sink.text();
    expect(text).toContain("Lambda Cloud: skipped. MissingCredentialError: Lambda Cloud API key not found.");
    expect(text).toContain("Podstack: skipped. AuthenticationError: No API token provided.");
    expect(text).toContain("No credentials were found, so nothing was called");
    expect(text).not.toContain("ok ");
  });

  test("runs only read-only calls, for the providers whose credentials are set", async () => {
    for (const name of ENV) delete process.env[name];
    process.env.HOME = "/nonexistent-home-for-the-demo-test";
    process.env.LAMBDA_API_KEY = emulators.lambda.apiKey;
    process.env.LAMBDA_API_BASE_URL = emulators.lambda.baseURL;
    process.env.PODSTACK_API_TOKEN = emulators.podstack.apiKey;
    process.env.PODSTACK_API_ENDPOINT = emulators.podstack.baseURL;
    const sink = captured();
    expect(await runLive(sink)).toBe(0);
    const text = sink.text();
    expect(text).toMatch(/ok {4}instanceTypes\.list {8}4 instance types/);
    expect(text).toMatch(/ok {4}auth\.whoami {15}signed in as /);
    expect(text).toContain("Phala Cloud: skipped.");
    expect(text).toContain("Phota: skipped.");
    const calls = [...text.matchAll(/^ {2}(?:ok|FAIL) +(\S+)/gm)].map((match) => match[1]);
    expect(calls).toEqual(["instanceTypes.list", "instances.list", "auth.whoami", "pods.list"]);
  });
});

function runLive(sink: Sink): Promise<number> {
  return runDemo(["--live"], sink);
}
