import type { HttpHandler } from "msw";
import { HttpResponse } from "msw";
import * as v from "valibot";
import { PodExecParams } from "../../schemas/exec";
import { CreateFromTemplateParams, SaveTemplateParams } from "../../schemas/template";
import type { MockContext } from "../context";
import { runMockCommand } from "../exec";
import { errorResponse, jsonResponse, readJsonBody, validationResponse } from "../http";
import { findPod } from "../lookup";
import { addPodEvent } from "../pod-events";
import { serializePod } from "../pod-lifecycle";
import { outsideProject, requestedProject } from "../project-scope";
import { route } from "../route";
import type { PodstackMockPod, PodstackMockTemplate } from "../state";
import { serializeTask, startTask } from "../task-lifecycle";

const notRunning = (pod: PodstackMockPod) =>
  errorResponse(409, `Pod ${pod.id} is ${pod.status.toLowerCase()}: start it first`);

/** A deterministic usage figure for a running pod, from its size. */
function podMetrics(pod: PodstackMockPod): Record<string, number | null> {
  const running = pod.status === "Running";
  const gpuMemoryTotal = pod.gpu_count * 80;
  return {
    gpu_utilization: running && pod.gpu_count > 0 ? 87.5 : pod.gpu_count > 0 ? 0 : null,
    gpu_memory_used: pod.gpu_count > 0 ? (running ? gpuMemoryTotal / 2 : 0) : null,
    gpu_memory_total: pod.gpu_count > 0 ? gpuMemoryTotal : null,
    cpu_usage: running ? 42.0 : 0,
    memory_used: running ? pod.memory / 4 : 0,
    memory_total: pod.memory,
  };
}

/**
 * Handlers of what happens inside a pod: exec (sync and as a task), logs and their stream,
 * metrics, events, and templates. Commands need a running pod (409 otherwise).
 */
