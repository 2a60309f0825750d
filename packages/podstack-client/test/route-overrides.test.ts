import { http, HttpResponse } from "msw";
import { Client, ConfigurationError, ResourceNotFoundError, resolveRoutes, ROUTES } from "../src";
import { createPodstackMock, PODSTACK_MOCK_API_KEY } from "../src/mock";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);

const configurationError = (routes: unknown): ConfigurationError => {
  try {
    new Client({ apiToken: PODSTACK_MOCK_API_KEY, routes: routes as never });
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error("expected a ConfigurationError");
};

describe("the routes option", () => {
  it("a leading slash starts at the endpoint's host: pods.create goes to POST /v2/pods", async () => {
    server.use(
      http.post("https://api.podstack.ai/v2/pods", async ({ request }) =>
        HttpResponse.json({ id: "pod-v2", name: ((await request.json()) as { name: string }).name, status: "creating" }, { status: 201 }),
      ),
    );
    const client = testClient({ routes: { "pods.create": { method: "POST", path: "/v2/pods" } } });
    const pod = await client.pods.create({ name: "p", image: "i" });
    expect(pod).toMatchObject({ id: "pod-v2", name: "p", status: "Creating" });
    const [request] = await recorded();
    expect(`${request?.method} ${request?.url.href}`).toBe("POST https://api.podstack.ai/v2/pods");
    expect(request?.headers.get("authorization")).toBe(`Bearer ${PODSTACK_MOCK_API_KEY}`);
    // Other routes keep the table's paths, under /v1.
    await client.pods.get("pod-123");
    expect((await recorded())[1]?.url.pathname).toBe("/v1/pods/pod-123");
  });

  it("without a leading slash the path is relative to the base URL, and ids still fill {id}, encoded", async () => {
    server.use(
      http.put("https://api.podstack.ai/v1/containers/:id/power-on", ({ params }) =>
        HttpResponse.json({ id: params.id, name: "n", status: "pending" }),
      ),
    );
    const client = testClient({ routes: { "pods.start": { method: "PUT", path: "containers/{id}/power-on" } } });
    const pod = await client.pods.start("pod a/b");
    expect(pod.id).toBe("pod a/b");
    const [request] = await recorded();
    expect(request?.method).toBe("PUT");
    expect(request?.url.pathname).toBe("/v1/containers/pod%20a%2Fb/power-on");
  });

  it("a method alone, or a path alone, may be corrected", () => {
    const routes = resolveRoutes({ "pods.logs": { path: "pods/{id}/log" }, "vms.console": { method: "POST" } });
    expect(routes["pods.logs"]).toMatchObject({ method: "GET", path: "pods/{id}/log", overridden: true, fromRoot: false });
    expect(routes["vms.console"]).toMatchObject({ method: "POST", path: ROUTES["vms.console"].path, overridden: true });
    expect(routes["pods.get"]).toMatchObject({ ...ROUTES["pods.get"], overridden: false });
  });

  it("nested placeholders fill by name through an override", async () => {
    server.use(
      http.delete("https://api.podstack.ai/v1/snapshots/:snapshot", () => new HttpResponse(null, { status: 204 })),
    );
    const client = testClient({ routes: { "vms.deleteSnapshot": { path: "snapshots/{snapshot_id}" } } });
    await client.vms.deleteSnapshot("vm-123", "snap-1");
    expect((await recorded())[0]?.url.pathname).toBe("/v1/snapshots/snap-1");
  });

  it("an unknown operation is a ConfigurationError listing the valid names", () => {
    const error = configurationError({ "pods.launch": { path: "pods" } });
    expect(error.option).toBe("routes");
    expect(error.message).toContain('routes names an unknown operation "pods.launch". Valid operations: "auth.whoami", "pods.create"');
    for (const name of Object.keys(ROUTES)) expect(error.message).toContain(`"${name}"`);
  });

  it("a placeholder the operation does not supply is a ConfigurationError listing the valid ones", () => {
    expect(configurationError({ "pods.get": { path: "pods/{pod_id}" } }).message).toBe(
      'routes["pods.get"].path uses the placeholder {pod_id}, which pods.get does not supply. Valid placeholders: "id".',
    );
    expect(configurationError({ "vms.restoreSnapshot": { path: "vms/{id}/restore/{snapshot}" } }).message).toContain(
      'Valid placeholders: "id", "snapshot_id".',
    );
    expect(configurationError({ "pods.list": { path: "pods/{id}" } }).message).toContain("Valid placeholders: none.");
    expect(configurationError({ "pods.get": { path: "pods/{id" } }).message).toContain('unbalanced "{" or "}"');
  });

  it("a bad method, a URL, a query string or a non-object is a ConfigurationError", () => {
    expect(configurationError({ "pods.get": { method: "FETCH" } }).message).toContain(
      'routes["pods.get"].method must be one of "GET", "POST", "PATCH", "PUT", "DELETE"',
    );
    expect(configurationError({ "pods.get": { path: "https://elsewhere.example/pods/{id}" } }).message).toContain(
      "must be a path, not a URL",
    );
    expect(configurationError({ "pods.get": { path: "//elsewhere.example/pods/{id}" } }).message).toContain(
      "must be a path, not a URL",
    );
    expect(configurationError({ "pods.list": { path: "pods?all=1" } }).message).toContain('must not contain "?"');
    expect(configurationError({ "pods.list": { path: "" } }).message).toContain("must be a non-empty string");
    expect(configurationError({ "pods.list": "pods" }).message).toContain('routes["pods.list"] must be an object');
    expect(configurationError({ "pods.list": { url: "pods" } }).message).toContain('unknown keys "url"');
    expect(configurationError(["pods.list"]).message).toContain("routes must be an object");
  });
});

describe("404 and 405 from an assumed route say how to override it", () => {
  const client = testClient({ maxRetries: 0 });

  it.each([
    ["vms.get", () => client.vms.get("vm-missing"), 'new Client({ routes: { "vms.get": { method: "GET", path: "vms/{id}" } } })'],
    [
      "vms.deleteSnapshot",
      () => client.vms.deleteSnapshot("vm-123", "snap-missing"),
      'new Client({ routes: { "vms.deleteSnapshot": { method: "DELETE", path: "vms/{id}/snapshots/{snapshot_id}" } } })',
    ],
    ["tasks.get", () => client.tasks.get("task-missing"), 'new Client({ routes: { "tasks.get": { method: "GET", path: "tasks/{id}" } } })'],
  ])("%s: 404", async (_operation, call, hint) => {
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceNotFoundError);
    expect((error as Error).message).toContain("is assumed (Podstack does not document it)");
    expect((error as Error).message).toContain(hint);
  });

  it("405 on pods.exec", async () => {
    mock.failNext({ status: 405, body: { detail: "Method Not Allowed" } });
    const error = (await client.pods.exec("pod-123", "ls").catch((caught: unknown) => caught)) as Error;
    expect(error.message).toContain(
      'The route POST …/pods/{id}/exec is assumed (Podstack does not document it) and may be wrong; if so, override it with the Client\'s routes option: new Client({ routes: { "pods.exec": { method: "POST", path: "pods/{id}/exec" } } })',
    );
  });

  it("the documented route says nothing of the kind", async () => {
    mock.failNext({ status: 404 });
    const error = (await client.pods.list().catch((caught: unknown) => caught)) as Error;
    expect(error.message).not.toContain("assumed");
    expect(error.message).not.toContain("routes option");
  });

  it("an overridden route that answers 404 points at the override itself", async () => {
    const fixed = testClient({ maxRetries: 0, routes: { "vms.get": { path: "machines/{id}" } } });
    const error = await fixed.vms.get("vm-123").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceNotFoundError);
    expect((error as ResourceNotFoundError).resourceId).toBe("vm-123");
    expect((error as Error).message).toContain('The route GET …/machines/{id} comes from your routes option ("vms.get"): check it.');
  });
});
