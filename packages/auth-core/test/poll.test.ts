import { AbortError, poll, TimeoutError, WaitTimeoutError } from "../src/index.js";

type Pod = { status: string };
class PodFailedError extends Error {}

function statuses(...sequence: string[]) {
  const fetch = jest.fn(async (): Promise<Pod> => ({ status: sequence[Math.min(fetch.mock.calls.length - 1, sequence.length - 1)]! }));
  return fetch;
}
const options = (fetch: () => Promise<Pod>) => ({
  operation: "pods.waitUntilRunning",
  description: "pod pod-1 to be Running",
  fetch,
  isDone: (pod: Pod) => pod.status === "Running",
  failure: (pod: Pod) => (pod.status === "Failed" ? new PodFailedError("pod pod-1 failed") : undefined),
  describe: (pod: Pod) => pod.status,
  interval: 1_000,
  timeout: 10_000,
});

describe("poll", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("resolves with the awaited value, fetching once per interval", async () => {
    const fetch = statuses("Creating", "Pending", "Running");
    const onPoll = jest.fn();
    const pending = poll({ ...options(fetch), onPoll });
    await jest.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(fetch).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1_000);
    await expect(pending).resolves.toEqual({ status: "Running" });
    expect(onPoll.mock.calls.map(([pod, attempt]) => [pod.status, attempt])).toEqual([["Creating", 1], ["Pending", 2], ["Running", 3]]);
    expect(jest.getTimerCount()).toBe(0);
  });

  test("rejects with the failure's error on a dead-end state", async () => {
    const pending = poll(options(statuses("Pending", "Failed")));
    const settled = pending.catch((caught: unknown) => caught);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await settled).toBeInstanceOf(PodFailedError);
    expect(jest.getTimerCount()).toBe(0);
  });

  test("rejects with a WaitTimeoutError (a TimeoutError) naming the last state", async () => {
    const pending = poll(options(statuses("Pending")));
    const settled = pending.catch((caught: unknown) => caught);
    await jest.advanceTimersByTimeAsync(10_000);
    const error = (await settled) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.lastValue).toEqual({ status: "Pending" });
    expect(error.message).toBe(
      "Timed out after 10 s waiting for pod pod-1 to be Running (last seen: Pending). Pass a longer timeout to keep waiting, or check the resource in the provider's dashboard.",
    );
    expect(jest.getTimerCount()).toBe(0);
  });

  test("a fetch still running at the deadline is cut off by the timeout", async () => {
    const fetch = jest.fn(
      (signal: AbortSignal) =>
        new Promise<Pod>((_resolve, reject) => signal.addEventListener("abort", () => reject(new Error("aborted by the wait")))),
    );
    const settled = poll({ ...options(fetch as never), fetch }).catch((caught: unknown) => caught);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(await settled).toBeInstanceOf(WaitTimeoutError);
  });

  test("rejects with an AbortError when the caller aborts, and leaves no timer behind", async () => {
    const controller = new AbortController();
    const settled = poll({ ...options(statuses("Pending")), signal: controller.signal }).catch((caught: unknown) => caught);
    await jest.advanceTimersByTimeAsync(1_500);
    controller.abort();
    const error = (await settled) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toBe("Waiting for pod pod-1 to be Running was cancelled by the caller (its AbortSignal was aborted).");
    expect(jest.getTimerCount()).toBe(0);
  });

  test("an error from fetch that is not about time passes through", async () => {
    const fetch = jest.fn(async (): Promise<Pod> => {
      throw new Error("404 pod not found");
    });
    await expect(poll(options(fetch))).rejects.toThrow("404 pod not found");
  });
});
