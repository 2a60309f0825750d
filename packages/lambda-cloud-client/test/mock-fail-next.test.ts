import { useLambdaMock } from "./support/server.js";
import { ERROR_FIXTURES } from "./fixtures/errors.js";

const { mock, call } = useLambdaMock();
const a10 = { region_name: "us-west-1", instance_type_name: "gpu_1x_a10", ssh_key_names: ["my-public-key"] };

describe("failNext", () => {
  it("fails the next request once with a documented 503 body, then serves normally", async () => {
    mock.failNext({ status: 503 });
    const failed = await call("GET", "/instances");
    expect(failed.status).toBe(503);
    expect(failed.json).toEqual(ERROR_FIXTURES.providerUnavailable.body);
    expect((await call("GET", "/instances")).status).toBe(200);
  });

  it("answers a 429 with a non-JSON body and the given headers", async () => {
    mock.failNext({ status: 429, body: "<html><body>error code: 1015</body></html>", headers: { "retry-after": "2" } });
    const res = await call("GET", "/regions");
    expect(res.status).toBe(429);
    expect(res.json).toBeUndefined();
    expect(res.text).toBe("<html><body>error code: 1015</body></html>");
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(res.headers.get("retry-after")).toBe("2");
  });

  it("defaults a 429 to plain text, since Lambda documents no 429 body", async () => {
    mock.failNext({ status: 429 });
    const res = await call("GET", "/regions");
    expect(res.json).toBeUndefined();
    expect(res.headers.get("content-type")).toBe("text/plain");
  });

  it("targets one method and path, leaving other requests alone; launch fails before it acts", async () => {
    mock.failNext({ status: 500, method: "POST", path: "/instance-operations/launch" });
    expect((await call("GET", "/instances")).status).toBe(200);
    const res = await call("POST", "/instance-operations/launch", { body: a10 });
    expect(res.status).toBe(500);
    expect(res.json).toEqual({ error: { code: "global/internal-error", message: "An internal server error occurred.", suggestion: "Try again later. Contact Support if the problem persists." } });
    expect(mock.state.instances.size).toBe(1);
    expect((await call("POST", "/instance-operations/launch", { body: a10 })).status).toBe(200);
  });

  it("afterEffect: the request is handled, then its answer is lost", async () => {
    mock.failNext({ status: 500, path: "/instance-operations/launch", afterEffect: true });
    const res = await call("POST", "/instance-operations/launch", { body: a10 });
    expect(res.status).toBe(500);
    expect(mock.state.instances.size).toBe(2); // a second, billing instance exists after all
  });

  it("fails `times` requests in a row and takes failures first in, first out", async () => {
    mock.failNext({ status: 503, times: 2 });
    mock.failNext({ status: 502, body: { error: { code: "provider/gateway", message: "Bad gateway" } } });
    expect((await call("GET", "/images")).status).toBe(503);
    expect((await call("GET", "/images")).status).toBe(503);
    const third = await call("GET", "/images");
    expect(third.status).toBe(502);
    expect(third.json).toEqual({ error: { code: "provider/gateway", message: "Bad gateway" } });
    expect((await call("GET", "/images")).status).toBe(200);
  });

  it("acts at the edge, before the key is checked", async () => {
    mock.failNext({ status: 503 });
    expect((await call("GET", "/images", { authorization: null })).status).toBe(503);
  });

  it("is forgotten by reset()", async () => {
    mock.failNext({ status: 503, times: 5 });
    mock.reset();
    expect((await call("GET", "/images")).status).toBe(200);
  });

  it("refuses a times that is not a positive integer", () => {
    expect(() => mock.failNext({ status: 503, times: 0 })).toThrow(RangeError);
  });
});
