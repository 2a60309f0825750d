import { http, HttpResponse } from "msw";
import { ConfigurationError, ResponseValidationError, type Logger } from "../src";
import { createPodstackMock } from "../src/mock";
import { testClient } from "./support/client";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);

// A pod as a Podstack that differs from our assumed shape might send it: no `id`, a numeric status.
const drifted = { pod_id: "pod-123", name: "my-pod", status: 3 };
let counter = 0;

function recordingLogger() {
  const warnings: string[] = [];
  const logger: Logger = { error: () => undefined, warn: (message) => void warnings.push(message), info: () => undefined, debug: () => undefined };
  return { warnings, logger };
}

function serveDrifted(id: string) {
  server.use(http.get(`${mock.baseURL}/pods/${id}`, () => HttpResponse.json(drifted)));
}

describe("responseValidation", () => {
  it('"strict" (the default) throws, naming the field and the way through', async () => {
    serveDrifted("pod-1");
    const error = await testClient().pods.get("pod-1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/pods\.get does not have the expected shape: id: missing \(required\).*set responseValidation: "warn"/);
  });

  it('"warn" on the client returns the body as Podstack sent it and logs once', async () => {
    // pods.get's warning is once per process: this is the file's only "warn" call of pods.get.
    serveDrifted(`pod-${++counter}`);
    const { warnings, logger } = recordingLogger();
    const client = testClient({ responseValidation: "warn", logger });
    const first = await client.pods.get(`pod-${counter}`);
    const second = await client.pods.get(`pod-${counter}`);
    expect(first).toEqual(drifted);
    expect(second).toEqual(drifted);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("Podstack API response to pods.get differs from the SDK's schema at id, status");
  });

  it('"off" per call returns the body silently, over a strict client', async () => {
    serveDrifted("pod-off");
    const { warnings, logger } = recordingLogger();
    const pod = await testClient({ logger }).pods.get("pod-off", { responseValidation: "off" });
    expect(pod).toEqual(drifted);
    expect(warnings).toHaveLength(0);
  });

  it("a matching answer from the fake is validated as before in every mode", async () => {
    const created = await testClient().pods.create({ name: "ok", image: "pytorch/pytorch:latest" });
    for (const responseValidation of ["strict", "warn", "off"] as const) {
      const pod = await testClient({ responseValidation }).pods.get(created.id);
      expect(pod.id).toBe(created.id);
    }
  });

  it("a bad mode is a ConfigurationError, on the client and per call", async () => {
    expect(() => testClient({ responseValidation: "loose" as never })).toThrow(ConfigurationError);
    await expect(testClient().pods.list({}, { responseValidation: "loose" as never })).rejects.toThrow(ConfigurationError);
  });
});

describe("PODSTACK_LOG", () => {
  const saved = process.env.PODSTACK_LOG;
  afterEach(() => {
    if (saved === undefined) delete process.env.PODSTACK_LOG;
    else process.env.PODSTACK_LOG = saved;
  });

  it.each(["DEBUG", "Debug", " debug "])("%j is read as debug, whatever the case", async (value) => {
    process.env.PODSTACK_LOG = value;
    const lines: string[] = [];
    const logger: Logger = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: (message) => void lines.push(message) };
    await testClient({ logger }).pods.list();
    expect(lines.some((line) => line.startsWith("pods.list: → GET"))).toBe(true);
  });
});

describe("path parameters cannot change the path", () => {
  it.each([".", ".."])("%j as an id is refused before sending, naming the parameter", async (id) => {
    await expect(testClient().pods.get(id)).rejects.toThrow(`pods.get: "id" must not be "${id}" (it would change the request's path).`);
    await expect(testClient().vms.delete(id)).rejects.toThrow(`vms.delete: "id" must not be "${id}"`);
  });
});
