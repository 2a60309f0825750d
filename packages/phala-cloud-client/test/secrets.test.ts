import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import { AuthError, RedirectError } from "../src";
import { useFake } from "./client-setup";
import { fixture } from "./fixture";

const fake = useFake();
const KEY = fake.mock.apiKey;
const REDACTED = "phak_…8a6f";

function everythingAbout(value: object): string {
  const own = Object.getOwnPropertyNames(value).map((name) => {
    const field = (value as Record<string, unknown>)[name];
    return `${name}=${typeof field === "string" ? field : inspect(field, { depth: 10 })}`;
  });
  return [String(value), JSON.stringify(value), inspect(value, { showHidden: true, depth: Infinity }), ...own].join("\n");
}

describe("the client object", () => {
  it("never shows the key: inspect, JSON, String, own properties", () => {
    const client = fake.client({ headers: { "X-Request-Source": "test" } });
    const text = everythingAbout(client);
    expect(text).not.toContain(KEY);
    expect(JSON.parse(JSON.stringify(client))).toEqual({ version: "2026-01-21", baseURL: "https://cloud-api.phala.com/api/v1" });
    expect(Object.keys(client)).toEqual(["version", "baseURL"]);
  });

  it("a client for another version does not show it either", () => {
    expect(everythingAbout(fake.client().withVersion("2025-10-28"))).not.toContain(KEY);
  });
});

describe("errors", () => {
  it("a server echoing the key in its 401 body and headers: the key is in no message, property or header", async () => {
    fake.server.use(
      http.get(`${fake.mock.baseURL}/auth/me`, ({ request }) => {
        const key = request.headers.get("x-api-key") ?? "";
        return HttpResponse.json(
          { detail: `Invalid API key ${key}` },
          { status: 401, headers: { "X-Echo": key, "X-API-Key": key, "X-Request-ID": "req_echo" } },
        );
      }),
    );
    const error = (await fake.client().getCurrentUser().catch((caught: unknown) => caught)) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    const text = everythingAbout(error);
    expect(text).not.toContain(KEY);
    expect(error.message).toContain(`Invalid API key ${REDACTED}`);
    expect(error.headers["x-api-key"]).toBeUndefined();
    expect(error.headers["x-echo"]).toBe(REDACTED);
  });

  it("network and argument errors do not contain it", async () => {
    fake.mock.failNext({ networkError: true });
    const network = await fake.client().getCurrentUser().catch((caught: unknown) => caught);
    const invalid = await fake.client().getCvmInfo({}).catch((caught: unknown) => caught);
    for (const error of [network, invalid]) expect(everythingAbout(error as object)).not.toContain(KEY);
  });
});

describe("debug logging", () => {
  it("logs each request with its headers, the key redacted", async () => {
    const lines: string[] = [];
    const record = (message: string, details?: Record<string, unknown>) => void lines.push(`${message} ${inspect(details, { depth: 5 })}`);
    const logger = { error: record, warn: record, info: record, debug: record };
    const client = fake.client({ logger, logLevel: "debug", maxRetries: 1 });
    fake.mock.failNext({ status: 503, headers: { "Retry-After": "0" } });
    await client.getCurrentUser();
    await client.getCvmInfo({ name: "no-such-app" }).catch(() => undefined);
    const all = lines.join("\n");
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(all).not.toContain(KEY);
    expect(all).toContain(`'x-api-key': '${REDACTED}'`);
    expect(all).toContain("getCurrentUser: → GET https://cloud-api.phala.com/api/v1/auth/me");
  });
});

describe("redirects", () => {
  it("a redirect to another origin is refused: the other origin never sees a request, let alone the key", async () => {
    const elsewhere = jest.fn(() => HttpResponse.json({ stolen: true }));
    fake.server.use(
      http.get(`${fake.mock.baseURL}/auth/me`, () => HttpResponse.redirect("https://collector.example/steal", 302)),
      http.all("https://collector.example/*", elsewhere),
    );
    const error = (await fake.client().getCurrentUser().catch((caught: unknown) => caught)) as RedirectError;
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 302, targetOrigin: "https://collector.example" });
    expect(error.message).toMatch(/redirected GET \/api\/v1\/auth\/me \(getCurrentUser\) to https:\/\/collector\.example, another origin/);
    expect(elsewhere).not.toHaveBeenCalled();
    expect(everythingAbout(error)).not.toContain(KEY);
  });

  it("a redirect within the same origin is followed, with the key", async () => {
    const moved = jest.fn(({ request }: { request: Request }) =>
      HttpResponse.json(request.headers.get("x-api-key") === KEY ? fixture("current-user-v20260121") : { detail: "no key" }),
    );
    fake.server.use(
      http.get(`${fake.mock.baseURL}/auth/me`, () => HttpResponse.redirect(`${fake.mock.baseURL}/v2/auth/me`, 307)),
      http.get(`${fake.mock.baseURL}/v2/auth/me`, moved),
    );
    const me = await fake.client().getCurrentUser();
    expect(moved).toHaveBeenCalledTimes(1);
    expect(me.user.username).toBe(fixture<{ user: { username: string } }>("current-user-v20260121").user.username);
  });
});
