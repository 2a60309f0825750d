import { createPodstackMock } from "../src/mock";
import { call } from "./support/call";
import { useMockServer } from "./support/server";

const mock = createPodstackMock();
useMockServer(mock);

describe("mock.failNext", () => {
  it("answers the next request with 429 and Retry-After, then recovers", async () => {
    mock.failNext({ status: 429, headers: { "Retry-After": "2" } });
    const limited = await call(mock, "pods.list");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(limited.body).toEqual({ detail: "Too Many Requests" });
    expect((await call(mock, "pods.list")).status).toBe(200);
  });

  it("repeats a failure `times` times, and queues failures in order", async () => {
    mock.failNext({ status: 503, times: 2 });
    mock.failNext({ status: 500, body: { message: "boom", request_id: "req_1" } });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await call(mock, "wallet.balance")).status);
    expect(statuses).toEqual([503, 503, 500, 200]);
  });

  it("sends a custom JSON or text body", async () => {
    mock.failNext({ status: 500, body: { message: "boom", request_id: "req_1" } });
    mock.failNext({ status: 502, body: "<html>Bad Gateway</html>" });
    expect((await call(mock, "wallet.balance")).body).toEqual({
      message: "boom",
      request_id: "req_1",
    });
    const text = await call(mock, "wallet.balance");
    expect(text.headers.get("content-type")).toBe("text/plain");
    expect(text.body).toBe("<html>Bad Gateway</html>");
  });

  it("comes before the token check and does not touch the state", async () => {
    mock.failNext({ status: 503 });
    const result = await call(mock, "pods.create", {
      token: "wrong",
      body: { name: "x", image: "y" },
    });
    expect(result.status).toBe(503);
    expect(mock.state.pods).toHaveLength(2);
  });

  it("is dropped by reset", async () => {
    mock.failNext({ status: 500, times: 3 });
    mock.reset();
    expect((await call(mock, "wallet.balance")).status).toBe(200);
  });

  it("rejects a nonsense failure", () => {
    expect(() => mock.failNext({ status: 429, times: 0 })).toThrow(RangeError);
    expect(() => mock.failNext({ status: 42 })).toThrow(RangeError);
  });
});
