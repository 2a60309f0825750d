import type { Image, InstanceTypes, Region } from "../schemas/index.js";

// The public catalog: regions, instance types and images. "us-west-1 / California, USA",
// gpu_8x_h100_sxm5gdr, gpu_8x_example and the ubuntu-24.04.01 image are the spec's own examples;
// gpu_1x_a10 and gpu_8x_a100 are the types its launch examples use.

/** Regions of the default seed. */
export function seedRegions(): Region[] {
  return [
    { name: "us-west-1", description: "California, USA" },
    { name: "us-east-1", description: "Virginia, USA" },
    { name: "us-south-1", description: "Texas, USA" },
    { name: "europe-central-1", description: "Germany" },
  ];
}

function region(name: string): Region {
  const found = seedRegions().find((r) => r.name === name);
  if (!found) throw new Error(`seed region ${name} is missing`);
  return found;
}

/**
 * Instance types of the default seed. `gpu_8x_h100_sxm5gdr` has no capacity anywhere, so that a
 * launch of it answers `instance-operations/launch/insufficient-capacity`.
 */
export function seedInstanceTypes(): InstanceTypes {
  return {
    gpu_1x_a10: {
      instance_type: {
        name: "gpu_1x_a10",
        description: "1x A10 (24 GB PCIe)",
        gpu_description: "A10 (24 GB PCIe)",
        price_cents_per_hour: 75,
        specs: { vcpus: 30, memory_gib: 200, storage_gib: 1400, gpus: 1 },
      },
      regions_with_capacity_available: [region("us-west-1"), region("us-east-1")],
    },
    gpu_8x_a100: {
      instance_type: {
        name: "gpu_8x_a100",
        description: "8x A100 (40 GB SXM4)",
        gpu_description: "A100 (40 GB SXM4)",
        price_cents_per_hour: 1032,
        specs: { vcpus: 124, memory_gib: 1800, storage_gib: 6144, gpus: 8 },
      },
      regions_with_capacity_available: [region("us-east-1")],
    },
    gpu_8x_h100_sxm5gdr: {
      instance_type: {
        name: "gpu_8x_h100_sxm5gdr",
        description: "8x H100 (80 GB SXM5)",
        gpu_description: "H100 (80 GB SXM5)",
        price_cents_per_hour: 3592,
        specs: { vcpus: 208, memory_gib: 1800, storage_gib: 24780, gpus: 8 },
      },
      regions_with_capacity_available: [],
    },
    gpu_8x_example: {
      instance_type: {
        name: "gpu_8x_example",
        description: "8x Example GPU (40 GB SXM4)",
        gpu_description: "Example GPU (40 GB SXM4)",
        price_cents_per_hour: 1592,
        specs: { vcpus: 124, memory_gib: 1800, storage_gib: 6144, gpus: 8 },
      },
      regions_with_capacity_available: [region("us-west-1")],
    },
  };
}

/** Images of the default seed: Ubuntu LTS in two regions, and an arm64 build. */
export function seedImages(): Image[] {
  const ubuntu = {
    name: "ubuntu-24.04.01",
    description: "Ubuntu LTS",
    family: "ubuntu-lts",
    version: "24.04.01",
    created_time: "2025-01-15T12:00:00Z",
    updated_time: "2025-01-15T12:00:00Z",
  };
  return [
    { ...ubuntu, id: "43336648-096d-4cba-9aa2-f9bb7727639d", architecture: "x86_64", region: region("us-west-1") },
    { ...ubuntu, id: "9d2d1e3c-5f0a-4b7e-8c61-2a4f0b9e7d13", architecture: "x86_64", region: region("us-east-1") },
    {
      ...ubuntu,
      id: "5b8e2c4a-1d3f-4e6a-9b0c-7f2e8d1a3c65",
      name: "ubuntu-24.04.01-arm64",
      architecture: "arm64",
      region: region("us-east-1"),
    },
  ];
}
