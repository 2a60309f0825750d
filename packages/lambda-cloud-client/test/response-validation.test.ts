import { ConfigurationError, ResponseValidationError, type Logger } from "../src/index.js";
import { useLambdaClient } from "./support/client.js";

const { mock, client, sent } = useLambdaClient();
const SEEDED = "0920582c7ff041399e34823a0be62549";

/** A logger that keeps its warnings. */
function recordingLogger() {
  const warnings: { message: string; details: unknown }[] = [];
  const logger: Logger = {
    error: () => undefined,
    warn: (message, details) => void warnings.push({ message, details }),
    info: () => undefined,
    debug: () => undefined,
  };
  return { warnings, logger };
}

// Drift is made in the fake's own data, so the body is what the fake serves, changed in one field
// the way an API change would: a region's description turned to null, an instance's region
// flattened to its name. `mock.reset()` (after each test) restores the seed.
function driftRegions(): unknown {
  const region = mock.state.regions[0] as unknown as Record<string, unknown>;
  region.description = null;
  return structuredClone(mock.state.regions);
}

function driftInstance(): void {
  const instance = mock.state.instances.get(SEEDED) as unknown as Record<string, unknown>;
  instance.region = "us-west-1";
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

// Warnings are once per operation and process, so each "warn" test reads a different operation.
describe('responseValidation: "strict" (the default)', () => {
  it("a drifted body is a ResponseValidationError naming the operation, the field and the option", async () => {
    driftRegions();
    const error = await failure(client().regions.list());
    expect(error).toBeInstanceOf(ResponseValidationError);
    const validation = error as ResponseValidationError;
    expect(validation.operation).toBe("regions.list");
    expect(validation.issues.map((issue) => issue.path)).toEqual(["data[0].description"]);
    expect(validation.message).toMatch(/^Lambda Cloud API response to regions\.list does not have the expected shape: data\[0\]\.description/);
    expect(validation.message).toMatch(/set responseValidation: "warn" \(or "off"\) on the client or on this call\.$/);
  });

  it("per call, strict wins over a client set to off", async () => {
    driftRegions();
    const error = await failure(client({ responseValidation: "off" }).regions.list({ responseValidation: "strict" }));
    expect(error).toBeInstanceOf(ResponseValidationError);
  });
});

describe('responseValidation: "warn"', () => {
  it("on the client: returns the body as the fake sent it and logs one warning for the operation", async () => {
    const expected = driftRegions();
    const { warnings, logger } = recordingLogger();
    const c = client({ responseValidation: "warn", logger });
    expect(await c.regions.list()).toEqual(expected);
    expect(await c.regions.list()).toEqual(expected);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain("Lambda Cloud API response to regions.list differs from the SDK's schema at data[0].description");
    expect(warnings[0]?.message).toContain('responseValidation: "warn"');
    expect(warnings[0]?.details).toEqual({ operation: "regions.list", paths: ["data[0].description"] });
  });

  it("per call: the drifted instance comes back as sent, region and all", async () => {
    driftInstance();
    const { warnings, logger } = recordingLogger();
    const instance = await client({ logger }).instances.get(SEEDED, { responseValidation: "warn" });
    expect(instance.id).toBe(SEEDED);
    expect(instance.region as unknown).toBe("us-west-1");
    expect(warnings.map((warning) => warning.message)).toEqual([expect.stringContaining("instances.get differs from the SDK's schema at data.region")]);
  });
});

describe('responseValidation: "off"', () => {
  it("on the client: the drifted body is returned and nothing is logged", async () => {
    driftInstance();
    const { warnings, logger } = recordingLogger();
    const instances = await client({ responseValidation: "off", logger }).instances.list();
    expect(instances.map((instance) => [instance.id, instance.region as unknown])).toEqual([[SEEDED, "us-west-1"]]);
    expect(warnings).toEqual([]);
  });

  it("per call, on a paginated list: every page is read without a check", async () => {
    const first = mock.state.auditEvents[0] as unknown as Record<string, unknown>;
    first.event_time = 1_757_600_000;
    const { warnings, logger } = recordingLogger();
    const events = await client({ logger }).auditEvents.list(undefined, { responseValidation: "off" }).toArray();
    expect(events).toHaveLength(mock.state.auditEvents.length);
    expect(events[0]?.event_time as unknown).toBe(1_757_600_000);
    expect(warnings).toEqual([]);
  });
});

describe("option checks", () => {
  it("an unknown mode is a ConfigurationError when the client is created, and when a call is made", async () => {
    expect(() => client({ responseValidation: "lenient" as never })).toThrow(ConfigurationError);
    expect(() => client({ responseValidation: "lenient" as never })).toThrow('responseValidation must be "strict", "warn" or "off"; got "lenient".');
    const error = await failure(client().regions.list({ responseValidation: "loose" as never }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(await sent()).toHaveLength(0);
  });

  it("maxResponseBytes reaches the transport per call: a value of 0 is refused before anything is sent", async () => {
    const error = await failure(client().regions.list({ maxResponseBytes: 0 }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe("maxResponseBytes must be a whole number of bytes, 1 or more; got 0.");
    expect(await sent()).toHaveLength(0);
  });
});
