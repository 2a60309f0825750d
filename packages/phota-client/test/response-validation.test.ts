// responseValidation, client-wide and per call, against the fake answering a drifted body (a
// queued 200 with a body of the wrong shape). auth-core warns once per operation and process, so
// each "warn" case below uses an operation of its own.
import { ConfigurationError, PhotaClient, ResponseValidationError } from "../src";
import { rejectionOf, useClient } from "./client-support";

const { mock, sent, makeClient } = useClient();
const READY = "8c4b0a1e-5d2f-4e7a-9b13-6f0e2d7c9a41";
const driftedStatus = { profile_id: READY, status: 42, message: null };

function recordingLogger() {
  return { error: jest.fn(), warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
}

describe("responseValidation (client option)", () => {
  it('"strict" (the default) throws ResponseValidationError naming the field and the option', async () => {
    mock.failNext({ status: 200, path: `/profiles/${READY}/status`, body: driftedStatus });
    const error = await rejectionOf(makeClient().profiles.status(READY));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain("profiles.status");
    expect(error.message).toContain("status");
    expect(error.message).toMatch(/set responseValidation: "warn" \(or "off"\) on the client or on this call\.$/);
    expect((error as ResponseValidationError).body).toEqual(driftedStatus);
  });

  it('"warn" returns the body as sent and logs one warning for the operation, however often it drifts', async () => {
    const logger = recordingLogger();
    const client = makeClient({ responseValidation: "warn", logger });
    const drifted = { profiles: [READY, 7] };
    mock.failNext({ status: 200, path: "/profiles/ids", body: drifted, times: 2 });
    expect(await client.profiles.list()).toEqual(drifted);
    expect(await client.profiles.list()).toEqual(drifted);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0]?.[0]).toContain("profiles.list");
    expect(logger.warn.mock.calls[0]?.[0]).toContain('responseValidation: "warn"');
  });

  it('"warn" on an image call hands back the body as sent, without the defaults the schema would add', async () => {
    const logger = recordingLogger();
    const drifted = { images: "not-a-list", known_subjects: null };
    mock.failNext({ status: 200, path: "/generate", body: drifted });
    const result = await makeClient({ responseValidation: "warn", logger }).generate({ prompt: "x" });
    expect(result).toEqual(drifted);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('"off" returns the body as sent and says nothing', async () => {
    const logger = recordingLogger();
    mock.failNext({ status: 200, path: "/jobs", body: { status: 7 } });
    const job = await makeClient({ responseValidation: "off", logger }).jobs.get("j1");
    expect(job).toEqual({ status: 7 });
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("refuses a value that is not a mode, naming the option", () => {
    expect(() => new PhotaClient({ apiKey: mock.apiKey, responseValidation: "lenient" as never })).toThrow(ConfigurationError);
    expect(() => new PhotaClient({ apiKey: mock.apiKey, responseValidation: "lenient" as never })).toThrow(/responseValidation/);
  });
});

describe("responseValidation (per call) wins over the client's", () => {
  it('a "strict" client returns the body as sent for a call with "off"', async () => {
    mock.failNext({ status: 200, path: "/profiles/", method: "DELETE", body: { deleted: true } });
    expect(await makeClient().profiles.delete(READY, { responseValidation: "off" })).toEqual({ deleted: true });
  });

  it('a "warn" client throws for a call with "strict"', async () => {
    mock.failNext({ status: 200, path: "/jobs", body: { status: 7 } });
    const error = await rejectionOf(makeClient({ responseValidation: "warn" }).jobs.get("j1", { responseValidation: "strict" }));
    expect(error).toBeInstanceOf(ResponseValidationError);
  });

  it('reaches the image calls too (a "strict" client, "warn" on the call)', async () => {
    const logger = recordingLogger();
    mock.failNext({ status: 200, path: "/remix", body: { images: 1 } });
    const url = "https://example.com/a.jpg";
    const result = await makeClient({ logger }).remix({ input_image: url, reference_image: url }, { responseValidation: "warn" });
    expect(result).toEqual({ images: 1 });
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it("a per-call value that is not a mode is a ConfigurationError, before anything is sent", async () => {
    const error = await rejectionOf(makeClient().profiles.list({}, { responseValidation: "loose" as never }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(sent).toHaveLength(0);
  });
});

describe("maxResponseBytes", () => {
  it("is passed on per call, where a bad value is a ConfigurationError naming it", async () => {
    const error = await rejectionOf(makeClient().profiles.list({}, { maxResponseBytes: 0 }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain("maxResponseBytes");
  });

  it("is accepted as a client option", async () => {
    const { profiles } = await makeClient({ maxResponseBytes: 1024 * 1024 }).profiles.list();
    expect(profiles.length).toBeGreaterThan(0);
  });
});
