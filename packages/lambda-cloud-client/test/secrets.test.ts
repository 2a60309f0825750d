import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import { AuthenticationError, LambdaCloudClient, type Logger } from "../src/index.js";
import { useLambdaClient } from "./support/client.js";

const { mock, server, client } = useLambdaClient();
const KEY = mock.apiKey;
const BASIC = Buffer.from(`${KEY}:`).toString("base64");
// The redacted form auth-core shows: the key's public prefix and its last four characters.
const REDACTED = `secret_…${KEY.slice(-4)}`;

/** Every way a value could leak the key when printed, logged or serialised. */
function renderings(value: unknown): string {
  const own = value && typeof value === "object" ? Object.getOwnPropertyNames(value).map((name) => inspect((value as Record<string, unknown>)[name], { depth: Infinity })) : [];
  return [inspect(value, { depth: Infinity, showHidden: true }), JSON.stringify(value) ?? "", String(value), ...own].join("\n");
}

function recordingLogger(): Logger & { lines: () => string } {
  const lines: unknown[][] = [];
  const push = (...args: unknown[]) => void lines.push(args);
  return { error: push, warn: push, info: push, debug: push, lines: () => JSON.stringify(lines) };
}

describe("the key never leaks", () => {
  it.each([
    ["a string", () => client()],
    ["LAMBDA_API_KEY", () => {
      process.env.LAMBDA_API_KEY = KEY;
      try {
        return new LambdaCloudClient();
      } finally {
        delete process.env.LAMBDA_API_KEY;
      }
    }],
    ["a function", () => client({ apiKey: async () => KEY })],
  ])("util.inspect and JSON.stringify of a client whose key is %s", async (_how, make) => {
    const c = make();
    await c.regions.list(); // resolves (and caches) the key first
    const text = renderings(c);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(BASIC);
    expect(renderings(c.instances)).not.toContain(KEY);
  });

  it("an error's message, properties, inspection and JSON hold no key, even when the server echoes it", async () => {
    server.use(
      http.get(`${mock.baseURL}/regions`, ({ request }) =>
        HttpResponse.json(
          { error: { code: "global/invalid-api-key", message: `Key ${KEY} was rejected.`, suggestion: `Check ${request.headers.get("authorization")}.` } },
          { status: 401, headers: { "x-echo": KEY } },
        ),
      ),
    );
    const error = await client().regions.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    const text = renderings(error);
    expect(text).not.toContain(KEY);
    expect(text).toContain(REDACTED);
  });

  it("a 401 from the fake, with the Basic scheme, holds neither the key nor its base64 form", async () => {
    const error = await client({ apiKey: `${KEY}-wrong`, authScheme: "basic" }).regions.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    const text = renderings(error);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(Buffer.from(`${KEY}-wrong:`).toString("base64"));
  });

  it("debug log lines show which key (redacted), never the key (Bearer)", async () => {
    const logger = recordingLogger();
    await client({ logger, logLevel: "debug" }).instances.launch({ region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"] });
    expect(logger.lines()).toContain("instances.launch: → POST");
    expect(logger.lines()).toContain(`Bearer ${REDACTED}`);
    expect(logger.lines()).not.toContain(KEY);
  });

  it("debug log lines show which key (redacted), never the key nor its base64 form (Basic)", async () => {
    const logger = recordingLogger();
    await client({ logger, logLevel: "debug", authScheme: "basic" }).regions.list();
    expect(logger.lines()).toContain("regions.list: → GET");
    expect(logger.lines()).toContain(`Basic (${REDACTED}:)`);
    expect(logger.lines()).not.toContain(KEY);
    expect(logger.lines()).not.toContain(BASIC);
  });

  it("retry log lines (info) hold no key", async () => {
    const logger = recordingLogger();
    mock.failNext({ status: 503, headers: { "retry-after": "0" } });
    await client({ logger, logLevel: "info" }).regions.list();
    expect(logger.lines()).toContain("regions.list: retry 1 of 2");
    expect(logger.lines()).not.toContain(KEY);
  });
});
