import { http, HttpResponse } from "msw";
import { BucketObjectError } from "../src";
import { createPodstackMock, PODSTACK_MOCK_S3_ENDPOINT } from "../src/mock";
import { expectedSignature } from "../src/mock/s3/s3-signature";
import { testClient } from "./support/client";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
const server = useMockServer(mock);
const BUCKET = "bkt-123456";

describe("the fake's SigV4 check", () => {
  it("computes AWS's documented example signature (GET Object, header auth)", async () => {
    // docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html, "Example: GET Object".
    const request = new Request("https://examplebucket.s3.amazonaws.com/test.txt", {
      headers: {
        range: "bytes=0-9",
        "x-amz-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "x-amz-date": "20130524T000000Z",
      },
    });
    const signature = await expectedSignature(
      request,
      {
        accessKeyId: "AKIAIOSFODNN7EXAMPLE",
        scope: "20130524/us-east-1/s3/aws4_request",
        amzDate: "20130524T000000Z",
        signedHeaders: ["host", "range", "x-amz-content-sha256", "x-amz-date"],
        signature: "",
        payloadHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        query: [],
      },
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    );
    expect(signature).toBe("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
  });

  it("accepts the client's signatures for keys SigV4 encodes specially", async () => {
    const client = testClient();
    for (const key of ["odd!'()*~.txt", "ünïcødé/日本 語.txt", "a+b=c&d?.txt", "double//slash"]) {
      await client.buckets.upload(BUCKET, key, key);
      expect(new TextDecoder().decode(await client.buckets.download(BUCKET, key))).toBe(key);
    }
    const page = await client.buckets.listObjectsPage(BUCKET, { prefix: "ünïcødé/", delimiter: "/", max_keys: 5 });
    expect(page.objects.map((object) => object.key)).toEqual(["ünïcødé/日本 語.txt"]);
  });

  it("refuses a request signed with the wrong secret: SignatureDoesNotMatch", async () => {
    server.use(
      http.get("https://api.podstack.ai/v1/buckets/:id/credentials", () =>
        HttpResponse.json({ access_key: "PSMOCKACCESSKEY00001", secret_key: "wrong-secret-0123456789", endpoint: PODSTACK_MOCK_S3_ENDPOINT, bucket: "my-datasets" }),
      ),
    );
    const error = await testClient().buckets.download(BUCKET, "datasets/data.csv").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BucketObjectError);
    expect(error).toMatchObject({ code: "SignatureDoesNotMatch", status: 403 });
    expect((error as Error).message).toMatch(/endpoint and region from getCredentials\(\)/);
  });

  it("refuses a presigned URL whose key was changed after signing", async () => {
    const url = new URL(await testClient().buckets.presignedDownloadUrl(BUCKET, "datasets/data.csv"));
    url.pathname = "/my-datasets/datasets/other.csv";
    const response = await fetch(url);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>SignatureDoesNotMatch</Code>");
  });
});
