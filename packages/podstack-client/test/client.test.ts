import { http, HttpResponse } from "msw";
import * as v from "valibot";
import {
  Client,
  ConfigurationError,
  PodstackError,
  ResourceNotFoundError,
  ResponseValidationError,
  ServerError,
} from "../src";
import { createPodstackMock, PODSTACK_MOCK_API_KEY } from "../src/mock";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);

describe("headers", () => {
  it("sends the token as Bearer, the package's User-Agent, JSON accept, and the client's headers", async () => {
    await testClient({
      headers: { "X-Team": "ml", Authorization: "Bearer someone-else" },
    }).wallet.balance();
    const [request] = await recorded();
    expect(request?.headers.get("authorization")).toBe(`Bearer ${PODSTACK_MOCK_API_KEY}`);
    expect(request?.headers.get("user-agent")).toBe("@cloud-sdk/podstack-client/0.0.0");
    expect(request?.headers.get("accept")).toBe("application/json");
    expect(request?.headers.get("x-team")).toBe("ml");
  });

  it("a call's headers win over the client's; User-Agent can be replaced", async () => {
    const client = testClient({ headers: { "X-Team": "ml", "User-Agent": "my-app/1.0" } });
    await client.pods.get("pod-123", { headers: { "X-Team": "infra", "X-Trace": "t-1" } });
    const [request] = await recorded();
    expect(request?.headers.get("x-team")).toBe("infra");
    expect(request?.headers.get("x-trace")).toBe("t-1");
    expect(request?.headers.get("user-agent")).toBe("my-app/1.0");
  });
});

describe("options", () => {
  it("uses the fetch it is given", async () => {
    const fetch = jest.fn(globalThis.fetch);
    await testClient({ fetch }).projects.list();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("refuses a timeout or maxRetries that makes no sense", () => {
    expect(() => testClient({ timeout: 0 })).toThrow(ConfigurationError);
    expect(() => testClient({ maxRetries: -1 })).toThrow(
      "maxRetries must be a whole number, 0 or more; got -1.",
    );
  });

  it("exposes the project and the base URL, and nothing else of its configuration", () => {
    const client = new Client({
      apiToken: "psk_x_token",
      projectId: "p-1",
      apiEndpoint: "https://api.work.podstack.ai",
    });
    expect({ projectId: client.projectId, baseURL: client.baseURL }).toEqual({
      projectId: "p-1",
      baseURL: "https://api.work.podstack.ai/v1",
    });
    expect(JSON.parse(JSON.stringify(client))).toEqual({
      projectId: "p-1",
      baseURL: "https://api.work.podstack.ai/v1",
      auth: {},
      pods: {},
      volumes: {},
      projects: {},
      wallet: {},
      vms: {},
      tasks: {},
      buckets: {},
    });
  });
});

describe("client.request, the escape hatch", () => {
  const client = testClient({ maxRetries: 1 });
  const Availability = v.array(v.looseObject({ gpu_type: v.string(), available: v.number() }));

  it("reaches an endpoint the package does not have, with the token, path parameters, query and a schema", async () => {
    server.use(
      http.get(`${mock.baseURL}/gpus/:kind/availability`, ({ request, params }) =>
        request.headers.get("authorization") === `Bearer ${PODSTACK_MOCK_API_KEY}`
          ? HttpResponse.json([
              {
                gpu_type: String(params.kind),
                available: 3,
                region: new URL(request.url).searchParams.get("region"),
              },
            ])
          : HttpResponse.json({ detail: "no" }, { status: 401 }),
      ),
    );
    const result = await client.request("GET", "/gpus/{kind}/availability", {
      pathParams: { kind: "A100" },
      query: { region: "eu", unused: undefined },
      schema: Availability,
    });
    expect(result).toEqual([{ gpu_type: "A100", available: 3, region: "eu" }]);
    expect((await recorded())[0]?.url.href).toBe(
      "https://api.podstack.ai/v1/gpus/A100/availability?region=eu",
    );
  });

  it("sends a JSON body, answers unknown without a schema, and reads text when asked", async () => {
    server.use(
      http.post(`${mock.baseURL}/pods/pod-123/exec`, async ({ request }) =>
        HttpResponse.json({ exit_code: 0, echoed: await request.json() }),
      ),
      http.get(`${mock.baseURL}/pods/pod-123/logs`, () => HttpResponse.text("line 1\nline 2\n")),
    );
    await expect(
      client.request("POST", "pods/pod-123/exec", { json: { cmd: "nvidia-smi" } }),
    ).resolves.toEqual({
      exit_code: 0,
      echoed: { cmd: "nvidia-smi" },
    });
    await expect(
      client.request("GET", "/pods/pod-123/logs", { responseType: "text" }),
    ).resolves.toBe("line 1\nline 2\n");
  });

  it("a POST is not retried after a 503 unless marked idempotent", async () => {
    mock.failNext({ status: 503, times: 2, headers: { "Retry-After": "0" } });
    await expect(client.request("POST", "/pods/pod-456/start")).rejects.toBeInstanceOf(ServerError);
    await expect(
      client.request("POST", "/pods/pod-456/start", { idempotent: true }),
    ).resolves.toMatchObject({ id: "pod-456" });
    expect((await recorded()).length).toBe(3);
  });

  it("maps errors to the same classes, without route guesses", async () => {
    const error = await client.request("GET", "/gpus").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceNotFoundError);
    expect(error).toMatchObject({
      resourceType: undefined,
      resourceId: undefined,
      operation: "client.request",
    });
    expect((error as PodstackError).message).toMatch(
      /^Resource not found: Not Found\. Check the id and the project \(.*\)\. \(client\.request: GET \/v1\/gpus answered 404 Not Found/,
    );
    await expect(
      client.request("GET", "/wallet/balance", { schema: v.object({ credits: v.number() }) }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
