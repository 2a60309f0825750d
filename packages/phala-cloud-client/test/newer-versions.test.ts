import { type Logger, ResponseValidationError } from "../src";
import { useFake } from "./client-setup";

const fake = useFake();

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, error: () => undefined, warn: (message) => warnings.push(message), info: () => undefined, debug: () => undefined };
}

// The fake answers a version it does not know in its default shape, as the API does.
const DRIFTED_USER = { user: { username: 7 }, workspace: null };

describe("API versions the Python SDK knows (phala_cloud/client.py on main: 2026-05-22, 2026-06-23)", () => {
  it.each(["2026-05-22", "2026-06-23"] as const)("%s is sent, read with the 2026-01-21 shapes, strictly, without a note", async (version) => {
    const logger = recordingLogger();
    const client = fake.client({ version, logger });
    const cvm = await client.getCvmInfo({ name: "my-web-app" });
    await fake.expectLast("GET", "/cvms/my-web-app", version);
    expect(cvm.id).toMatch(/^cvm_/);
    expect(cvm.resource.instance_type).toBe("tdx.small");
    fake.mock.failNext({ status: 200, body: DRIFTED_USER });
    await expect(client.getCurrentUser()).rejects.toThrow(ResponseValidationError);
    expect(logger.warnings).toEqual([]);
  });

  // From 2026-06-23, GET /kms lists KMS contracts (models/kms.py: KmsContract "Available from API
  // version 2026-06-23"); the Python SDK's get_kms_list pins X-Phala-Version 2026-05-22 for it.
  it.each(["2026-06-23", "2027-02-01"] as const)("at %s getKmsList and getKmsInfo ask with 2026-05-22 and read KMS nodes", async (version) => {
    const client = fake.client({ version, logger: recordingLogger() });
    const list = await client.getKmsList({ is_onchain: false }, { headers: { "X-Trace": "t1" } });
    const sent = await fake.expectLast("GET", "/kms?is_onchain=false", "2026-05-22");
    expect(sent.headers.get("x-trace")).toBe("t1");
    expect(list.items.map((kms) => kms.slug)).toEqual(["phala-prod"]);
    const kms = await client.getKmsInfo({ kms_id: "kms-base-prod9" });
    await fake.expectLast("GET", "/kms/kms-base-prod9", "2026-05-22");
    expect(kms).toMatchObject({ id: "kms_base_1", chain_id: 8453, url: "https://kms-base.phala.example" });
    await client.getCvmList();
    await fake.expectLast("GET", "/cvms/paginated", version);
  });

  it("before 2026-06-23 getKmsList keeps the client's version", async () => {
    await fake.client({ version: "2025-10-28" }).getKmsList();
    await fake.expectLast("GET", "/kms", "2025-10-28");
  });
});

describe("a YYYY-MM-DD version this SDK does not know", () => {
  it("is sent as given, read with the newest known schemas, and noted once through the logger", async () => {
    const logger = recordingLogger();
    const client = fake.client({ version: "2027-01-01", logger });
    expect(client.version).toBe("2027-01-01");
    const me = await client.getCurrentUser();
    await fake.expectLast("GET", "/auth/me", "2027-01-01");
    expect(me.workspace.slug).toEqual(expect.any(String));
    expect(logger.warnings).toEqual([
      expect.stringMatching(
        /^Phala Cloud API version 2027-01-01 is newer than this SDK knows \(2025-10-28, 2026-01-21, 2026-05-22, 2026-06-23\): it is sent as given, and its responses are checked against 2026-06-23's schemas in responseValidation "warn" mode/,
      ),
    ]);
    fake.client({ version: "2027-01-01", logger });
    expect(logger.warnings).toHaveLength(1);
  });

  it('defaults to "warn": a drifted body comes back as sent, with a warning', async () => {
    const logger = recordingLogger();
    const client = fake.client({ version: "2027-01-02", logger });
    fake.mock.failNext({ status: 200, body: DRIFTED_USER });
    expect(await client.getCurrentUser()).toEqual(DRIFTED_USER);
    expect(logger.warnings).toHaveLength(2);
    expect(logger.warnings[1]).toMatch(/response to getCurrentUser differs from the SDK's schema at user\.username/);
  });

  it("keeps a responseValidation the user set, and says so in the note", async () => {
    const logger = recordingLogger();
    const client = fake.client({ version: "2027-01-03", responseValidation: "strict", logger });
    fake.mock.failNext({ status: 200, body: DRIFTED_USER });
    await expect(client.getCurrentUser()).rejects.toThrow(ResponseValidationError);
    expect(logger.warnings).toEqual([expect.stringMatching(/against 2026-06-23's schemas \(responseValidation: "strict"\)\.$/)]);
  });

  it('an older unknown date is "not one this SDK knows"', () => {
    const logger = recordingLogger();
    fake.client({ version: "2025-05-31", logger });
    expect(logger.warnings[0]).toMatch(/^Phala Cloud API version 2025-05-31 is not one this SDK knows/);
  });

  it('withVersion to an unknown version reads in "warn" mode; back to a known one, strictly again', async () => {
    const logger = recordingLogger();
    const known = fake.client({ logger });
    const newer = known.withVersion("2027-01-04");
    fake.mock.failNext({ status: 200, body: DRIFTED_USER });
    expect(await newer.getCurrentUser()).toEqual(DRIFTED_USER);
    await fake.expectLast("GET", "/auth/me", "2027-01-04");
    expect(logger.warnings[0]).toMatch(/version 2027-01-04 is newer than this SDK knows/);
    const back = newer.withVersion("2026-01-21");
    fake.mock.failNext({ status: 200, body: DRIFTED_USER });
    await expect(back.getCurrentUser()).rejects.toThrow(ResponseValidationError);
  });
});
