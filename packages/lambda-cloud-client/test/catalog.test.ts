import { expectRequest, useLambdaClient } from "./support/client.js";

const { mock, client, lastSent } = useLambdaClient();

describe("client.instanceTypes", () => {
  it("list() sends GET /instance-types and returns the map keyed by type name", async () => {
    const types = await client().instanceTypes.list();
    expectRequest(await lastSent(), { method: "GET", path: "/instance-types", apiKey: mock.apiKey });
    expect(Object.keys(types).sort()).toEqual(["gpu_1x_a10", "gpu_8x_a100", "gpu_8x_example", "gpu_8x_h100_sxm5gdr"]);
    expect(types["gpu_1x_a10"]?.instance_type.name).toBe("gpu_1x_a10");
    expect(types["gpu_1x_a10"]?.regions_with_capacity_available.map((r) => r.name)).toEqual(["us-west-1", "us-east-1"]);
    expect(Number.isInteger(types["gpu_8x_h100_sxm5gdr"]?.instance_type.price_cents_per_hour)).toBe(true);
  });
});

describe("client.images", () => {
  it("list() sends GET /images and returns the array", async () => {
    const images = await client().images.list();
    expectRequest(await lastSent(), { method: "GET", path: "/images", apiKey: mock.apiKey });
    expect(images).toEqual(mock.state.images);
    expect(images[0]).toMatchObject({ family: "ubuntu-lts", architecture: "x86_64" });
  });
});

describe("client.regions", () => {
  it("list() sends GET /regions and returns the array", async () => {
    const regions = await client().regions.list();
    expectRequest(await lastSent(), { method: "GET", path: "/regions", apiKey: mock.apiKey });
    expect(regions).toEqual(mock.state.regions);
    expect(regions).toContainEqual({ name: "us-west-1", description: "California, USA" });
  });
});
