import * as v from "valibot";
import { createPodstackMock, type PodStatusCase } from "../src/mock";
import { OPERATION_IDS, type OperationId, ROUTES } from "../src/routes";
import { OPERATION_SCHEMAS, readErrorBody } from "../src/schemas";
import { call, type CallOptions, type CallResult } from "./support/call";
import { useMockServer } from "./support/server";

const lower = createPodstackMock();
const capital = createPodstackMock({
  baseURL: "https://capital.test/v1",
  statusCase: "capitalized",
});
const server = useMockServer(lower);

/** A scenario that reaches every operation, successes and failures. */
async function scenario(mock: typeof lower, record: (op: OperationId, result: CallResult) => void) {
  const send = async (op: OperationId, options: CallOptions = {}) => {
    const result = await call(mock, op, options);
    record(op, result);
    return result;
  };
  await send("auth.whoami");
  await send("projects.list");
  await send("wallet.balance");
  const pod = await send("pods.create", {
    body: {
      name: "p",
      image: "img",
      ports: [8888],
      volumes: [{ volume_id: "vol-123456", mount_path: "/d" }],
    },
  });
  const id = String((pod.body as { id: string }).id);
  await send("pods.list");
  await send("pods.get", { id });
  await send("pods.list", { query: { status: "running" } });
  await send("pods.stop", { id });
  await send("pods.start", { id });
  await send("pods.restart", { id });
  await send("pods.delete", { id });
  await send("pods.delete", { id, query: { force: "true" } });
  await send("pods.get", { id });
  await send("pods.create", { body: { name: "" } });
  await send("pods.list", { projectId: "foreign" });
  const volume = await send("volumes.create", { body: { name: "v", quota_gb: 10 } });
  const volumeId = String((volume.body as { id: string }).id);
  await send("volumes.list");
  await send("volumes.get", { id: volumeId });
  await send("volumes.resize", { id: volumeId, body: { quota_gb: 20 } });
  await send("volumes.resize", { id: volumeId, body: { quota_gb: 5 } });
  await send("volumes.delete", { id: "vol-123456" });
  await send("volumes.delete", { id: volumeId });
  await send("wallet.balance", { token: "bad" });
  const bucket = await send("buckets.create", { body: { name: "scenario-bucket", visibility: "public" } });
  const bucketId = String((bucket.body as { id: string }).id);
  await send("buckets.list");
  await send("buckets.get", { id: bucketId });
  await send("buckets.getCredentials", { id: bucketId });
  await send("buckets.delete", { id: bucketId });
}

describe.each<[PodStatusCase, typeof lower]>([
  ["lowercase", lower],
  ["capitalized", capital],
])("every response of the fake (%s statuses)", (_case, mock) => {
  it("parses with its operation's schema, or reads as an error with a message", async () => {
    server.use(...capital.handlers);
    const seen = new Set<OperationId>();
    const failures: string[] = [];
    let errors = 0;
    await scenario(mock, (op, result) => {
      if (result.status >= 400) {
        errors += 1;
        if (readErrorBody(result.body).message === undefined)
          failures.push(`${op} ${result.status}: no message`);
        return;
      }
      seen.add(op);
      const schema = OPERATION_SCHEMAS[op] as { response?: v.GenericSchema };
      if (ROUTES[op].responds === "empty") {
        if (result.status !== 204 || result.body !== undefined)
          failures.push(`${op}: expected an empty 204`);
      } else if (
        schema.response === undefined ||
        !v.safeParse(schema.response, result.body).success
      ) {
        failures.push(`${op}: ${JSON.stringify(result.body)}`);
      }
    });
    expect(failures).toEqual([]);
    expect([...seen].sort()).toEqual([...OPERATION_IDS].sort());
    expect(errors).toBe(7);
  });
});
