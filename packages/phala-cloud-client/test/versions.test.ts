import {
  ConfigurationError,
  type GetCurrentUserResponse,
  type GetCvmInfoResponse,
  type PhalaCloudClient,
  SUPPORTED_API_VERSIONS,
} from "../src";
import { useFake } from "./client-setup";

const fake = useFake();

describe("X-Phala-Version", () => {
  it("the version option is sent on every request and picks the response shape", async () => {
    const legacy = fake.client({ version: "2025-10-28" });
    expect(legacy.version).toBe("2025-10-28");
    const me = await legacy.getCurrentUser();
    await fake.expectLast("GET", "/auth/me", "2025-10-28");
    expect(me).toMatchObject({ username: "alice", team_name: "Acme", credits: 25 });
    const list = await legacy.getCvmList();
    await fake.expectLast("GET", "/cvms/paginated", "2025-10-28");
    expect(list.items[0]?.hosted.name).toBe("my-web-app");
    const cvm = await legacy.getCvmInfo({ name: "my-web-app" });
    expect(cvm.id).toBe(101);
  });

  it("withVersion gives a client for another version; the original keeps its own", async () => {
    const client = fake.client();
    const legacy = client.withVersion("2025-10-28");
    expect((await legacy.getCurrentUser()).team_name).toBe("Acme");
    await fake.expectLast("GET", "/auth/me", "2025-10-28");
    expect((await client.getCurrentUser()).workspace.name).toBe("Acme");
    await fake.expectLast("GET", "/auth/me", "2026-01-21");
    const back = legacy.withVersion("2026-01-21");
    expect((await back.getCvmInfo({ name: "my-web-app" })).id).toMatch(/^cvm_/);
    await fake.expectLast("GET", "/cvms/my-web-app", "2026-01-21");
  });

  it("withVersion keeps the key, the headers, the fetch and the base URL", async () => {
    const seen: string[] = [];
    const fetch = (input: Request | string | URL, init?: RequestInit) => {
      seen.push(String(input instanceof Request ? input.url : input));
      return globalThis.fetch(input, init);
    };
    const client = fake.client({ fetch });
    await client.withVersion("2025-10-28").getCvmList();
    // expectLast also checks the client's own header (CLIENT_HEADERS), kept by withVersion.
    await fake.expectLast("GET", "/cvms/paginated", "2025-10-28");
    expect(seen).toHaveLength(1);
    expect(client.withVersion("2025-10-28").baseURL).toBe(client.baseURL);
  });

  it("app and visibility responses follow the version too", async () => {
    const legacy = fake.client({ version: "2025-10-28" });
    const apps = await legacy.getAppList();
    expect(apps.dstack_apps[0]?.current_cvm?.teepod_name).toEqual(expect.any(String));
    const cvm = await legacy.updateCvmVisibility({ name: "my-web-app", public_logs: false, public_sysinfo: true });
    expect(cvm.id).toBe(101);
  });

  it("a version that is not a date is refused by withVersion, naming the known ones", () => {
    expect(() => fake.client().withVersion("latest" as never)).toThrow(ConfigurationError);
    expect(() => fake.client().withVersion("2026-5-22" as never)).toThrow(`this client knows the shapes of ${SUPPORTED_API_VERSIONS.join(", ")}`);
  });
});

describe("types follow the version", () => {
  // These assignments are checked by `tsc --noEmit` (the package's typecheck covers test/).
  it("version-conditional return types", async () => {
    const current = fake.client();
    const legacy = fake.client({ version: "2025-10-28" });
    const fromCurrent: GetCurrentUserResponse<"2026-01-21"> = await current.getCurrentUser();
    const fromLegacy: GetCurrentUserResponse<"2025-10-28"> = await legacy.getCurrentUser();
    const username: string = fromCurrent.user.username;
    const team: string = fromLegacy.team_name;
    // @ts-expect-error the 2025-10-28 shape has no `user` layer (extra fields are only `unknown`)
    const noUser: { username: string } = fromLegacy.user;
    const detail: GetCvmInfoResponse<"2025-10-28"> = await legacy.getCvmInfo({ name: "my-web-app" });
    const teepod: number | null = detail.teepod_id;
    // @ts-expect-error `resource` is a 2026-01-21 field
    const noResource: { instance_type?: string | null } = detail.resource;
    const instanceType: string | null | undefined = (await current.getCvmInfo({ name: "my-web-app" })).resource.instance_type;
    const switched: PhalaCloudClient<"2025-10-28"> = current.withVersion("2025-10-28");
    expect([username, team, teepod, instanceType, switched.version]).toEqual(["alice", "Acme", 3, "tdx.small", "2025-10-28"]);
    expect([noUser, noResource]).toEqual([undefined, undefined]);
  });
});
