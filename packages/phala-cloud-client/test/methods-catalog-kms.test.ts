import { useFake } from "./client-setup";

const fake = useFake();

describe("nodes, instance types, OS images", () => {
  it("getAvailableNodes: GET /teepods/available", async () => {
    const nodes = await fake.client().getAvailableNodes();
    await fake.expectLast("GET", "/teepods/available");
    expect(nodes.tier).toBe("pro");
    expect(nodes.nodes.map((node) => node.teepod_id)).toEqual([3, 6]);
    expect(nodes.kms_list.map((kms) => kms.id)).toEqual(["kms_phala_1", "kms_base_1", "kms_eth_1"]);
  });

  it("listAllInstanceTypeFamilies: GET /instance-types", async () => {
    const { result } = await fake.client().listAllInstanceTypeFamilies();
    await fake.expectLast("GET", "/instance-types");
    const cpu = result.find((family) => family.name === "cpu");
    expect(cpu?.items.map((type) => type.id)).toContain("tdx.small");
    expect(cpu?.total).toBe(cpu?.items.length);
  });

  it("listFamilyInstanceTypes: GET /instance-types/{family}", async () => {
    const family = await fake.client().listFamilyInstanceTypes({ family: "cpu" });
    await fake.expectLast("GET", "/instance-types/cpu");
    expect(family.family).toBe("cpu");
    expect(family.items.every((type) => type.family === "cpu")).toBe(true);
  });

  it("getOsImages: GET /os-images with its filters", async () => {
    const images = await fake.client().getOsImages({ is_dev: false, page: 1, page_size: 10 });
    await fake.expectLast("GET", "/os-images?page=1&page_size=10&is_dev=false");
    expect(images.items.map((image) => image.name)).toEqual(["dstack-0.5.3"]);
    expect(images).toMatchObject({ total: 1, page: 1, page_size: 10, pages: 1 });
    expect((await fake.client().getOsImages()).items).toHaveLength(2);
    await fake.expectLast("GET", "/os-images");
  });
});

describe("KMS", () => {
  it("getKmsList: GET /kms with is_onchain", async () => {
    const list = await fake.client().getKmsList({ is_onchain: true });
    await fake.expectLast("GET", "/kms?is_onchain=true");
    expect(list.items.map((kms) => kms.id)).toEqual(["kms_base_1", "kms_eth_1"]);
    expect(list.total).toBe(2);
  });

  it("getKmsInfo: GET /kms/{kms_id}", async () => {
    const kms = await fake.client().getKmsInfo({ kms_id: "kms-base-prod9" });
    await fake.expectLast("GET", "/kms/kms-base-prod9");
    expect(kms).toMatchObject({ id: "kms_base_1", chain_id: 8453 });
  });

  it("getAppEnvEncryptPubKey: GET /kms/{kms}/pubkey/{app_id}", async () => {
    const appId = "50b0e827cc6c53f4010b57e588a18c5ef9388cc1";
    const key = await fake.client().getAppEnvEncryptPubKey({ kms: "phala-prod", app_id: `0x${appId}` });
    await fake.expectLast("GET", `/kms/phala-prod/pubkey/0x${appId}`);
    expect(key.public_key).toMatch(/^[0-9a-f]{64}$/);
    expect(key.signature).toMatch(/^[0-9a-f]{130}$/);
  });

  it("nextAppIds: GET /kms/phala/next_app_id?counts", async () => {
    const { app_ids } = await fake.client().nextAppIds({ counts: 2 });
    await fake.expectLast("GET", "/kms/phala/next_app_id?counts=2");
    expect(app_ids.map((entry) => entry.nonce)).toEqual([0, 1]);
    expect(app_ids[0]?.app_id).toMatch(/^[0-9a-f]{40}$/);
    await fake.client().nextAppIds();
    await fake.expectLast("GET", "/kms/phala/next_app_id");
  });

  it("a predicted app id and nonce, passed to provisionCvm, give that app id", async () => {
    const client = fake.client();
    const { app_ids } = await client.nextAppIds();
    const next = app_ids[0]!;
    const provision = await client.provisionCvm({
      name: "predicted-app",
      compose_file: { docker_compose_file: "services: {}\n" },
      nonce: next.nonce,
      app_id: next.app_id,
    });
    expect(provision.app_id).toBe(next.app_id);
  });
});
