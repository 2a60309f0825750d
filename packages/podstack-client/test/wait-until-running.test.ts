import { AbortError, type Pod, PodFailedError, PodstackError, WaitTimeoutError } from "../src";
import { createPodstackMock, mockPod } from "../src/mock";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

const mock = createPodstackMock({
  seed: {
    pods: [
      mockPod({ id: "pod-new", name: "new", status: "Creating" }),
      mockPod({ id: "pod-doomed", name: "doomed", status: "Pending" }),
      mockPod({ id: "pod-stopped", name: "idle", status: "Stopped" }),
      mockPod({ id: "pod-gone", name: "gone", status: "Terminated" }),
    ],
    failPods: ["doomed"],
  },
});
const server = useMockServer(mock);
const recorded = recordRequests(server);
const client = testClient();

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Lets the wait run for `ms` of fake time (reads answer at once: the fake has no delay). */
const elapse = (ms: number) => jest.advanceTimersByTimeAsync(ms);
const gets = async () => (await recorded()).filter((request) => request.method === "GET").length;

describe("pods.waitUntilRunning", () => {
  it("reads every interval and resolves with the running pod", async () => {
    const seen: string[] = [];
    const waiting = client.pods.waitUntilRunning("pod-new", {
      interval: 5_000,
      onPoll: (pod) => seen.push(pod.status),
    });
    await elapse(0);
    expect(await gets()).toBe(1); // Creating → Pending
    await elapse(4_999);
    expect(await gets()).toBe(1);
    await elapse(1);
    const pod = await waiting;
    expect(await gets()).toBe(2);
    expect(seen).toEqual(["Pending", "Running"]);
    expect(pod).toMatchObject({
      id: "pod-new",
      status: "Running",
      ssh_command: "ssh root@pod-new.cloud.podstack.ai",
    });
  });

  it("rejects with PodFailedError when the pod fails", async () => {
    const waiting = client.pods.waitUntilRunning("pod-doomed").catch((error: unknown) => error);
    await elapse(0);
    const error = (await waiting) as PodFailedError;
    expect(error).toBeInstanceOf(PodFailedError);
    expect(error).toBeInstanceOf(PodstackError);
    expect(error.pod).toMatchObject({ id: "pod-doomed", status: "Failed" });
    expect(error.operation).toBe("pods.waitUntilRunning");
    expect(error.message).toBe(
      "Pod pod-doomed (doomed) is Failed, so it will not become Running. Check its logs in the Podstack dashboard, then start it again (client.pods.start) or create a new pod.",
    );
  });

  it("rejects with PodFailedError when the pod is terminated", async () => {
    const waiting = client.pods.waitUntilRunning("pod-gone").catch((error: unknown) => error);
    await elapse(0);
    const error = (await waiting) as PodFailedError;
    expect(error).toBeInstanceOf(PodFailedError);
    expect(error.message).toBe(
      "Pod pod-gone (gone) is Terminated, so it will not become Running. A terminated pod cannot be started again: create a new one.",
    );
  });

  it("rejects with WaitTimeoutError after the timeout, holding the last pod read", async () => {
    const waiting = client.pods
      .waitUntilRunning("pod-stopped", { timeout: 10_000, interval: 3_000 })
      .catch((error: unknown) => error);
    await elapse(9_999);
    expect(await gets()).toBe(4); // at 0, 3, 6 and 9 s
    await elapse(1);
    const error = (await waiting) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toBe(
      "Timed out after 10 s waiting for pod pod-stopped to be Running (last seen: status Stopped). Pass a longer timeout to keep waiting, or check the resource in the provider's dashboard.",
    );
    expect((error.lastValue as Pod).status).toBe("Stopped");
    expect(jest.getTimerCount()).toBe(0);
  });

  // 150 real round trips through msw (fake time, real requests): about 0.6 s alone, but over jest's
  // default 5 s when `pnpm test` runs every package's suite at once on a 2-core machine.
  it("defaults to 300 s and 2 s", async () => {
    const waiting = client.pods.waitUntilRunning("pod-stopped").catch((error: unknown) => error);
    await elapse(299_999);
    expect(await gets()).toBe(150);
    await elapse(1);
    expect(await waiting).toBeInstanceOf(WaitTimeoutError);
  }, 30_000);

  it("rejects with AbortError when the signal aborts, leaving no timer", async () => {
    const controller = new AbortController();
    const waiting = client.pods
      .waitUntilRunning("pod-stopped", { signal: controller.signal })
      .catch((error: unknown) => error);
    await elapse(2_500);
    controller.abort(new Error("user pressed Ctrl-C"));
    await elapse(0);
    expect(await waiting).toBeInstanceOf(AbortError);
    expect(jest.getTimerCount()).toBe(0);
  });

  it("sends each read with the wait's headers and retries", async () => {
    mock.failNext({ status: 503, headers: { "Retry-After": "0" } });
    const waiting = client.pods.waitUntilRunning("pod-new", {
      interval: 1_000,
      maxRetries: 1,
      headers: { "X-Wait": "yes" },
    });
    await elapse(1_000);
    await expect(waiting).resolves.toMatchObject({ status: "Running" });
    const reads = await recorded();
    expect(reads).toHaveLength(3); // a 503, its retry, then the read that sees Running
    expect(reads.map((read) => read.headers.get("x-wait"))).toEqual(["yes", "yes", "yes"]);
  });

  it("passes on the errors of pods.get", async () => {
    const waiting = client.pods.waitUntilRunning("pod-nope").catch((error: unknown) => error);
    await elapse(0);
    expect(await waiting).toMatchObject({ name: "ResourceNotFoundError", resourceId: "pod-nope" });
  });
});
