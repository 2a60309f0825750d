import { http, type HttpHandler } from "msw";
import * as v from "valibot";
import { RestartCvmRequest } from "../../schemas";
import { type MockContext, route, type RouteInfo } from "../context";
import { detailError, empty, json, notFound, validationError } from "../responses";
import { findCvm, transition } from "../state";
import type { MockCvm, PhalaCloudMockState } from "../types";
import { toVmRecord } from "../views/vm-record";
import { readJson, validate } from "../validation";

// Pydantic models ignore unknown fields by default; only `force` is checked.
const RestartBody = v.object(RestartCvmRequest.entries);

/** What an action does from a settled status: the status now and the ones to come, or nothing. */
type Plan = (cvm: MockCvm) => [now: string, later: string[]] | undefined;

const RUNNING = new Set(["running"]);
const DOWN = new Set(["stopped", "exited", "error"]);

const PLANS: Record<"start" | "stop" | "shutdown", Plan> = {
  start: (cvm) => (DOWN.has(cvm.status) ? ["starting", ["running"]] : undefined),
  stop: (cvm) => (RUNNING.has(cvm.status) ? ["stopping", ["stopped"]] : undefined),
  shutdown: (cvm) => (RUNNING.has(cvm.status) ? ["shutting_down", ["stopped"]] : undefined),
};

function restartPlan(cvm: MockCvm): [string, string[]] {
  return RUNNING.has(cvm.status) ? ["restarting", ["running"]] : ["starting", ["running"]];
}

/**
 * Applies a plan. A CVM still moving from an earlier operation answers 409 without an error code
 * (the transient "operation in progress" conflict); an action that is already satisfied (start a
 * running CVM) changes nothing and answers the record.
 */
function act(state: PhalaCloudMockState, cvm: MockCvm, plan: [string, string[]] | undefined): Response {
  if (cvm.pending.length > 0) return detailError(state, 409, `Another operation is in progress on this CVM (${cvm.status})`);
  if (plan) transition(state, cvm, plan[0], plan[1]);
  return json(toVmRecord(state, cvm));
}

function withCvm(info: RouteInfo, then: (cvm: MockCvm) => Response | Promise<Response>): Response | Promise<Response> {
  const cvm = findCvm(info.state, info.params.cvmId as string);
  return cvm ? then(cvm) : notFound(info.state, "CVM");
}

/** Start, stop, shutdown, restart (`{force}`) and delete. */
export function cvmLifecycleHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/cvms/:cvmId`;
  const simple = (action: keyof typeof PLANS) =>
    http.post(
      `${base}/${action}`,
      route(ctx, (info) => withCvm(info, (cvm) => act(info.state, cvm, PLANS[action](cvm)))),
    );
  return [
    simple("start"),
    simple("stop"),
    simple("shutdown"),
    http.post(
      `${base}/restart`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          // The official SDK always sends {force}; an empty body is accepted as force=false.
          const text = await info.request.clone().text();
          if (text.trim() !== "") {
            const body = await readJson(info.request);
            if (!body.ok) return validationError(info.state, body.items);
            const checked = validate(RestartBody, body.value, "body");
            if (!checked.ok) return validationError(info.state, checked.items);
          }
          return act(info.state, cvm, restartPlan(cvm));
        }),
      ),
    ),
    http.delete(
      base,
      route(ctx, (info) =>
        withCvm(info, (cvm) => {
          info.state.cvms = info.state.cvms.filter((other) => other !== cvm);
          return empty(204);
        }),
      ),
    ),
  ];
}
