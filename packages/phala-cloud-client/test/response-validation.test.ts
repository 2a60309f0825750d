import { ConfigurationError, createClient, type Logger, ResponseValidationError } from "../src";
import { useFake } from "./client-setup";

const fake = useFake();

// A `GET /kms` answer whose `items` is not a list: what a drifted API would send.
const DRIFTED = { items: "none", total: 1, page: 1, page_size: 20, pages: 1 };

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, error: () => undefined, warn: (message) => warnings.push(message), info: () => undefined, debug: () => undefined };
}

describe("responseValidation, through the client against the fake", () => {
  it('"strict" (default): a drifted body is a ResponseValidationError that names the option', async () => {
    fake.mock.failNext({ status: 200, body: DRIFTED });
    const error = await fake.client().getKmsList().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/getKmsList does not have the expected shape: items: /);
    expect((error as Error).message).toMatch(/set responseValidation: "warn" \(or "off"\) on the client or on this call\.$/);
  });

  it('"warn": the body as sent, and one warning per operation naming the paths', async () => {
    const logger = recordingLogger();
    const client = fake.client({ responseValidation: "warn", logger });
    fake.mock.failNext({ status: 200, body: DRIFTED, times: 2 });
    expect(await client.getKmsList()).toEqual(DRIFTED);
    expect(await client.getKmsList()).toEqual(DRIFTED);
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toMatch(/response to getKmsList differs from the SDK's schema at items; returning the body as sent/);
  });

  it('"off": the body as sent, nothing logged', async () => {
    const logger = recordingLogger();
    fake.mock.failNext({ status: 200, body: { ...DRIFTED, total: "one" } });
    expect(await fake.client({ responseValidation: "off", logger }).getKmsInfo({ kms_id: "phala-prod" })).toEqual({ ...DRIFTED, total: "one" });
    expect(logger.warnings).toEqual([]);
  });

  it("per call, the option wins over the client's, both ways", async () => {
    fake.mock.failNext({ status: 200, body: DRIFTED });
    expect(await fake.client().getCvmStats({ name: "my-web-app" }, { responseValidation: "off" })).toEqual(DRIFTED);
    fake.mock.failNext({ status: 200, body: DRIFTED });
    await expect(fake.client({ responseValidation: "off" }).getCvmStats({ name: "my-web-app" }, { responseValidation: "strict" })).rejects.toThrow(
      ResponseValidationError,
    );
  });

  it("a body that matches is returned parsed in every mode", async () => {
    for (const responseValidation of ["strict", "warn", "off"] as const) {
      const { items } = await fake.client({ responseValidation }).getKmsList();
      expect(items.map((kms) => kms.slug)).toContain("phala-prod");
    }
  });

  it("a mode that is not one is a ConfigurationError, on the client or per call", async () => {
    expect(() => createClient({ apiKey: fake.mock.apiKey, responseValidation: "loose" as never })).toThrow(ConfigurationError);
    await expect(fake.client().getKmsList(undefined, { responseValidation: "loose" as never })).rejects.toThrow(ConfigurationError);
    expect(await fake.requests()).toHaveLength(0);
  });

  it("maxResponseBytes reaches the transport per call (checked like the client option)", async () => {
    await expect(fake.client().getKmsList(undefined, { maxResponseBytes: 0 })).rejects.toThrow(/maxResponseBytes must be a whole number of bytes/);
    expect((await fake.client({ maxResponseBytes: 1_000_000 }).getKmsList()).items.length).toBeGreaterThan(0);
  });
});
