import { delay, http, HttpResponse } from "msw";
import { AbortError, ConnectionError, ResponseValidationError, TimeoutError } from "../src/index.js";
import { useLambdaClient } from "./support/client.js";

const { mock, server, client, sent } = useLambdaClient();
const SEEDED = "0920582c7ff041399e34823a0be62549";
const launchParams = { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"] };

describe("an unexpected response shape", () => {
  it("a response missing a required field is a ResponseValidationError naming the field", async () => {
    const instance = structuredClone(mock.state.instances.get(SEEDED)) as Record<string, unknown>;
    delete instance.status;
    server.use(http.get(`${mock.baseURL}/instances/${SEEDED}`, () => HttpResponse.json({ data: instance }, { headers: { "x-request-id": "req_42" } })));
    const error = await client().instances.get(SEEDED).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const validation = error as ResponseValidationError;
    expect(validation.operation).toBe("instances.get");
    expect(validation.issues.map((issue) => issue.path)).toEqual(["data.status"]);
    expect(validation.requestId).toBe("req_42");
    expect(validation.message).toContain("instances.get");
    expect(validation.message).toContain("data.status");
    expect(validation.message).toContain("req_42");
  });

  it("a field of the wrong type deep in a list is named with its index", async () => {
    server.use(http.get(`${mock.baseURL}/regions`, () => HttpResponse.json({ data: [{ name: "us-west-1", description: "ok" }, { name: 7 }] })));
    const error = await client().regions.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("data[1].name");
  });

  it("a success answer without the data envelope is refused, not returned as undefined", async () => {
    server.use(http.get(`${mock.baseURL}/images`, () => HttpResponse.json([])));
    await expect(client().images.list()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("fields Lambda adds are kept", async () => {
    const instance = { ...mock.state.instances.get(SEEDED), is_reserved: false };
    server.use(http.get(`${mock.baseURL}/instances/${SEEDED}`, () => HttpResponse.json({ data: instance })));
    expect(await client().instances.get(SEEDED)).toMatchObject({ id: SEEDED, is_reserved: false });
  });
});

describe("the network", () => {
  it("a network failure is a ConnectionError that says which call and keeps the cause", async () => {
    server.use(http.get(`${mock.baseURL}/regions`, () => HttpResponse.error()));
    const error = await client({ maxRetries: 0 }).regions.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).operation).toBe("regions.list");
    expect((error as Error).message).toContain("regions.list");
    expect((error as Error).message).toContain("cloud.lambda.ai");
    expect((error as Error).cause).toBeDefined();
  });

  it("a slow answer is a TimeoutError naming the call and the limit; a timed-out launch is not repeated", async () => {
    let launches = 0;
    server.use(
      http.get(`${mock.baseURL}/regions`, async () => {
        await delay("infinite");
        return HttpResponse.json({ data: [] });
      }),
      http.post(`${mock.baseURL}/instance-operations/launch`, async () => {
        launches += 1;
        await delay("infinite");
        return HttpResponse.json({ data: { instance_ids: [] } });
      }),
    );
    const c = client({ timeout: 50, maxRetries: 0 });
    const error = await c.regions.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    expect((error as Error).message).toBe(
      "regions.list (GET cloud.lambda.ai/api/v1/regions) timed out after 50 ms without a complete response; the request was aborted. The server may be slow or unreachable; raise the timeout option if this call is expected to take longer.",
    );
    await expect(client({ timeout: 50, maxRetries: 3 }).instances.launch(launchParams)).rejects.toBeInstanceOf(TimeoutError);
    expect(launches).toBe(1);
  });

  it("the per-call timeout wins over the client's", async () => {
    server.use(
      http.get(`${mock.baseURL}/regions`, async () => {
        await delay(100);
        return HttpResponse.json({ data: [] });
      }),
    );
    expect(await client({ timeout: 20 }).regions.list({ timeout: 2_000 })).toEqual([]);
  });
});

describe("abort", () => {
  it("an already-aborted signal rejects with AbortError and sends nothing", async () => {
    const error = await client().instances.list(undefined, { signal: AbortSignal.abort("page closed") }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe("page closed");
    expect(await sent()).toHaveLength(0);
  });

  it("aborting mid-flight rejects at once with AbortError naming the call", async () => {
    server.use(
      http.get(`${mock.baseURL}/instance-types`, async () => {
        await delay("infinite");
        return HttpResponse.json({ data: {} });
      }),
    );
    const controller = new AbortController();
    const pending = client().instanceTypes.list({ signal: controller.signal }).catch((caught: unknown) => caught);
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toContain("instanceTypes.list");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("a signal stops audit-event pagination", async () => {
    const controller = new AbortController();
    const events = client().auditEvents.list(undefined, { signal: controller.signal });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of events) {
        seen.push(event.event_id);
        if (seen.length === 3) controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(3);
    expect(await sent()).toHaveLength(1);
  });
});
