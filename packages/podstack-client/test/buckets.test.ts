import { inspect } from "node:util";
import { RequestValidationError, ResourceNotFoundError, ResponseValidationError, ValidationError } from "../src";
import {
  createPodstackMock,
  PODSTACK_MOCK_API_KEY,
  PODSTACK_MOCK_PROJECT_ID,
  PODSTACK_MOCK_S3_ACCESS_KEY,
  PODSTACK_MOCK_S3_ENDPOINT,
  PODSTACK_MOCK_S3_SECRET_KEY,
} from "../src/mock";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";
import { http, HttpResponse } from "msw";

// The Python SDK's calls these mirror: Podstack-ai/docs content/en/docs/sdk/storage.md.
const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);
const client = testClient();
const project = PODSTACK_MOCK_PROJECT_ID;

describe("client.buckets, Podstack's own calls", () => {
  it("create: POST /v1/buckets with name, visibility and the project; not retried after a 503", async () => {
    const bucket = await client.buckets.create({ name: "my-models", visibility: "private" });
    const [request] = await recorded();
    expect([request?.method, request?.url.href]).toEqual(["POST", "https://api.podstack.ai/v1/buckets"]);
    expect(request?.headers.get("authorization")).toBe(`Bearer ${PODSTACK_MOCK_API_KEY}`);
    expect(request?.body).toEqual({ name: "my-models", visibility: "private", project_id: project });
    expect(bucket).toMatchObject({ name: "my-models", visibility: "private", endpoint: PODSTACK_MOCK_S3_ENDPOINT });

    mock.failNext({ status: 503, times: 2 });
    await expect(testClient({ maxRetries: 2 }).buckets.create({ name: "other" })).rejects.toMatchObject({ statusCode: 503 });
    expect(mock.state.buckets.map((b) => b.name)).toEqual(["my-datasets", "my-models"]);
  });

  it("create: refuses a name S3 would refuse, before sending", async () => {
    await expect(client.buckets.create({ name: "My_Bucket" })).rejects.toBeInstanceOf(RequestValidationError);
    expect(await recorded()).toHaveLength(0);
  });

  it("create: a taken name is the API's ValidationError", async () => {
    await expect(client.buckets.create({ name: "my-datasets" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("list and get: GET /v1/buckets and /v1/buckets/{id} with the documented fields", async () => {
    const list = await client.buckets.list();
    expect(list.map((b) => [b.name, b.visibility])).toEqual([["my-datasets", "private"]]);
    const bucket = await client.buckets.get("bkt-123456");
    expect(bucket).toMatchObject({ id: "bkt-123456", name: "my-datasets", object_count: 1 });
    expect(typeof bucket.size_gb).toBe("number");
    const urls = (await recorded()).map((r) => r.url.href);
    expect(urls).toEqual([
      `https://api.podstack.ai/v1/buckets?project_id=${project}`,
      `https://api.podstack.ai/v1/buckets/bkt-123456?project_id=${project}`,
    ]);
  });

  it("get: an unknown id is a ResourceNotFoundError naming the bucket", async () => {
    const error = await client.buckets.get("bkt-nope").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceNotFoundError);
    expect((error as ResourceNotFoundError).resourceType).toBe("bucket");
  });

  it("delete: a bucket holding objects needs force, sent as ?force=true", async () => {
    await expect(client.buckets.delete("bkt-123456")).rejects.toMatchObject({ statusCode: 400 });
    await client.buckets.delete("bkt-123456", { force: true });
    const urls = (await recorded()).map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);
    expect(urls[1]).toBe(`DELETE /v1/buckets/bkt-123456?force=true&project_id=${project}`);
    expect(mock.state.buckets).toHaveLength(0);
  });

  it("getCredentials: endpoint, region, access key, bucket, and the secret wrapped in a Secret", async () => {
    const creds = await client.buckets.getCredentials("bkt-123456");
    expect(creds).toMatchObject({
      endpoint: PODSTACK_MOCK_S3_ENDPOINT,
      region: "us-east-1",
      access_key: PODSTACK_MOCK_S3_ACCESS_KEY,
      bucket: "my-datasets",
    });
    expect(creds.secret_key.reveal()).toBe(PODSTACK_MOCK_S3_SECRET_KEY);
    for (const shown of [inspect(creds, { depth: 5 }), JSON.stringify(creds), `${creds.secret_key}`, String(creds.secret_key)]) {
      expect(shown).not.toContain(PODSTACK_MOCK_S3_SECRET_KEY);
    }
    const [request] = await recorded();
    expect(request?.url.pathname).toBe("/v1/buckets/bkt-123456/credentials");
  });

  it("getCredentials: reads the AWS-style names too, and defaults the region", async () => {
    server.use(
      http.get("https://api.podstack.ai/v1/buckets/:id/credentials", () =>
        HttpResponse.json({ access_key_id: "AKID", secret_access_key: "aws-style-secret-0123456789", endpoint: "https://s3.example.test" }),
      ),
    );
    const creds = await client.buckets.getCredentials("b");
    expect([creds.access_key, creds.secret_key.reveal(), creds.region, creds.bucket]).toEqual([
      "AKID",
      "aws-style-secret-0123456789",
      "us-east-1",
      undefined,
    ]);
  });

  it("getCredentials: a malformed answer is a ResponseValidationError without the secret", async () => {
    const secret = "leaky-secret-value-0123456789";
    server.use(
      http.get("https://api.podstack.ai/v1/buckets/:id/credentials", () =>
        HttpResponse.json({ access_key: "AK", secret_key: secret, endpoint: "not a url" }),
      ),
    );
    const error = await client.buckets.getCredentials("b").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).message).toMatch(/endpoint/);
    for (const shown of [inspect(error, { depth: 10 }), JSON.stringify((error as ResponseValidationError).body), (error as Error).message]) {
      expect(shown).not.toContain(secret);
    }
  });
});
