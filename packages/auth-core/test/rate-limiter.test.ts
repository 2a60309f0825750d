import { AbortError, bearer, createRateLimiter, createTransport, fromValue } from "../src/index.js";

describe("createRateLimiter", () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  test("lets one caller through per interval, in call order", async () => {
    const limiter = createRateLimiter({ intervalMs: 1_000 });
    const times: number[] = [];
    const all = Promise.all([1, 2, 3].map(async () => {
      await limiter.acquire();
      times.push(Date.now());
    }));
    await jest.advanceTimersByTimeAsync(2_000);
    await all;
    expect(times).toEqual([0, 1_000, 2_000]);
  });

  test("a caller that aborts while queued gets an AbortError", async () => {
    const limiter = createRateLimiter({ intervalMs: 12_000 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal).catch((caught: unknown) => caught);
    controller.abort();
    expect(await waiting).toBeInstanceOf(AbortError);
  });

  test("the transport waits for the client limit and the operation's own limit", async () => {
    const sent: number[] = [];
    const fetch = async () => {
      sent.push(Date.now());
      return Response.json({ ok: true });
    };
    const launches = createRateLimiter({ intervalMs: 12_000 });
    const transport = createTransport({
      provider: "Example",
      baseURL: "https://api.example.test",
      credential: fromValue("key-0000000000000"),
      auth: bearer(),
      fetch,
      rateLimiter: createRateLimiter({ intervalMs: 1_000 }),
    });
    const launch = () => transport.request({ operation: "launch", method: "POST", path: "/launch", rateLimiters: [launches] });
    const list = () => transport.request({ operation: "list", method: "GET", path: "/list" });
    const all = Promise.all([launch(), list(), launch()]);
    await jest.advanceTimersByTimeAsync(13_000);
    await all;
    expect(sent).toEqual([0, 1_000, 12_000]);
  });
});
