import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import {
  bearer,
  ConfigurationError,
  createTransport,
  fromValue,
  ResponseValidationError,
  type Logger,
  type TransportOptions,
} from "../src/index.js";
import { TEST_KEY, useMswServer } from "./support/msw.js";

const server = useMswServer();
const BASE = "https://api.example.test/v1";
let operationCounter = 0;
// Each test uses its own operation name: warnings are once per operation and process.
const nextOperation = () => `things.get${++operationCounter}`;

function recordingLogger() {
  const warnings: { message: string; details?: Record<string, unknown> }[] = [];
  const logger: Logger = {
    error: () => undefined,
    warn: (message, details) => warnings.push(details ? { message, details } : { message }),
    info: () => undefined,
    debug: () => undefined,
  };
  return { warnings, logger };
}

const make = (overrides: Partial<TransportOptions> = {}) =>
  createTransport({ provider: "Example", baseURL: BASE, credential: fromValue(TEST_KEY), auth: bearer(), maxRetries: 0, ...overrides });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error);

// The schema supplies a default and a transform: "warn" must return neither, only what was sent.
const Thing = v.object({
  id: v.string(),
  size: v.pipe(v.number(), v.transform((size) => size * 1024)),
  tags: v.optional(v.array(v.string()), []),
  owner: v.object({ name: v.string() }),
});
const drifted = { id: "t1", size: 2, owner: { name: 7 }, extra: true };