export function podActivityHandlers(ctx: MockContext): HttpHandler[] {
  /** The log lines of a pod; reading a running pod's logs makes it log one more line. */
  const readLogs = (pod: PodstackMockPod, request: Request): string => {
    const lines = (ctx.state.logs[pod.id] ??= []);
    if (pod.status === "Running") lines.push(`${ctx.now()} pod ${pod.id} heartbeat`);
    const tail = Number(new URL(request.url).searchParams.get("tail"));
    const shown = Number.isInteger(tail) && tail > 0 ? lines.slice(-tail) : lines;
    return shown.map((line) => `${line}\n`).join("");
  };

  const logsRoute = (operation: "pods.logs" | "pods.logsStream") =>
    route(ctx, operation, ({ request, id }) => {
      const pod = findPod(ctx, operation, request, id);
      if (pod instanceof Response) return pod;
      return new HttpResponse(readLogs(pod, request), {
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    });

  return [
    route(ctx, "pods.exec", async ({ request, id }) => {
      const read = await readJsonBody(request);
      if (!read.ok) return read.response;
      const pod = findPod(ctx, "pods.exec", request, id, read.body);
      if (pod instanceof Response) return pod;
      const parsed = v.safeParse(PodExecParams, read.body);
      if (!parsed.success) return validationResponse(parsed.issues);
      if (pod.status !== "Running") return notRunning(pod);
      const result = runMockCommand(parsed.output.command, pod.gpu_type);
      (ctx.state.logs[pod.id] ??= []).push(`$ ${parsed.output.command}`);
      addPodEvent(ctx, pod, "Exec", `Ran a command (exit code ${result.exit_code})`);
      return jsonResponse(result);
    }),

    route(ctx, "pods.execAsync", async ({ request, id }) => {
      const read = await readJsonBody(request);
      if (!read.ok) return read.response;
      const pod = findPod(ctx, "pods.execAsync", request, id, read.body);
      if (pod instanceof Response) return pod;
      const parsed = v.safeParse(PodExecParams, read.body);
      if (!parsed.success) return validationResponse(parsed.issues);
      if (pod.status !== "Running") return notRunning(pod);
      const result = runMockCommand(parsed.output.command, pod.gpu_type);
      const failed = result.exit_code !== 0;
      const task = startTask(ctx, {
        type: "exec",
        outcome: failed ? "failed" : "completed",
        result,
        error: failed ? `Command exited with code ${result.exit_code}` : null,
        vm_id: null,
      });
      return jsonResponse(serializeTask(task), 202);
    }),

    logsRoute("pods.logs"),
    logsRoute("pods.logsStream"),

    route(ctx, "pods.metrics", ({ request, id }) => {
      const pod = findPod(ctx, "pods.metrics", request, id);
      return pod instanceof Response ? pod : jsonResponse(podMetrics(pod));
    }),

    route(ctx, "pods.events", ({ request, id }) => {
      const pod = findPod(ctx, "pods.events", request, id);
      return pod instanceof Response ? pod : jsonResponse(ctx.state.events[pod.id] ?? []);
    }),

    route(ctx, "pods.saveTemplate", async ({ request, id }) => {
      const read = await readJsonBody(request);
      if (!read.ok) return read.response;
      const pod = findPod(ctx, "pods.saveTemplate", request, id, read.body);
      if (pod instanceof Response) return pod;
      const parsed = v.safeParse(SaveTemplateParams, read.body);
      if (!parsed.success) return validationResponse(parsed.issues);
      const template: PodstackMockTemplate = {
        id: ctx.nextId("tmpl"),
        name: parsed.output.name,
        description: parsed.output.description ?? null,
        pod_id: pod.id,
        project_id: pod.project_id,
        image: pod.image,
        gpu_type: pod.gpu_type,
        gpu_count: pod.gpu_count,
        cpu: pod.cpu,
        memory: pod.memory,
        disk: pod.disk,
        ports: [...pod.ports],
        command: pod.command,
        created_at: ctx.now(),
      };
      ctx.state.templates.push(template);
      return jsonResponse(template, 201);
    }),

    route(ctx, "pods.createFromTemplate", async ({ request, params }) => {
      const read = await readJsonBody(request);
      if (!read.ok) return read.response;
      const scope = requestedProject(ctx, "pods.createFromTemplate", request, read.body);
      if (scope instanceof Response) return scope;
      const template = ctx.state.templates.find((candidate) => candidate.id === params.template_id);
      if (template === undefined) return errorResponse(404, `Template ${params.template_id} not found`);
      const denied = outsideProject(template.project_id, scope.projectId);
      if (denied !== undefined) return denied;
      const parsed = v.safeParse(CreateFromTemplateParams, read.body);
      if (!parsed.success) return validationResponse(parsed.issues);
      const taken = ctx.state.pods.some(
        (pod) =>
          pod.project_id === template.project_id &&
          pod.name === parsed.output.name &&
          pod.status !== "Terminated",
      );
      if (taken) {
        return errorResponse(422, "Validation error", {
          field_errors: { name: [`A pod named ${parsed.output.name} already exists in this project`] },
        });
      }
      const pod: PodstackMockPod = {
        id: ctx.nextId("pod"),
        name: parsed.output.name,
        status: "Creating",
        project_id: template.project_id,
        image: template.image,
        gpu_type: template.gpu_type,
        gpu_count: template.gpu_count,
        cpu: template.cpu,
        memory: template.memory,
        disk: template.disk,
        ports: [...template.ports],
        env: {},
        command: template.command,
        volumes: [],
        labels: {},
        created_at: ctx.now(),
        ssh_command: null,
        jupyter_url: null,
      };
      ctx.state.pods.push(pod);
      addPodEvent(ctx, pod, "Creating", `Pod ${pod.id} created from template ${template.id}`);
      return jsonResponse(serializePod(pod, ctx.statusCase), 201);
    }),
  ];
}
