import { fixture } from "./fixture";
import { useFake } from "./client-setup";

const fake = useFake();
const web = () => fake.mock.state.cvms.find((cvm) => cvm.name === "my-web-app")!;

describe("getCurrentUser", () => {
  it("GET /auth/me, the 2026-01-21 shape", async () => {
    const me = await fake.client().getCurrentUser();
    await fake.expectLast("GET", "/auth/me");
    expect(me.user).toMatchObject({ username: "alice", email: "alice@example.com", role: "user" });
    expect(me.workspace).toMatchObject({ slug: "acme", tier: "pro" });
    expect(me.credits.balance).toBe("25.00");
  });
});

describe("getCvmList and cvms()", () => {
  it("GET /cvms/paginated with page and page_size", async () => {
    const page = await fake.client().getCvmList({ page: 2, page_size: 1 });
    await fake.expectLast("GET", "/cvms/paginated?page=2&page_size=1");
    expect(page).toMatchObject({ total: 2, page: 2, page_size: 1, pages: 2 });
    expect(page.items.map((cvm) => cvm.name)).toEqual(["onchain-app"]);
    expect(page.items[0]?.kms_type).toBe("base");
  });

  it("without parameters sends no query", async () => {
    const page = await fake.client().getCvmList();
    await fake.expectLast("GET", "/cvms/paginated");
    expect(page.items).toHaveLength(2);
  });

  it("cvms() walks every page, lazily, keeping the filters", async () => {
    const names: string[] = [];
    for await (const cvm of fake.client().cvms({ page_size: 1 })) names.push(cvm.name);
    expect(names).toEqual(["my-web-app", "onchain-app"]);
    const seen = await fake.requests();
    expect(seen.map((request) => request.url.search)).toEqual(["?page_size=1&page=1", "?page_size=1&page=2"]);
  });

  it("cvms().toArray() and cvms() with no filter", async () => {
    expect((await fake.client().cvms().toArray()).map((cvm) => cvm.name)).toEqual(["my-web-app", "onchain-app"]);
    await fake.expectLast("GET", "/cvms/paginated?page=1");
  });

  it("cvms() stops on an empty list", async () => {
    fake.mock.state.cvms = [];
    expect(await fake.client().cvms().toArray()).toEqual([]);
    expect(await fake.requests()).toHaveLength(1);
  });
});

describe("getCvmInfo", () => {
  it("GET /cvms/{cvmId}, the 2026-01-21 detail", async () => {
    const cvm = await fake.client().getCvmInfo({ id: web().hashed_id });
    await fake.expectLast("GET", `/cvms/${web().hashed_id}`);
    expect(cvm).toMatchObject({ id: web().hashed_id, name: "my-web-app", status: "running", app_id: web().app_id });
    expect(cvm.resource.instance_type).toBe("tdx.small");
    expect(cvm.compose_file).toBeDefined();
  });

  it.each<[string, () => Parameters<ReturnType<typeof fake.client>["getCvmInfo"]>[0], () => string]>([
    ["a name", () => ({ name: "my-web-app" }), () => "my-web-app"],
    ["a UUID (dashes dropped)", () => ({ uuid: web().vm_uuid }), () => web().vm_uuid.replace(/-/g, "")],
    ["an app id (app_ prefix added)", () => ({ app_id: web().app_id }), () => `app_${web().app_id}`],
    ["an instance id", () => ({ instance_id: (web().instance_id = "i-0a1b2c3d") }), () => "i-0a1b2c3d"],
    ["a numeric id as id", () => ({ id: "101" }), () => "101"],
  ])("names the CVM by %s", async (_label, params, segment) => {
    const cvm = await fake.client().getCvmInfo(params());
    await fake.expectLast("GET", `/cvms/${segment()}`);
    expect(cvm.name).toBe("my-web-app");
  });
});

describe("per-CVM reads", () => {
  it("getCvmState: GET /cvms/{cvmId}/state", async () => {
    const state = await fake.client().getCvmState({ name: "my-web-app" });
    await fake.expectLast("GET", "/cvms/my-web-app/state");
    expect(state).toMatchObject({ name: "my-web-app", status: "running", instance_id: web().instance_id });
  });

  it("getCvmStats: GET /cvms/{cvmId}/stats", async () => {
    const stats = await fake.client().getCvmStats({ name: "my-web-app" });
    await fake.expectLast("GET", "/cvms/my-web-app/stats");
    expect(stats).toMatchObject({ is_online: true, status: "running", in_progress: false });
    expect(stats.sysinfo?.num_cpus).toBe(1);
  });

  it("getCvmNetwork: GET /cvms/{cvmId}/network", async () => {
    const network = await fake.client().getCvmNetwork({ name: "my-web-app" });
    await fake.expectLast("GET", "/cvms/my-web-app/network");
    expect(network.is_online).toBe(true);
    expect(network.public_urls?.[0]?.app).toMatch(/^https:\/\//);
  });

  it("getCvmAttestation: GET /cvms/{cvmId}/attestation", async () => {
    const attestation = await fake.client().getCvmAttestation({ name: "my-web-app" });
    await fake.expectLast("GET", "/cvms/my-web-app/attestation");
    expect(attestation.is_online).toBe(true);
    expect(attestation.tcb_info?.mrtd).toMatch(/^[0-9a-f]+$/);
  });

  it("getCvmComposeFile: GET /cvms/{cvmId}/compose_file", async () => {
    const compose = await fake.client().getCvmComposeFile({ name: "my-web-app" });
    await fake.expectLast("GET", "/cvms/my-web-app/compose_file");
    expect(compose.docker_compose_file).toBe(web().compose.docker_compose_file);
    expect(compose.allowed_envs).toEqual(["API_KEY"]);
  });

  it("getCvmContainersStats: GET /cvms/{cvmId}/composition", async () => {
    const stats = await fake.client().getCvmContainersStats({ name: "my-web-app" });
    await fake.expectLast("GET", "/cvms/my-web-app/composition");
    expect(stats.is_online).toBe(true);
    expect(stats.containers?.length).toBeGreaterThan(0);
  });

  it("parses the official SDK's own response bodies (fixtures) through a custom handler", async () => {
    const { http, HttpResponse } = await import("msw");
    fake.server.use(http.get(`${fake.mock.baseURL}/cvms/:id/composition`, () => HttpResponse.json(fixture("cvm-containers-stats"))));
    const stats = await fake.client().getCvmContainersStats({ id: "cvm_x" });
    expect(stats).toEqual(fixture("cvm-containers-stats"));
  });
});
