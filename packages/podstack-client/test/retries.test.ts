import { HttpResponse } from "msw";
import { ServerError, TimeoutError } from "../src";
import { createPodstackMock } from "../src/mock";
import { handlerURL } from "../src/mock/http";
import { METHODS } from "../src/mock/route";
import { type OperationId, ROUTES } from "../src/routes";
import { testClient } from "./support/client";
import { CALLS, OPERATIONS } from "./support/calls";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);
const client = testClient({ maxRetries: 2 });

/** The next request of this operation (only) gets `status`, with `Retry-After: 0` so retries do not wait. */
function failOnce(operation: OperationId, status: number): void {
  const route = ROUTES[operation];
  server.use(
    METHODS[route.method](
      handlerURL(mock.baseURL, operation),
      () => HttpResponse.json({ detail: "try again" }, { status, headers: { "Retry-After": "0" } }),
      {
        once: true,
      },
    ),
  );
}

const sent = async (operation: OperationId) => {
  const route = ROUTES[operation];
  const pattern = new RegExp(`^/v1/${route.path.replace(/\{[^{}]+\}/g, "[^/]+")}$`);
  return (await recorded()).filter(
    (request) => request.method === route.method && pattern.test(request.url.pathname),
  ).length;
};

describe("retry safety, per operation of the routes table", () => {
  it("marks exactly the calls that create, bill, run or restart something as not idempotent", () => {
    expect(OPERATIONS.filter((operation) => !ROUTES[operation].idempotent)).toEqual([
      "pods.create",
      "pods.restart",
      "pods.exec",
      "pods.execAsync",
      "pods.saveTemplate",
      "pods.createFromTemplate",
      "vms.create",
      "vms.restart",
      "vms.createSnapshot",
      "vms.restoreSnapshot",
      "vms.allocatePublicIp",
      "vms.addFirewallRule",
      "vms.exec",
      "volumes.create",
      "buckets.create",
    ]);
  });

  it.each(OPERATIONS.filter((operation) => ROUTES[operation].idempotent))(
    "%s is retried after a 503",
    async (operation) => {
      failOnce(operation, 503);
      await expect(CALLS[operation](client)).resolves.not.toBeInstanceOf(Error);
      expect(await sent(operation)).toBe(2);
    },
  );

  it.each(OPERATIONS.filter((operation) => !ROUTES[operation].idempotent))(
    "%s is not retried after a 503 (it may have happened), but is after a 429",
    async (operation) => {
      failOnce(operation, 503);
      await expect(CALLS[operation](client)).rejects.toBeInstanceOf(ServerError);
      expect(await sent(operation)).toBe(1);
      failOnce(operation, 429);
      await expect(CALLS[operation](client)).resolves.toBeDefined();
      expect(await sent(operation)).toBe(3);
    },
  );

  it("gives up after maxRetries, and a call's maxRetries wins", async () => {
    mock.failNext({ status: 503, times: 5, headers: { "Retry-After": "0" } });
    await expect(client.pods.list()).rejects.toBeInstanceOf(ServerError);
    expect(await recorded()).toHaveLength(3);
    mock.reset();
    mock.failNext({ status: 503, times: 5, headers: { "Retry-After": "0" } });
    await expect(client.pods.list({}, { maxRetries: 0 })).rejects.toBeInstanceOf(ServerError);
    expect(await recorded()).toHaveLength(4);
  });

  it("a create that times out is not sent again", async () => {
    let calls = 0;
    const slow = testClient({
      timeout: 30,
      fetch: async (_input, init) => {
        calls += 1;
        return new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
        );
      },
    });
    await expect(slow.pods.create({ name: "x", image: "y" })).rejects.toBeInstanceOf(TimeoutError);
    expect(calls).toBe(1);
  });
});
