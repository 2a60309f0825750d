import {
  AbortError,
  PodstackError,
  RequestValidationError,
  SshUnavailableError,
  TaskFailedError,
  WaitTimeoutError,
} from "../src";
import { createPodstackMock, mockPod } from "../src/mock";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

// Pods' documented methods (docs.podstack.ai/docs/sdk/pods), through the client against the fake.
const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);
const client = testClient({ maxRetries: 0 });

describe("pods.exec", () => {
  it("answers the command's exit code, output and error, sending command and timeout", async () => {
    const result = await client.pods.exec("pod-123", "echo hello world", { timeout: 60 });
    expect(result).toEqual({ exit_code: 0, output: "hello world\n", error: null });
    const [request] = await recorded();
    expect(request?.url.pathname).toBe("/v1/pods/pod-123/exec");
    expect(request?.body).toEqual({
      command: "echo hello world",
      timeout: 60,
      project_id: client.projectId,
    });
    expect(await client.pods.exec("pod-123", "exit 3")).toMatchObject({ exit_code: 3 });
    expect((await client.pods.exec("pod-123", "nvidia-smi")).output).toContain("NVIDIA A100");
  });

  it("refuses an empty command or a bad timeout before sending", async () => {
    await expect(client.pods.exec("pod-123", "")).rejects.toBeInstanceOf(RequestValidationError);
    await expect(client.pods.exec("pod-123", "ls", { timeout: 1.5 })).rejects.toThrow(
      "timeout must be a whole number of seconds",
    );
    expect(await recorded()).toHaveLength(0);
  });

  it("a stopped pod is the server's 409, as a PodstackError", async () => {
    const error = await client.pods.exec("pod-456", "ls").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PodstackError);
    expect((error as PodstackError).statusCode).toBe(409);
    expect((error as Error).message).toContain("Pod pod-456 is stopped: start it first");
  });
});

describe("pods.execAsync and client.tasks", () => {
  it("answers a task that tasks.get follows and tasks.wait awaits, with the command's result", async () => {
    const task = await client.pods.execAsync("pod-123", "echo trained");
    expect(task).toMatchObject({ state: "pending", type: "exec", progress: 0 });
    expect(await client.tasks.get(task.id)).toMatchObject({ state: "running", progress: 50 });
    const states: string[] = [];
    const done = await client.tasks.wait(task.id, {
      interval: 1,
      onPoll: (seen) => states.push(seen.state),
    });
    expect(states).toEqual(["completed"]);
    expect(done).toMatchObject({
      id: task.id,
      state: "completed",
      progress: 100,
      result: { exit_code: 0, output: "trained\n", error: null },
    });
  });

  it("a failed task is a TaskFailedError carrying the task", async () => {
    const task = await client.pods.execAsync("pod-123", "false");
    const error = await client.tasks.wait(task.id, { interval: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).task).toMatchObject({ id: task.id, state: "failed" });
    expect((error as Error).message).toBe(
      `Task ${task.id} ended failed: Command exited with code 1. Look at what it ran (client.tasks.get("${task.id}")), fix the cause, and start the operation again.`,
    );
  });

  it("tasks.wait gives up after its timeout, and stops when aborted", async () => {
    mock.state.tasks.push({ ...mock.state.tasks[0]!, id: "task-stuck", state: "running", outcome: "completed" });
    // The fake would complete it on the next read; hold it running.
    const stuck = mock.state.tasks.at(-1)!;
    Object.defineProperty(stuck, "state", { get: () => "running", set: () => undefined });
    await expect(client.tasks.wait("task-stuck", { interval: 5, timeout: 30 })).rejects.toBeInstanceOf(
      WaitTimeoutError,
    );
    const controller = new AbortController();
    controller.abort();
    await expect(client.tasks.wait("task-stuck", { signal: controller.signal })).rejects.toBeInstanceOf(
      AbortError,
    );
  });
});

describe("pods.logs and pods.logsStream", () => {
  it("logs answers the text; tail keeps the last lines", async () => {
    const all = await client.pods.logs("pod-123");
    expect(all.split("\n")[0]).toBe("[I 2024-01-15 10:00:05.000 ServerApp] Jupyter Server is running at:");
    const last = await client.pods.logs("pod-123", { tail: 2 });
    expect(last.trimEnd().split("\n")).toHaveLength(2);
    expect(last).toMatch(/heartbeat\n$/);
    expect((await recorded())[1]?.url.searchParams.get("tail")).toBe("2");
  });

  it("logsStream yields one line at a time, and each read brings the new lines", async () => {
    const lines: string[] = [];
    for await (const line of client.pods.logsStream("pod-123")) lines.push(line);
    expect(lines.slice(0, 3)).toEqual(mock.state.logs["pod-123"]!.slice(0, 3));
    expect(lines).toHaveLength(4);
    const again: string[] = [];
    for await (const line of client.pods.logsStream("pod-123", { tail: 2 })) again.push(line);
    expect(again).toEqual(mock.state.logs["pod-123"]!.slice(-2));
  });

  it("a line longer than maxLineLength arrives in pieces", async () => {
    mock.state.logs["pod-456"] = ["x".repeat(25), "short"];
    const lines: string[] = [];
    for await (const line of client.pods.logsStream("pod-456", { maxLineLength: 10 })) lines.push(line);
    expect(lines).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5), "short"]);
  });

  it("aborting stops the iteration with an AbortError, before the request or between lines", async () => {
    const before = new AbortController();
    before.abort();
    const iterate = async (signal: AbortSignal, onLine: (line: string) => void = () => undefined) => {
      for await (const line of client.pods.logsStream("pod-123", { signal })) onLine(line);
    };
    await expect(iterate(before.signal)).rejects.toBeInstanceOf(AbortError);
    const during = new AbortController();
    const seen: string[] = [];
    const error = await iterate(during.signal, (line) => {
      seen.push(line);
      during.abort();
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(1);
  });

  it("refuses a maxLineLength that is not a positive whole number, before sending", async () => {
    const iterate = async () => {
      for await (const _line of client.pods.logsStream("pod-123", { maxLineLength: 0 })) {
        // nothing
      }
    };
    await expect(iterate()).rejects.toThrow("pods.logsStream: maxLineLength must be a whole number of at least 1");
    expect(await recorded()).toHaveLength(0);
  });
});

