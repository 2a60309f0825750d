import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import { AuthenticationError, PhotaClient, ResponseValidationError, ServerError } from "../src";
import { rejectionOf, useClient } from "./client-support";

const { mock, server } = useClient();
const WRONG_KEY = "phota_live_9f8e7d6c5b4a39281706f5e4";

/** Every way a value may end up in front of someone: inspect, JSON, String, own properties. */
function exposures(value: unknown): string[] {
  const own = typeof value === "object" && value !== null ? Object.getOwnPropertyNames(value).map((name) => (value as Record<string, unknown>)[name]) : [];
  return [
    inspect(value, { depth: Infinity, showHidden: true, getters: true }),
    JSON.stringify(value) ?? "",
    String(value),
    inspect(own, { depth: Infinity, showHidden: true }),
  ];
}

describe("the API key never shows", () => {
  it("in the client: inspect, JSON, its resources", async () => {
    const client = new PhotaClient({ apiKey: mock.apiKey });
    await client.profiles.list();
    for (const text of [...exposures(client), ...exposures(client.jobs), ...exposures(client.profiles)]) {
      expect(text).not.toContain(mock.apiKey);
    }
    expect(Object.keys(client)).toEqual(["jobs", "profiles"]);
  });

  it("in an authentication error: message, properties, headers, body", async () => {
    const error = await rejectionOf(new PhotaClient({ apiKey: WRONG_KEY, maxRetries: 0 }).generate({ prompt: "x" }));
    expect(error).toBeInstanceOf(AuthenticationError);
    for (const text of exposures(error)) expect(text).not.toContain(WRONG_KEY);
    expect(JSON.stringify((error as AuthenticationError).headers)).not.toMatch(/x-api-key/i);
  });

  it("in an error whose body echoes the key back", async () => {
    server.use(
      http.get(`${mock.baseURL}/profiles/ids`, ({ request }) =>
        HttpResponse.json({ detail: `upstream rejected key ${request.headers.get("x-api-key")}` }, { status: 500 }),
      ),
    );
    const error = await rejectionOf(new PhotaClient({ apiKey: mock.apiKey, maxRetries: 0 }).profiles.list());
    expect(error).toBeInstanceOf(ServerError);
    for (const text of exposures(error)) expect(text).not.toContain(mock.apiKey);
    expect(error.message).toContain("upstream rejected key phota_…4a6d");
  });

  it("in debug log lines, which show the key redacted", async () => {
    const lines: unknown[][] = [];
    const record = (...args: unknown[]) => void lines.push(args);
    const logger = { error: record, warn: record, info: record, debug: record };
    mock.failNext({ status: 503, headers: { "Retry-After": "0" } });
    await new PhotaClient({ apiKey: mock.apiKey, logger, logLevel: "debug" }).profiles.list();
    const text = inspect(lines, { depth: Infinity });
    expect(lines.length).toBeGreaterThanOrEqual(3); // request, 503, retry, request, 200
    expect(text).not.toContain(mock.apiKey);
    expect(text).toContain("x-api-key");
    expect(text).toContain("phota_…4a6d");
  });
});

describe("the webhook secret never shows on an error (GET /webhook-secret is a sensitive response)", () => {
  const SECRET = "whsec_drifted_3c9a1f7e5b2d8046";

  it.each([
    ["in a field this SDK does not look for", { signing_key: SECRET }],
    ["as a value of the wrong type", { webhook_secret: { value: SECRET } }],
    ["as a bare string", SECRET],
  ])("a drifted body with the secret %s: message, util.inspect and JSON keep nothing of it", async (_case, body) => {
    mock.failNext({ status: 200, path: "/webhook-secret", body });
    const error = await rejectionOf(new PhotaClient({ apiKey: mock.apiKey, maxRetries: 0 }).webhookSecret());
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("webhookSecret");
    expect((error as ResponseValidationError).body).toBeUndefined();
    for (const text of exposures(error)) expect(text).not.toContain(SECRET);
  });

  it.each(["warn", "off"] as const)("with responseValidation %s, a body without a secret is still an error without it", async (mode) => {
    mock.failNext({ status: 200, path: "/webhook-secret", body: { signing_key: SECRET } });
    const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
    const client = new PhotaClient({ apiKey: mock.apiKey, maxRetries: 0, logger, responseValidation: mode });
    const error = await rejectionOf(client.webhookSecret());
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("looked for webhook_secret, secret, signing_secret); received the fields signing_key");
    for (const text of [...exposures(error), inspect(logger.warn.mock.calls, { depth: Infinity })]) expect(text).not.toContain(SECRET);
  });

  it("with responseValidation off, the secret is still read from its field", async () => {
    const client = new PhotaClient({ apiKey: mock.apiKey, responseValidation: "off" });
    expect(await client.webhookSecret()).toBe(mock.state.webhookSecret);
  });
});
