import { http, HttpResponse } from "msw";
import { BusinessError } from "../src";
import { useFake } from "./client-setup";
import { fixture } from "./fixture";

const fake = useFake();

describe("replicas and instance ids", () => {
  it("replicateCvm: POST /cvms/{cvmId}/replicas { node_id }; the replica is in getCvmList and the app's CVMs", async () => {
    const client = fake.client();
    const replica = await client.replicateCvm({ name: "my-web-app", node_id: 6 });
    const sent = await fake.expectLast("POST", "/cvms/my-web-app/replicas");
    expect(JSON.parse(sent.body)).toEqual({ node_id: 6 });
    expect(replica).toMatchObject({ status: "starting", teepod_id: 6, app_id: fake.mock.state.cvms[0]?.app_id });
    const list = await client.getCvmList();
    expect(list.items.map((cvm) => cvm.name)).toContain(replica.name);
    expect(await client.getAppCvms({ appId: replica.app_id as string })).toHaveLength(2);
  });

  it("replicateCvm without node_id lets the server choose (the source's node in the fake)", async () => {
    const replica = await fake.client().replicateCvm({ id: "101" });
    expect(JSON.parse((await fake.last()).body)).toEqual({});
    expect(replica.teepod_id).toBe(3);
  });

  it("replicateCvm to an unknown node is the server's 404", async () => {
    const error = await fake.client().replicateCvm({ id: "101", node_id: 99 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BusinessError);
    expect(error).toMatchObject({ status: 404 });
  });

  it("refreshCvmInstanceId: PATCH /cvms/{cvmId}/instance-id; dry_run changes nothing", async () => {
    const client = fake.client();
    fake.mock.state.cvms[0]!.instance_id = null;
    const dry = await client.refreshCvmInstanceId({ name: "my-web-app", dry_run: true });
    const sent = await fake.expectLast("PATCH", "/cvms/my-web-app/instance-id");
    expect(JSON.parse(sent.body)).toEqual({ dry_run: true });
    expect(dry).toMatchObject({ status: "updated", old_instance_id: null, cvm_id: 101 });
    expect(fake.mock.state.cvms[0]?.instance_id).toBeNull();
    const real = await client.refreshCvmInstanceId({ name: "my-web-app" });
    expect(fake.mock.state.cvms[0]?.instance_id).toBe(real.new_instance_id);
    expect((await client.refreshCvmInstanceId({ name: "my-web-app" })).status).toBe("unchanged");
  });

  it("refreshCvmInstanceIds: PATCH /cvms/instance-ids with the filters; counts per status", async () => {
    fake.mock.state.cvms[1]!.instance_id = null;
    const result = await fake.client().refreshCvmInstanceIds({ missing_only: true, limit: 10 });
    const sent = await fake.expectLast("PATCH", "/cvms/instance-ids");
    expect(JSON.parse(sent.body)).toEqual({ missing_only: true, limit: 10 });
    expect(result).toMatchObject({ total: 1, scanned: 1, updated: 1, unchanged: 0 });
    expect(result.items[0]?.cvm_id).toBe(102);
  });

  it("refreshCvmInstanceIds reads the official SDK's fixture (hashed cvm ids)", async () => {
    fake.server.use(http.patch(`${fake.mock.baseURL}/cvms/instance-ids`, () => HttpResponse.json(fixture("refresh-cvm-instance-ids"))));
    const result = await fake.client().refreshCvmInstanceIds({ cvm_ids: ["101", "102"], dry_run: true });
    expect(result.items.map((item) => item.cvm_id)).toEqual(["cvm_101", "cvm_102"]);
    expect(JSON.parse((await fake.last()).body)).toEqual({ cvm_ids: ["101", "102"], dry_run: true });
  });

  it("refreshCvmInstanceIds refuses a limit over 500 before sending", async () => {
    await expect(fake.client().refreshCvmInstanceIds({ limit: 501 })).rejects.toThrow(/limit/);
    expect(await fake.requests()).toHaveLength(0);
  });

  it("getCvmStatusBatch: POST /status/batch { vm_uuids }, keyed by UUID", async () => {
    const uuid = fake.mock.state.cvms[0]!.vm_uuid;
    const statuses = await fake.client().getCvmStatusBatch({ vmUuids: [uuid, "00000000-0000-4000-8000-000000000000"] });
    const sent = await fake.expectLast("POST", "/status/batch");
    expect(JSON.parse(sent.body)).toEqual({ vm_uuids: [uuid, "00000000-0000-4000-8000-000000000000"] });
    expect(Object.keys(statuses)).toEqual([uuid]);
    expect(statuses[uuid]).toMatchObject({ status: "running", in_progress: false });
  });

  it("getCvmStatusBatch reads the official SDK's fixture (events, resource_usage kept)", async () => {
    fake.server.use(http.post(`${fake.mock.baseURL}/status/batch`, () => HttpResponse.json(fixture("cvm-status-batch"))));
    const statuses = await fake.client().getCvmStatusBatch({ vmUuids: ["uuid-1", "uuid-2"] });
    expect(statuses["uuid-2"]?.status).toBe("maintenance");
    expect(statuses["uuid-1"]?.resource_usage).toMatchObject({ cpu_percent: 20 });
  });
});

describe("on-chain allow checks", () => {
  it("checkCvmIsAllowed: POST /cvms/{cvmId}/is-allowed; the current hash is allowed, a new one is not", async () => {
    const client = fake.client();
    const cvm = fake.mock.state.cvms[1]!;
    const current = await client.checkCvmIsAllowed({ cvmId: "onchain-app" });
    const sent = await fake.expectLast("POST", "/cvms/onchain-app/is-allowed");
    expect(JSON.parse(sent.body)).toEqual({});
    expect(current).toMatchObject({ cvm_id: 102, compose_hash: cvm.compose_hash, compose_hash_allowed: true, is_allowed: true });
    const other = await client.checkCvmIsAllowed({ cvmId: "onchain-app", compose_hash: "f".repeat(64), node_id: 6 });
    expect(JSON.parse((await fake.last()).body)).toEqual({ compose_hash: "f".repeat(64), node_id: 6 });
    expect(other).toMatchObject({ compose_hash_allowed: false, device_id_allowed: false, is_allowed: false });
  });

  it("checkCvmIsAllowed on Phala's KMS is the server's 400", async () => {
    await expect(fake.client().checkCvmIsAllowed({ cvmId: "my-web-app" })).rejects.toMatchObject({ status: 400 });
  });

  it("checkAppIsAllowed: POST /apps/{appId}/is-allowed with the hash", async () => {
    const cvm = fake.mock.state.cvms[1]!;
    const result = await fake.client().checkAppIsAllowed({ appId: cvm.app_id, compose_hash: cvm.compose_hash, chain_id: 8453 });
    const sent = await fake.expectLast("POST", `/apps/${cvm.app_id}/is-allowed`);
    expect(JSON.parse(sent.body)).toEqual({ compose_hash: cvm.compose_hash, chain_id: 8453 });
    expect(result).toMatchObject({ is_allowed: true, app_contract_address: cvm.contract_address });
  });

  it("checkAppCvmsIsAllowed: POST /apps/{appId}/cvms/is-allowed {}, one result per CVM", async () => {
    const cvm = fake.mock.state.cvms[1]!;
    const result = await fake.client().checkAppCvmsIsAllowed({ appId: cvm.app_id });
    const sent = await fake.expectLast("POST", `/apps/${cvm.app_id}/cvms/is-allowed`);
    expect(JSON.parse(sent.body)).toEqual({});
    expect(result).toMatchObject({ is_onchain: true, total: 1, allowed_count: 1, denied_count: 0 });
    expect(result.results[0]?.cvm_id).toBe(102);
    const offChain = await fake.client().checkAppCvmsIsAllowed({ appId: fake.mock.state.cvms[0]!.app_id });
    expect(offChain).toEqual({ is_onchain: false, results: [], total: 0, allowed_count: 0, denied_count: 0, error_count: 0, skipped_cvm_ids: [] });
  });

  it("getKmsOnChainDetail: GET /kms/on-chain/{chain}", async () => {
    const detail = await fake.client().getKmsOnChainDetail({ chain: "base" });
    await fake.expectLast("GET", "/kms/on-chain/base");
    expect(detail).toMatchObject({ chain_name: "base", chain_id: 8453 });
    expect(detail.contracts[0]?.contract_address).toBe(fake.mock.state.kms.find((kms) => kms.chain_id === 8453)?.kms_contract_address);
    expect(detail.contracts[0]?.devices.map((device) => device.node_name)).toEqual(["prod5"]);
    fake.server.use(http.get(`${fake.mock.baseURL}/kms/on-chain/:chain`, () => HttpResponse.json(fixture("kms-on-chain"))));
    expect(await fake.client().getKmsOnChainDetail({ chain: "base" })).toEqual(fixture("kms-on-chain"));
  });
});