describe("pods.metrics and pods.events", () => {
  it("metrics of a running pod, and of a stopped one", async () => {
    expect(await client.pods.metrics("pod-123")).toEqual({
      gpu_utilization: 87.5,
      gpu_memory_used: 40,
      gpu_memory_total: 80,
      cpu_usage: 42,
      memory_used: 4,
      memory_total: 16,
    });
    expect(await client.pods.metrics("pod-456")).toMatchObject({ gpu_utilization: 0, cpu_usage: 0 });
  });

  it("events record the pod's history as it changes", async () => {
    await client.pods.start("pod-456");
    await client.pods.get("pod-456");
    const events = await client.pods.events("pod-456");
    expect(events.map((event) => event.type)).toEqual(["Pending", "Running"]);
    expect(events[1]).toMatchObject({ message: "Pod pod-456 is running" });
    expect(typeof events[0]?.timestamp).toBe("string");
  });
});

describe("templates", () => {
  it("saveTemplate keeps the pod's configuration; createFromTemplate makes a pod of it", async () => {
    const template = await client.pods.saveTemplate("pod-456", {
      name: "h100-template",
      description: "Two H100",
    });
    expect(template).toMatchObject({ name: "h100-template", description: "Two H100", pod_id: "pod-456" });
    const pod = await client.pods.createFromTemplate(template.id, { name: "from-template" });
    expect(pod).toMatchObject({ name: "from-template", status: "Creating", gpu_type: "H100", gpu_count: 2 });
    const running = await client.pods.waitUntilRunning(pod.id, { interval: 1 });
    expect(running.status).toBe("Running");
    const requests = await recorded();
    expect(requests[1]?.url.pathname).toBe(`/v1/templates/${template.id}/pods`);
  });

  it("an unknown template is a ResourceNotFoundError naming the assumed route", async () => {
    const error = (await client.pods
      .createFromTemplate("tmpl-missing", { name: "x" })
      .catch((caught: unknown) => caught)) as Error;
    expect(error.name).toBe("ResourceNotFoundError");
    expect(error.message).toContain("Template tmpl-missing not found");
    expect(error.message).toContain('"pods.createFromTemplate": { method: "POST", path: "templates/{template_id}/pods" }');
  });
});

describe("pods.ssh", () => {
  it("answers the connection details and the command line of a running pod", async () => {
    const ssh = await client.pods.ssh("pod-123");
    expect(ssh).toMatchObject({
      command: "ssh root@pod-123.cloud.podstack.ai",
      user: "root",
      host: "pod-123.cloud.podstack.ai",
      port: 22,
    });
    expect(ssh.pod.id).toBe("pod-123");
  });

  it("reads the port and skips option values", async () => {
    mock.state.pods.push(
      mockPod({ id: "pod-789", name: "p", ssh_command: "ssh -i ~/.ssh/id_ed25519 -p 2222 ubuntu@10.1.2.3" }),
    );
    expect(await client.pods.ssh("pod-789")).toMatchObject({ user: "ubuntu", host: "10.1.2.3", port: 2222 });
  });

  it("a pod that is not running is an SshUnavailableError", async () => {
    const error = await client.pods.ssh("pod-456").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SshUnavailableError);
    expect((error as Error).message).toBe(
      'Pod pod-456 (training) has no SSH command: it is Stopped. Wait for it to run (client.pods.waitUntilRunning("pod-456")) and call ssh again.',
    );
  });
});

describe("pods.list with labels", () => {
  it("sends the labels as key=value pairs and gets only the matching pods", async () => {
    await client.pods.create({ name: "a", image: "i", labels: { team: "ml", env: "prod" } });
    const ml = await client.pods.list({ labels: { team: "ml" } });
    expect(ml.map((pod) => pod.name).sort()).toEqual(["a", "my-pod"]);
    const prod = await client.pods.list({ labels: { team: "ml", env: "prod" } });
    expect(prod.map((pod) => pod.name)).toEqual(["a"]);
    expect((await recorded())[2]?.url.searchParams.get("labels")).toBe("team=ml,env=prod");
  });

  it("refuses a label with , or = before sending", async () => {
    await expect(client.pods.list({ labels: { "a,b": "c" } })).rejects.toBeInstanceOf(RequestValidationError);
    await expect(client.pods.list({ labels: { a: "b=c" } })).rejects.toThrow("label values may not contain , or =");
  });
});