describe('responseValidation: "strict" (default)', () => {
  test("a drifted body is a ResponseValidationError whose message names the way through", async () => {
    server.use(http.get(`${BASE}/x`, () => HttpResponse.json(drifted)));
    const error = await failure(make().request({ operation: "things.get", method: "GET", path: "/x", schema: Thing }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error?.message).toMatch(/owner\.name: expected string, received 7\..*set responseValidation: "warn" \(or "off"\) on the client or on this call\.$/);
  });

  test("a matching body is parsed: defaults and transforms apply", async () => {
    server.use(http.get(`${BASE}/x`, () => HttpResponse.json({ id: "t1", size: 2, owner: { name: "ada" } })));
    const data = await make({ responseValidation: "warn" }).request({ operation: nextOperation(), method: "GET", path: "/x", schema: Thing });
    expect(data).toEqual({ id: "t1", size: 2048, tags: [], owner: { name: "ada" } });
  });
});

describe('responseValidation: "warn"', () => {
  test("returns the body as sent and warns once per operation, naming the paths", async () => {
    server.use(http.get(`${BASE}/x`, () => HttpResponse.json(drifted)));
    const { warnings, logger } = recordingLogger();
    const transport = make({ responseValidation: "warn", logger });
    const operation = nextOperation();
    const first = await transport.request({ operation, method: "GET", path: "/x", schema: Thing });
    const second = await transport.request({ operation, method: "GET", path: "/x", schema: Thing });
    expect(first).toEqual(drifted); // no default `tags: []`, no `size * 1024`
    expect(second).toEqual(drifted);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain(`Example API response to ${operation} differs from the SDK's schema at owner.name`);
    expect(warnings[0]?.details).toEqual({ operation, paths: ["owner.name"] });
  });

  test("another operation warns again; a second client of the same process does not repeat it", async () => {
    server.use(http.get(`${BASE}/x`, () => HttpResponse.json(drifted)));
    const { warnings, logger } = recordingLogger();
    const operation = nextOperation();
    await make({ responseValidation: "warn", logger }).request({ operation, method: "GET", path: "/x", schema: Thing });
    await make({ responseValidation: "warn", logger }).request({ operation, method: "GET", path: "/x", schema: Thing });
    await make({ responseValidation: "warn", logger }).request({ operation: nextOperation(), method: "GET", path: "/x", schema: Thing });
    expect(warnings).toHaveLength(2);
  });

  test("per call, over a strict client", async () => {
    server.use(http.get(`${BASE}/x`, () => HttpResponse.json(drifted)));
    const { logger } = recordingLogger();
    const data = await make({ logger }).request({ operation: nextOperation(), method: "GET", path: "/x", schema: Thing, responseValidation: "warn" });
    expect(data).toEqual(drifted);
  });

  test("a non-JSON success body is returned as text with a warning", async () => {
    server.use(http.get(`${BASE}/x`, () => new HttpResponse("<html><title>hi</title></html>", { headers: { "content-type": "text/html" } })));
    const { warnings, logger } = recordingLogger();
    const data = await make({ responseValidation: "warn", logger }).request({ operation: nextOperation(), method: "GET", path: "/x", schema: Thing });
    expect(data).toBe("<html><title>hi</title></html>");
    expect(warnings[0]?.message).toContain('where JSON was expected (status 200); returning the text as sent (responseValidation: "warn")');
  });

  test("error bodies are still read: a 404 is an ApiError, not a returned body", async () => {
    server.use(http.get(`${BASE}/x`, () => HttpResponse.json({ error: { message: "no such thing" } }, { status: 404 })));
    const error = await failure(make({ responseValidation: "warn" }).request({ operation: nextOperation(), method: "GET", path: "/x", schema: Thing }));
    expect(error?.message).toContain("no such thing");
    expect((error as { status?: number }).status).toBe(404);
  });
});

describe('responseValidation: "off"', () => {
  test("no check, no warning, the body as sent", async () => {
    server.use(http.get(`${BASE}/x`, () => HttpResponse.json(drifted)));
    const { warnings, logger } = recordingLogger();
    const data = await make({ responseValidation: "off", logger }).request({ operation: nextOperation(), method: "GET", path: "/x", schema: Thing });
    expect(data).toEqual(drifted);
    expect(warnings).toHaveLength(0);
  });

  test("per call, a strict call on an off client still throws", async () => {
    server.use(http.get(`${BASE}/x`, () => HttpResponse.json(drifted)));
    const error = await failure(
      make({ responseValidation: "off" }).request({ operation: nextOperation(), method: "GET", path: "/x", schema: Thing, responseValidation: "strict" }),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
  });
});

describe("an invalid mode", () => {
  test("is a ConfigurationError at creation", () => {
    expect(() => make({ responseValidation: "loose" as never })).toThrow(ConfigurationError);
    expect(() => make({ responseValidation: "loose" as never })).toThrow('responseValidation must be "strict", "warn" or "off"; got "loose".');
  });

  test("is a ConfigurationError per call", async () => {
    const error = await failure(make().request({ operation: "x", method: "GET", path: "/x", responseValidation: 1 as never }));
    expect(error).toBeInstanceOf(ConfigurationError);
  });
});

describe("a secret-bearing response that fails validation", () => {
  const PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\nMIIEsecretsecretsecret\n-----END RSA PRIVATE KEY-----";
  const Key = v.object({ id: v.string(), private_key: v.pipe(v.string(), v.startsWith("ssh-")) });

  test("keeps no secret in the body, the issues, util.inspect or JSON, and says the resource may exist", async () => {
    server.use(http.post(`${BASE}/keys`, () => HttpResponse.json({ id: 5, private_key: PRIVATE_KEY })));
    const error = (await failure(
      make().request({ operation: "keys.add", method: "POST", path: "/keys", schema: Key, sensitiveResponse: true }),
    )) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.body).toBeUndefined();
    expect(error.message).toContain("The resource may have been created anyway: check before you try again.");
    for (const text of [error.message, inspect(error, { depth: 10 }), JSON.stringify(error), JSON.stringify(error.issues)]) {
      expect(text).not.toContain("MIIEsecret");
    }
  });

  test("a non-JSON body is not quoted either", async () => {
    server.use(http.post(`${BASE}/keys`, () => new HttpResponse(PRIVATE_KEY, { headers: { "content-type": "text/plain" } })));
    const error = (await failure(
      make().request({ operation: "keys.add", method: "POST", path: "/keys", schema: Key, sensitiveResponse: true }),
    )) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("it is not shown, as this operation's answer carries a secret");
    expect(error.message).toContain("The resource may have been created anyway");
    expect(`${error.message} ${inspect(error)} ${JSON.stringify(error)}`).not.toContain("MIIEsecret");
  });

  test("a read that carries a secret does not claim something may have been created", async () => {
    server.use(http.get(`${BASE}/keys/1`, () => HttpResponse.json({ id: 5, private_key: PRIVATE_KEY })));
    const error = (await failure(
      make().request({ operation: "keys.get", method: "GET", path: "/keys/1", schema: Key, sensitiveResponse: true }),
    )) as ResponseValidationError;
    expect(error.message).not.toContain("may have been created");
    expect(inspect(error, { depth: 10})).not.toContain("MIIEsecret");
  });
});
