import { BusinessError, RequestValidationError, safe } from "../src";
import { useFake } from "./client-setup";

const fake = useFake();

describe("safe()", () => {
  it("answers { success: true, data } for a call that works", async () => {
    const result = await safe(fake.client().getCvmInfo({ name: "my-web-app" }));
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.name).toBe("my-web-app");
  });

  it("answers { success: false, error } for an API error and for bad arguments, without throwing", async () => {
    const client = fake.client();
    const notFound = await client.safe(client.getCvmInfo({ name: "no-such-app" }));
    expect(notFound.success).toBe(false);
    if (!notFound.success) expect(notFound.error).toBeInstanceOf(BusinessError);
    const invalid = await client.safe(client.getCvmInfo({}));
    expect(!invalid.success && invalid.error).toBeInstanceOf(RequestValidationError);
  });

  it("takes a PagePromise (the first page)", async () => {
    const result = await safe(fake.client().listWorkspaces());
    expect(result.success && result.data.data.map((workspace) => workspace.slug)).toEqual(["acme", "side-project"]);
  });

  it("rethrows what is not a cloud-sdk error (a bug is not a result)", async () => {
    await expect(safe(Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});
