import * as v from "valibot";
import {
  AppCompose,
  CvmAttestation,
  CvmContainersStats,
  CvmDetailV20251028,
  CvmInfoDetailV20260121,
  CvmNetwork,
  CvmState,
  CvmStats,
  PaginatedCvmInfosV20251028,
  PaginatedCvmInfosV20260121,
  resolveCvmId,
} from "../src";
import { call, useMock } from "./mock-setup";

const mock = useMock();
const web = () => mock.state.cvms.find((cvm) => cvm.name === "my-web-app")!;

describe("GET /cvms/paginated", () => {
  it("lists in the 2026-01-21 shape by default", async () => {
    const res = await call(mock, "GET", "/cvms/paginated");
    const page = v.parse(PaginatedCvmInfosV20260121, res.body);
    expect(page).toMatchObject({ total: 2, page: 1, page_size: 20, pages: 1 });
    expect(page.items.map((c) => c.name)).toEqual(["my-web-app", "onchain-app"]);
    expect(page.items[0]!.id).toMatch(/^cvm_[0-9A-Za-z]{8}$/);
    expect(page.items[1]!.kms_type).toBe("base");
  });

  it("lists in the 2025-10-28 shape when asked", async () => {
    const res = await call(mock, "GET", "/cvms/paginated", { version: "2025-10-28" });
    const page = v.parse(PaginatedCvmInfosV20251028, res.body);
    expect(page.items[0]!.hosted.app_id).toBe(web().app_id);
    expect(page.items[0]!.kms_info?.id).toBe("kms_phala_1");
    expect(v.safeParse(PaginatedCvmInfosV20260121, res.body).success).toBe(false);
  });

  it("paginates", async () => {
    const first = await call(mock, "GET", "/cvms/paginated?page=1&page_size=1");
    expect(first.body).toMatchObject({ total: 2, page: 1, page_size: 1, pages: 2 });
    expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(["my-web-app"]);
    const second = await call(mock, "GET", "/cvms/paginated?page=2&page_size=1");
    expect(second.body.items.map((c: { name: string }) => c.name)).toEqual(["onchain-app"]);
    const past = await call(mock, "GET", "/cvms/paginated?page=3&page_size=1");
    expect(past.body.items).toEqual([]);
  });

  it("filters by node", async () => {
    expect((await call(mock, "GET", "/cvms/paginated?node_id=3")).body.total).toBe(2);
    expect((await call(mock, "GET", "/cvms/paginated?node_id=6")).body.total).toBe(0);
  });

  it("rejects bad query values with FastAPI's 422", async () => {
    const zero = await call(mock, "GET", "/cvms/paginated?page=0");
    expect(zero.status).toBe(422);
    expect(zero.body.detail[0]).toMatchObject({ loc: ["query", "page"], type: "greater_than_equal" });
    const text = await call(mock, "GET", "/cvms/paginated?page_size=ten");
    expect(text.status).toBe(422);
    expect(text.body.detail[0]).toMatchObject({ loc: ["query", "page_size"], type: "int_parsing", input: "ten" });
  });
});

describe("GET /cvms/{id}", () => {
  it("resolves every identifier form the SDK can send", async () => {
    const cvm = web();
    const segments = [
      cvm.hashed_id,
      String(cvm.id),
      resolveCvmId({ app_id: cvm.app_id }),
      resolveCvmId({ uuid: cvm.vm_uuid }),
      cvm.vm_uuid,
      cvm.instance_id!,
      resolveCvmId({ name: cvm.name }),
    ];
    for (const segment of segments) {
      const res = await call(mock, "GET", `/cvms/${segment}`);
      expect([segment, res.status, res.body.name]).toEqual([segment, 200, "my-web-app"]);
    }
  });

  it("answers the detail in each version's shape", async () => {
    const current = v.parse(CvmInfoDetailV20260121, (await call(mock, "GET", "/cvms/101")).body);
    expect(current.id).toBe(web().hashed_id);
    expect(current.compose_file).toMatchObject({ docker_compose_file: web().compose.docker_compose_file });
    const legacy = v.parse(CvmDetailV20251028, (await call(mock, "GET", "/cvms/101", { version: "2025-10-28" })).body);
    expect(legacy).toMatchObject({ id: 101, teepod_id: 3, memory: 2048, base_image: "dstack-0.5.3" });
  });

  it("unknown ids get FastAPI's 404", async () => {
    const res = await call(mock, "GET", "/cvms/cvm_nothere");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ detail: "CVM not found" });
    expect((await call(mock, "GET", "/cvms/nothere/stats")).status).toBe(404);
  });
});

describe("per-CVM reads", () => {
  it("state, stats, network, composition, attestation and compose_file of a running CVM", async () => {
    expect(v.parse(CvmState, (await call(mock, "GET", "/cvms/101/state")).body)).toMatchObject({ name: "my-web-app", status: "running" });
    const stats = v.parse(CvmStats, (await call(mock, "GET", "/cvms/101/stats")).body);
    expect(stats.is_online).toBe(true);
    expect(stats.sysinfo?.total_memory).toBe(2048 * 1024 * 1024);
    const network = v.parse(CvmNetwork, (await call(mock, "GET", "/cvms/101/network")).body);
    expect(network.public_urls?.[0]?.app).toContain(web().app_id);
    const composition = v.parse(CvmContainersStats, (await call(mock, "GET", "/cvms/101/composition")).body);
    expect(composition.containers?.[0]?.names).toEqual(["/dstack-demo-1"]);
    const attestation = v.parse(CvmAttestation, (await call(mock, "GET", "/cvms/101/attestation")).body);
    expect(attestation.tcb_info?.event_log[0]?.event_payload).toBe(web().compose_hash);
    const compose = v.parse(AppCompose, (await call(mock, "GET", "/cvms/101/compose_file")).body);
    expect(compose.allowed_envs).toEqual(["API_KEY"]);
  });

  it("a stopped CVM is offline", async () => {
    web().status = "stopped";
    const stats = v.parse(CvmStats, (await call(mock, "GET", "/cvms/101/stats")).body);
    expect(stats).toMatchObject({ is_online: false, sysinfo: null, error: "CVM is not running" });
    const network = v.parse(CvmNetwork, (await call(mock, "GET", "/cvms/101/network")).body);
    expect(network.public_urls).toBeNull();
  });
});
