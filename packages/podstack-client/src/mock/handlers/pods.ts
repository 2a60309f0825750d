import type { HttpHandler } from "msw";
import type * as v from "valibot";
import type { OperationId } from "../../routes";
import { PodCreateParams } from "../../schemas/pod-create";
import type { MockContext } from "../context";
import {
  errorResponse,
  fieldErrorsResponse,
  jsonResponse,
  noContent,
  queryFlag,
} from "../http";
import {
  advancePod,
  applyPodAction,
  isActivePod,
  type PodAction,
  podFails,
  serializePod,
} from "../pod-lifecycle";
import { addPodEvent, withStatusEvent } from "../pod-events";
import { requestedProject } from "../project-scope";
import { findPod } from "../lookup";
import { readCreate } from "../create-request";
import { route } from "../route";
import type { PodstackMockPod } from "../state";

/**
 * What creating a pod needs in the wallet: one hour at a nominal 1 USD per GPU (at least one).
 * Invented: Podstack publishes no rule; the point is that a zero balance answers 402.
 */
const NOMINAL_HOURLY_COST_PER_GPU = 1;

/** The `labels` filter, `team=ml,env=prod` [assumed encoding], as a record. */
function parseLabels(value: string | null): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of value?.split(",") ?? []) {
    const equals = pair.indexOf("=");
    if (equals > 0) labels[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  return labels;
}

/** Handlers of the pods routes. Reading a pod (get, or a list that holds it) advances it. */
export function podHandlers(ctx: MockContext): HttpHandler[] {
  const send = (pod: PodstackMockPod, status = 200) =>
    jsonResponse(serializePod(pod, ctx.statusCase), status);
  const advance = (pod: PodstackMockPod) =>
    withStatusEvent(ctx, pod, () => advancePod(pod, podFails(ctx.state.failPods, pod)));

  const action = (operation: OperationId, verb: PodAction) =>
    route(ctx, operation, ({ request, id }) => {
      const pod = findPod(ctx, operation, request, id);
      if (pod instanceof Response) return pod;
      let refused: string | undefined;
      withStatusEvent(ctx, pod, () => {
        refused = applyPodAction(pod, verb);
      });
      return refused === undefined ? send(pod) : errorResponse(400, refused);
    });

  /** Per-field conflicts the schema cannot see: a taken name, unknown volumes. */
  const conflicts = (params: v.InferOutput<typeof PodCreateParams>, projectId: string) => {
    const errors: Record<string, string[]> = {};
    const taken = ctx.state.pods.some(
      (pod) =>
        pod.project_id === projectId && pod.name === params.name && pod.status !== "Terminated",
    );
    if (taken) errors.name = [`A pod named ${params.name} already exists in this project`];
    params.volumes?.forEach((mount, index) => {
      const volume = ctx.state.volumes.find((candidate) => candidate.id === mount.volume_id);
      if (volume === undefined || volume.project_id !== projectId) {
        errors[`volumes.${index}.volume_id`] = [
          `Volume ${mount.volume_id} not found in this project`,
        ];
      }
    });
    return Object.keys(errors).length > 0 ? errors : undefined;
  };

  return [
    route(ctx, "pods.list", ({ request }) => {
      const scope = requestedProject(ctx, "pods.list", request);
      if (scope instanceof Response) return scope;
      const search = new URL(request.url).searchParams;
      const status = search.get("status")?.toLowerCase();
      const labels = parseLabels(search.get("labels"));
      const inScope = ctx.state.pods.filter(
        (pod) =>
          (scope.projectId === undefined || pod.project_id === scope.projectId) &&
          Object.entries(labels).every(([key, value]) => pod.labels[key] === value),
      );
      inScope.forEach(advance);
      const listed = status
        ? inScope.filter((pod) => pod.status.toLowerCase() === status)
        : inScope;
      return jsonResponse(listed.map((pod) => serializePod(pod, ctx.statusCase)));
    }),

    route(ctx, "pods.create", async ({ request }) => {
      const create = await readCreate(ctx, "pods.create", request, PodCreateParams, "pod");
      if (create instanceof Response) return create;
      const { projectId } = create;
      const params = create.params;
      const fieldErrors = conflicts(params, projectId);
      if (fieldErrors !== undefined) return fieldErrorsResponse(fieldErrors);
      const required = Math.max(1, params.gpu_count ?? 1) * NOMINAL_HOURLY_COST_PER_GPU;
      const available = ctx.state.wallet.balance;
      if (available < required) {
        return errorResponse(402, "Insufficient balance", {
          required_amount: required,
          available_amount: available,
        });
      }
      const pod: PodstackMockPod = {
        id: ctx.nextId("pod"),
        name: params.name,
        status: "Creating",
        project_id: projectId,
        image: params.image,
        gpu_type: params.gpu_type ?? (params.gpu_count === 0 ? null : "A100"),
        gpu_count: params.gpu_count ?? 1,
        cpu: params.cpu ?? 4,
        memory: params.memory ?? 16,
        disk: params.disk ?? 50,
        ports: params.ports ?? [],
        env: params.env ?? {},
        command: params.command ?? null,
        volumes: params.volumes ?? [],
        labels: params.labels ?? {},
        created_at: ctx.now(),
        ssh_command: null,
        jupyter_url: null,
      };
      ctx.state.pods.push(pod);
      addPodEvent(ctx, pod, "Creating", `Pod ${pod.id} created`);
      return send(pod, 201);
    }),

    route(ctx, "pods.get", ({ request, id }) => {
      const pod = findPod(ctx, "pods.get", request, id);
      if (pod instanceof Response) return pod;
      advance(pod);
      return send(pod);
    }),

    action("pods.start", "start"),
    action("pods.stop", "stop"),
    action("pods.restart", "restart"),

    route(ctx, "pods.delete", ({ request, id }) => {
      const pod = findPod(ctx, "pods.delete", request, id);
      if (pod instanceof Response) return pod;
      if (isActivePod(pod) && !queryFlag(request, "force")) {
        return errorResponse(
          400,
          `Pod ${
            pod.id
          } is ${pod.status.toLowerCase()}: stop it first or delete it with force=true`,
        );
      }
      ctx.state.pods.splice(ctx.state.pods.indexOf(pod), 1);
      return noContent();
    }),
  ];
}
