import * as v from "valibot";
import {
  AllInstanceTypeFamilies,
  AppEnvEncryptPubKey,
  AvailableNodes,
  FamilyInstanceTypes,
  KmsInfo,
  KmsListResponse,
  NextAppIds,
  OsImageList,
} from "../src";
import { call, useMock } from "./mock-setup";

const mock = useMock();

describe("nodes, instance types, OS images", () => {
  it("GET /teepods/available lists the nodes and the KMS they use", async () => {
    const nodes = v.parse(AvailableNodes, (await call(mock, "GET", "/teepods/available")).body);
    expect(nodes.tier).toBe("pro");
    expect(nodes.nodes.map((n) => n.teepod_id)).toEqual([3, 6]);
    expect(nodes.kms_list.map((k) => k.id)).toEqual(["kms_phala_1", "kms_base_1", "kms_eth_1"]);
  });

  it("instance types: all families, one family, unknown family 404", async () => {
    const all = v.parse(AllInstanceTypeFamilies, (await call(mock, "GET", "/instance-types")).body);
    expect(all.result.map((f) => [f.name, f.total])).toEqual([["cpu", 3], ["gpu", 1]]);
    const cpu = v.parse(FamilyInstanceTypes, (await call(mock, "GET", "/instance-types/cpu")).body);
    expect(cpu.items.map((t) => t.id)).toEqual(["tdx.small", "tdx.medium", "tdx.large"]);
    expect((await call(mock, "GET", "/instance-types/tpu")).status).toBe(404);
  });

  it("OS images filter on is_dev and reject a non-boolean", async () => {
    const dev = v.parse(OsImageList, (await call(mock, "GET", "/os-images?is_dev=true")).body);
    expect(dev.items.map((i) => i.name)).toEqual(["dstack-dev-0.5.3"]);
    expect(dev.total).toBe(1);
    const bad = await call(mock, "GET", "/os-images?is_dev=maybe");
    expect([bad.status, bad.body.detail[0].type]).toEqual([422, "bool_parsing"]);
  });
});

describe("KMS", () => {
  it("lists, filters on-chain ones, and reads one by id or slug", async () => {
    const all = v.parse(KmsListResponse, (await call(mock, "GET", "/kms")).body);
    expect(all.total).toBe(3);
    const onchain = v.parse(KmsListResponse, (await call(mock, "GET", "/kms?is_onchain=true")).body);
    expect(onchain.items.map((k) => k.chain_id)).toEqual([8453, 1]);
    expect(v.parse(KmsInfo, (await call(mock, "GET", "/kms/kms-base-prod9")).body).id).toBe("kms_base_1");
    expect((await call(mock, "GET", "/kms/kms_nope")).body).toEqual({ detail: "KMS not found" });
  });

  it("gives an app's env pubkey and validates the app id", async () => {
    const appId = "a".repeat(40);
    const key = v.parse(AppEnvEncryptPubKey, (await call(mock, "GET", `/kms/kms_phala_1/pubkey/0x${appId}`)).body);
    const again = v.parse(AppEnvEncryptPubKey, (await call(mock, "GET", `/kms/kms_phala_1/pubkey/${appId}`)).body);
    expect(key).toEqual(again);
    const bad = await call(mock, "GET", "/kms/kms_phala_1/pubkey/xyz");
    expect([bad.status, bad.body.detail[0].loc]).toEqual([422, ["path", "app_id"]]);
  });

  it("predicts the next app ids and keeps counts within 1..20", async () => {
    const next = v.parse(NextAppIds, (await call(mock, "GET", "/kms/phala/next_app_id?counts=3")).body);
    expect(next.app_ids.map((a) => a.nonce)).toEqual([0, 1, 2]);
    expect(new Set(next.app_ids.map((a) => a.app_id)).size).toBe(3);
    expect((await call(mock, "GET", "/kms/phala/next_app_id?counts=21")).status).toBe(422);
  });
});
