import { PermissionError } from "../src";
import { createPodstackMock, PODSTACK_MOCK_PROJECT_ID } from "../src/mock";
import { ROUTES } from "../src/routes";
import { CALLS, OPERATIONS } from "./support/calls";
import { testClient } from "./support/client";
import { recordRequests, type RecordedRequest } from "./support/recorder";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);
const PROD = "5c1e2a7b-3d4f-4e8a-9b6c-0d1e2f3a4b5c";

/** Where a request carried the project: its query `project_id`, its body's, or neither. */
const carried = (request: RecordedRequest | undefined) => ({
  query: request?.url.searchParams.get("project_id") ?? undefined,
  body: (request?.body as Record<string, unknown> | undefined)?.project_id,
});

describe("the client's project goes where the routes table says", () => {
  const client = testClient();
  it.each(OPERATIONS)("%s", async (operation) => {
    await CALLS[operation](client);
    const requests = await recorded();
    const last = requests[requests.length - 1];
    const expected = { query: undefined as string | undefined, body: undefined as unknown };
    if (ROUTES[operation].project === "query") expected.query = PODSTACK_MOCK_PROJECT_ID;
    if (ROUTES[operation].project === "body") expected.body = PODSTACK_MOCK_PROJECT_ID;
    expect(carried(last)).toEqual(expected);
  });
});

describe("without a project", () => {
  const client = testClient({ projectId: undefined });
  it("sends none, and the fake uses the account's first project", async () => {
    expect(client.projectId).toBeUndefined();
    const pod = await client.pods.create({ name: "p", image: "i" });
    await client.pods.list();
    expect((await recorded()).map(carried)).toEqual([
      { query: undefined, body: undefined },
      { query: undefined, body: undefined },
    ]);
    expect(pod.project_id).toBe(PODSTACK_MOCK_PROJECT_ID);
  });
});

describe("a call's own project_id wins over the client's", () => {
  const client = testClient();
  it("in pods.create, pods.list and volumes.create", async () => {
    const pod = await client.pods.create({ name: "p", image: "i", project_id: PROD });
    await client.pods.list({ project_id: PROD });
    await client.volumes.create({ name: "v", quota_gb: 1, project_id: PROD });
    expect((await recorded()).map(carried)).toEqual([
      { query: undefined, body: PROD },
      { query: PROD, body: undefined },
      { query: undefined, body: PROD },
    ]);
    expect(pod.project_id).toBe(PROD);
  });
});

describe("a foreign project", () => {
  it("is a PermissionError that names the client's project", async () => {
    const client = testClient({ projectId: "someone-elses-project" });
    const error = await client.pods.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).message).toMatch(
      /^Access denied to resource\. Check that the token has the required permissions and that the resource is in the project you use \(the client's project is someone-elses-project\)\. \(pods\.list: GET \/v1\/pods answered 403 Forbidden, request id req_mock_\w+\)$/,
    );
  });

  it("a pod of another project, read with the right project, is a PermissionError too", async () => {
    const client = testClient({ projectId: PROD });
    await expect(client.pods.get("pod-123")).rejects.toMatchObject({
      name: "PermissionError",
      statusCode: 403,
    });
  });
});
