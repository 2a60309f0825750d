import { getResponse } from "msw";
import { AbortError, LambdaCloudClient, type LambdaCloudClientOptions } from "../src/index.js";
import { createLambdaCloudMock } from "../src/mock/index.js";

// The fake's handlers answer through msw's getResponse, without a server, so that jest's fake
// timers drive the clock alone.
const mock = createLambdaCloudMock();
const launchParams = { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"] };

function clientWithClock(options: LambdaCloudClientOptions = {}) {
  const sent: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push(`${Date.now()} ${request.method} ${new URL(request.url).pathname.replace("/api/v1", "")}`);
    return (await getResponse([...mock.handlers], request)) ?? new Response("no handler", { status: 500 });
  };
  return { client: new LambdaCloudClient({ apiKey: mock.apiKey, fetch, ...options }), sent };
}

beforeEach(() => {
  jest.useFakeTimers({ now: 0 });
  mock.reset();
});
afterEach(() => jest.useRealTimers());

describe("rateLimit: true", () => {
  it("spaces requests 1 s apart, and launches 12 s apart", async () => {
    const { client, sent } = clientWithClock({ rateLimit: true });
    const all = Promise.all([
      client.instances.launch(launchParams),
      client.regions.list(),
      client.instances.launch(launchParams),
      client.images.list(),
    ]);
    await jest.advanceTimersByTimeAsync(30_000);
    await all;
    expect(sent.sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))).toEqual([
      "0 POST /instance-operations/launch",
      "1000 GET /regions",
      "3000 GET /images",
      "12000 POST /instance-operations/launch",
    ]);
  });

  it("keeps launches to 5 a minute", async () => {
    const { client, sent } = clientWithClock({ rateLimit: true });
    const all = Promise.all(Array.from({ length: 6 }, () => client.instances.launch(launchParams)));
    await jest.advanceTimersByTimeAsync(61_000);
    await all;
    expect(sent.map((line) => Number.parseInt(line, 10))).toEqual([0, 12_000, 24_000, 36_000, 48_000, 60_000]);
  });

  it("is per client: another client is not slowed by this one", async () => {
    const first = clientWithClock({ rateLimit: true });
    const second = clientWithClock({ rateLimit: true });
    await first.client.regions.list();
    const pending = second.client.regions.list();
    await jest.advanceTimersByTimeAsync(0);
    await pending;
    expect(second.sent).toEqual(["0 GET /regions"]);
  });

  it("a call waiting for its turn can be aborted", async () => {
    const { client, sent } = clientWithClock({ rateLimit: true });
    await client.instances.launch(launchParams);
    const controller = new AbortController();
    const waiting = client.instances.launch(launchParams, { signal: controller.signal }).catch((caught: unknown) => caught);
    await jest.advanceTimersByTimeAsync(5_000);
    controller.abort();
    expect(await waiting).toBeInstanceOf(AbortError);
    expect(sent).toHaveLength(1);
  });
});

describe("without rateLimit (the default)", () => {
  it("sends at once", async () => {
    const { client, sent } = clientWithClock();
    await Promise.all([client.instances.launch(launchParams), client.instances.launch(launchParams), client.regions.list()]);
    expect(sent.map((line) => Number.parseInt(line, 10))).toEqual([0, 0, 0]);
  });
});
