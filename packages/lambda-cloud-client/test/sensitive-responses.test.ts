import { inspect } from "node:util";
import { http, HttpResponse } from "msw";
import { ResponseValidationError, type Logger } from "../src/index.js";
import { fixture, withValue } from "./support/api.js";
import { useLambdaClient } from "./support/client.js";

const { mock, server, client } = useLambdaClient();
const SEEDED = "0920582c7ff041399e34823a0be62549";
const TICKET = "0920582c7ff041399e34823a0be62549";
const ATTACHMENT = "7f1c2e9a4b3d4c5e8f6a0b1c2d3e4f50";

// The spec's generated-key example (fixture add-ssh-key-generated.json) with a private key whose
// middle line is unmistakable, so any copy of it anywhere is found.
const SECRET_LINE = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW-TEST-ONLY";
const PRIVATE_KEY = `-----BEGIN OPENSSH PRIVATE KEY-----\n${SECRET_LINE}\n-----END OPENSSH PRIVATE KEY-----\n`;
const GENERATED = withValue(fixture("add-ssh-key-generated.json"), "data.private_key", PRIVATE_KEY);

/** Every way an error could show a secret: its body, message, inspection (depth 10) and JSON. */
function renderings(error: unknown): string {
  const { body, message } = error as ResponseValidationError;
  return [inspect(body, { depth: 10 }), message, inspect(error, { depth: 10 }), JSON.stringify(error)].join("\n");
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe("sshKeys.add without public_key (Lambda answers the private key)", () => {
  it.each<[string, unknown]>([
    ["another field drifted (id a number)", withValue(GENERATED, "data.id", 7)],
    ["the private key itself drifted (an array of lines)", withValue(GENERATED, "data.private_key", PRIVATE_KEY.split("\n"))],
    ["the envelope drifted (no data)", { key: (GENERATED as { data: unknown }).data }],
  ])("%s: the error keeps no private key and says the key may have been created", async (_case, body) => {
    server.use(http.post(`${mock.baseURL}/ssh-keys`, () => HttpResponse.json(body as Record<string, unknown>)));
    const error = await failure(client().sshKeys.add({ name: "ci" }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    const validation = error as ResponseValidationError;
    expect(validation.operation).toBe("sshKeys.add");
    expect(validation.body).toBeUndefined();
    expect(validation.message).toContain("may have been created");
    expect(validation.issues.length).toBeGreaterThan(0);
    expect(renderings(error)).not.toContain(SECRET_LINE);
    expect(renderings(error)).not.toContain("PRIVATE KEY");
  });

  it('with responseValidation "warn" the key is returned to the caller, and the warning holds none of it', async () => {
    server.use(http.post(`${mock.baseURL}/ssh-keys`, () => HttpResponse.json(withValue(GENERATED, "data.id", 7) as Record<string, unknown>)));
    const lines: unknown[][] = [];
    const push = (...args: unknown[]) => void lines.push(args);
    const logger: Logger = { error: push, warn: push, info: push, debug: push };
    const key = await client({ logger, logLevel: "debug" }).sshKeys.add({ name: "ci" }, { responseValidation: "warn" });
    expect(key.private_key).toBe(PRIVATE_KEY);
    expect(JSON.stringify(lines)).toContain("sshKeys.add differs from the SDK's schema at data.id");
    expect(JSON.stringify(lines)).not.toContain(SECRET_LINE);
  });

  it("an imported key's answer carries no secret: its drifted body stays on the error for debugging", async () => {
    const imported = { data: { id: 7, name: "laptop", public_key: "ssh-ed25519 AAAA me@laptop" } };
    server.use(http.post(`${mock.baseURL}/ssh-keys`, () => HttpResponse.json(imported)));
    const error = await failure(client().sshKeys.add({ name: "laptop", public_key: "ssh-ed25519 AAAA me@laptop" }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).body).toEqual(imported);
    expect((error as Error).message).not.toContain("may have been created");
  });
});

describe("other answers that carry a secret", () => {
  it("instances: a drifted instance keeps its Jupyter token off the error (list, get)", async () => {
    const token = mock.state.instances.get(SEEDED)?.jupyter_token ?? "";
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    (mock.state.instances.get(SEEDED) as unknown as Record<string, unknown>).region = "us-west-1";
    for (const call of [() => client().instances.list(), () => client().instances.get(SEEDED)]) {
      const error = await failure(call());
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).body).toBeUndefined();
      expect(renderings(error)).toContain("data");
      expect(renderings(error)).not.toContain(token);
    }
  });

  it("tickets.attachments.getDownloadURL: a drifted answer keeps the presigned URL off the error", async () => {
    const url = `https://s3.amazonaws.com/lambda-attachments/${ATTACHMENT}?X-Amz-Signature=5f1c0ffee`;
    server.use(
      http.get(`${mock.baseURL}/tickets/${TICKET}/attachments/${ATTACHMENT}/download`, () =>
        HttpResponse.json({ data: { download_url: url, expires_in: "3600" } }),
      ),
    );
    const error = await failure(client().tickets.attachments.getDownloadURL(TICKET, ATTACHMENT));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(["data.expires_in"]);
    expect(renderings(error)).not.toContain("X-Amz-Signature");
  });

  it("a read without secrets (regions) keeps its drifted body on the error", async () => {
    const body = { data: [{ name: "us-west-1", description: null }] };
    server.use(http.get(`${mock.baseURL}/regions`, () => HttpResponse.json(body as Record<string, unknown>)));
    const error = await failure(client().regions.list());
    expect((error as ResponseValidationError).body).toEqual(body);
  });
});
