import { call, useMock } from "./mock-setup";

const mock = useMock();

describe("mock.failNext", () => {
  it("fails the next N requests, then the fake answers again", async () => {
    mock.failNext({ status: 503, times: 2 });
    expect((await call(mock, "GET", "/auth/me")).status).toBe(503);
    const second = await call(mock, "GET", "/auth/me");
    expect([second.status, second.body]).toEqual([503, { detail: "Service Unavailable" }]);
    expect((await call(mock, "GET", "/auth/me")).status).toBe(200);
  });

  it("sends the given body and headers; a string body as text/plain", async () => {
    mock.failNext({ status: 429, body: { detail: "Slow down" }, headers: { "Retry-After": "3" } });
    mock.failNext({ status: 502, body: "<html>Bad Gateway</html>" });
    const limited = await call(mock, "GET", "/cvms/paginated");
    expect([limited.status, limited.body, limited.headers.get("retry-after")]).toEqual([429, { detail: "Slow down" }, "3"]);
    const gateway = await call(mock, "GET", "/cvms/paginated");
    expect(gateway.status).toBe(502);
    expect(gateway.headers.get("content-type")).toContain("text/plain");
    expect(gateway.body).toBe("<html>Bad Gateway</html>");
  });

  it("fails before the credential check and before any state change", async () => {
    mock.failNext({ status: 500 });
    expect((await call(mock, "DELETE", "/cvms/101", { key: null })).status).toBe(500);
    expect(mock.state.cvms).toHaveLength(2);
  });

  it("can fail at the network level", async () => {
    mock.failNext({ networkError: true });
    await expect(call(mock, "GET", "/auth/me")).rejects.toThrow(TypeError);
    expect((await call(mock, "GET", "/auth/me")).status).toBe(200);
  });

  it("reset drops queued failures", async () => {
    mock.failNext({ status: 500, times: 5 });
    mock.reset();
    expect((await call(mock, "GET", "/auth/me")).status).toBe(200);
  });

  it("rejects nonsense", () => {
    expect(() => mock.failNext({ status: 0 })).toThrow(RangeError);
    expect(() => mock.failNext({ status: 500, times: 0 })).toThrow(RangeError);
  });
});
