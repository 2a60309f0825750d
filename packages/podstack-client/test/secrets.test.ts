import { inspect } from "node:util";
import { AuthenticationError, Client } from "../src";
import { createPodstackMock, PODSTACK_MOCK_API_KEY } from "../src/mock";
import { writeCredentials } from "./support/environment";
import { testClient } from "./support/client";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
useMockServer(mock);
const TOKEN = PODSTACK_MOCK_API_KEY;

/** Every way a value may end up in a log or a crash report. */
function exposures(value: unknown): string[] {
  const error =
    value instanceof Error
      ? [value.message, String(value.stack), JSON.stringify(Object.entries(value))]
      : [];
  return [
    inspect(value, { depth: Infinity, showHidden: true, getters: true }),
    JSON.stringify(value) ?? "",
    String(value),
    ...error,
  ];
}

describe("the token never leaks", () => {
  it("not through the client: util.inspect, JSON.stringify, String, its keys", () => {
    const client = testClient({ logLevel: "debug", logger: console });
    for (const text of exposures(client)) expect(text).not.toContain(TOKEN);
    for (const resource of [
      client.pods,
      client.volumes,
      client.auth,
      client.projects,
      client.wallet,
      client.vms,
      client.tasks,
    ]) {
      for (const text of exposures(resource)) expect(text).not.toContain(TOKEN);
    }
    expect(Object.keys(client).sort()).toEqual([
      "auth",
      "baseURL",
      "buckets",
      "pods",
      "projectId",
      "projects",
      "tasks",
      "vms",
      "volumes",
      "wallet",
    ]);
  });

  it("not through an error, even when the server echoes the token", async () => {
    mock.failNext({
      status: 401,
      body: { detail: `Token ${TOKEN} has been revoked`, token: TOKEN },
      headers: { "x-echo": TOKEN },
    });
    const error = await testClient({ maxRetries: 0 })
      .pods.list()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    for (const text of exposures(error)) expect(text).not.toContain(TOKEN);
    expect((error as AuthenticationError).message).toContain("psk_…cdef has been revoked");
  });

  it("not through debug logs", async () => {
    const lines: unknown[] = [];
    const logger = {
      error: (...args: unknown[]) => lines.push(args),
      warn: (...args: unknown[]) => lines.push(args),
      info: (...args: unknown[]) => lines.push(args),
      debug: (...args: unknown[]) => lines.push(args),
    };
    const client = testClient({ logger, logLevel: "debug", maxRetries: 1 });
    mock.failNext({ status: 503, headers: { "Retry-After": "0" } });
    await client.pods.create({ name: "new-pod", image: "x" }).catch(() => undefined);
    await client.pods.list();
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const logged = JSON.stringify(lines);
    expect(logged).toContain("Bearer psk_…cdef");
    expect(logged).not.toContain(TOKEN);
  });

  it("not through the configuration errors, which name files and profiles only", () => {
    const credentialsFile = writeCredentials("[default]\napi_token = psk_file_secret_0000000000\n");
    const error = (() => {
      try {
        return new Client({ profile: "missing", credentialsFile });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AuthenticationError);
    for (const text of exposures(error)) expect(text).not.toContain("psk_file_secret_0000000000");
  });

  it("a token from a file is named by the file in a 401, not shown", async () => {
    const credentialsFile = writeCredentials(
      "[default]\napi_token = psk_stale_file_token_000000\n",
    );
    const error = await new Client({ credentialsFile, maxRetries: 0 }).wallet
      .balance()
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toContain(
      `The token came from the api_token of profile [default] in ${credentialsFile} (from the credentialsFile option).`,
    );
    for (const text of exposures(error)) expect(text).not.toContain("psk_stale_file_token_000000");
  });
});
