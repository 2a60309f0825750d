import { AbortError, CredentialRefreshError, fromFunction } from "../src/index.js";

describe("fromFunction", () => {
  afterEach(() => jest.useRealTimers());

  test("memoizes: one call serves later resolutions", async () => {
    const fn = jest.fn(async () => "token-aaaaaaaaaaaaaaaa");
    const source = fromFunction(fn, { description: "the vault" });
    await source.resolve();
    await source.resolve();
    expect(fn).toHaveBeenCalledTimes(1);
    expect((await source.resolve())?.source).toBe("the vault");
  });

  test("100 concurrent callers share one in-flight call", async () => {
    let release!: (value: string) => void;
    const fn = jest.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const source = fromFunction(fn);
    const pending = Array.from({ length: 100 }, () => source.resolve());
    release("token-bbbbbbbbbbbbbbbb");
    const credentials = await Promise.all(pending);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(new Set(credentials.map((credential) => credential?.secret.reveal()))).toEqual(new Set(["token-bbbbbbbbbbbbbbbb"]));
  });

  test("refreshes shortly before expiry, not before", async () => {
    jest.useFakeTimers({ now: new Date("2026-11-23T12:00:00Z") });
    let n = 0;
    const fn = jest.fn(async () => ({ secret: `token-${++n}-cccccccccccc`, expiresAt: new Date(Date.now() + 10 * 60_000) }));
    const source = fromFunction(fn, { refreshBeforeMs: 60_000 });
    expect((await source.resolve())?.secret.reveal()).toBe("token-1-cccccccccccc");
    jest.setSystemTime(new Date("2026-11-23T12:08:59Z")); // 61 s before expiry: still fresh
    expect((await source.resolve())?.secret.reveal()).toBe("token-1-cccccccccccc");
    jest.setSystemTime(new Date("2026-11-23T12:09:30Z")); // inside the refresh window
    expect((await source.resolve())?.secret.reveal()).toBe("token-2-cccccccccccc");
    expect(fn).toHaveBeenCalledTimes(2);
  });

  test("accepts expiresAt as a date string or epoch milliseconds", async () => {
    const at = Date.now() + 3_600_000;
    const asNumber = await fromFunction(() => ({ secret: "token-dddddddddddd", expiresAt: at })).resolve();
    const asString = await fromFunction(() => ({ secret: "token-dddddddddddd", expiresAt: new Date(at).toISOString() })).resolve();
    expect(asNumber?.expiresAt?.getTime()).toBe(at);
    expect(asString?.expiresAt?.getTime()).toBe(at);
  });

  test("a throwing function is a CredentialRefreshError that keeps the cause", async () => {
    const cause = new Error("vault sealed");
    const source = fromFunction(() => Promise.reject(cause), { description: "the vault" });
    const error = await source.resolve().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CredentialRefreshError);
    expect((error as CredentialRefreshError).message).toBe(
      "Could not get a credential from the vault: vault sealed. Check that function and the service it calls.",
    );
    expect((error as CredentialRefreshError).cause).toBe(cause);
  });

  test("an unusable return value is a CredentialRefreshError saying what is expected", async () => {
    const source = fromFunction(() => ({ token: "x" }) as never);
    await expect(source.resolve()).rejects.toThrow(/must return a string or \{ secret: string, expiresAt\?: Date \}/);
    await expect(fromFunction(() => ({ secret: "token-eeeeeeeeeeee", expiresAt: "soon" })).resolve()).rejects.toThrow(
      "not a valid date",
    );
  });

  test("a failed refresh keeps serving the previous secret while it is still valid", async () => {
    jest.useFakeTimers({ now: new Date("2026-11-23T12:00:00Z") });
    const fn = jest
      .fn()
      .mockResolvedValueOnce({ secret: "token-1-ffffffffffff", expiresAt: new Date("2026-11-23T12:10:00Z") })
      .mockRejectedValueOnce(new Error("temporarily down"))
      .mockRejectedValueOnce(new Error("still down"));
    const source = fromFunction(fn, { refreshBeforeMs: 60_000 });
    await source.resolve();
    jest.setSystemTime(new Date("2026-11-23T12:09:30Z")); // refresh window, not expired
    expect((await source.resolve())?.secret.reveal()).toBe("token-1-ffffffffffff");
    jest.setSystemTime(new Date("2026-11-23T12:10:01Z")); // expired: the failure surfaces
    await expect(source.resolve()).rejects.toBeInstanceOf(CredentialRefreshError);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  test("undefined or an empty string means not found", async () => {
    expect(await fromFunction(() => undefined).resolve()).toBeUndefined();
    expect(await fromFunction(() => "  ").resolve()).toBeUndefined();
  });

  test("invalidate() forces the next resolution to call again", async () => {
    const fn = jest.fn(async () => "token-gggggggggggg");
    const source = fromFunction(fn);
    await source.resolve();
    source.invalidate!();
    await source.resolve();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  test("a caller's abort stops its own wait without failing the shared call", async () => {
    let release!: (value: string) => void;
    const source = fromFunction(() => new Promise<string>((resolve) => (release = resolve)));
    const controller = new AbortController();
    const abandoned = source.resolve({ signal: controller.signal });
    const patient = source.resolve();
    controller.abort();
    await expect(abandoned).rejects.toBeInstanceOf(AbortError);
    release("token-hhhhhhhhhhhh");
    expect((await patient)?.secret.reveal()).toBe("token-hhhhhhhhhhhh");
  });
});
