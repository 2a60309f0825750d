import type { HttpHandler } from "msw";
import { type Instance, InstanceIdsRequest } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { errorResponse, LAMBDA_CLOUD_ERRORS } from "../errors.js";
import { isLive, isRestarting, terminatedActions } from "../lifecycle.js";
import { ok, readBody, route } from "../route.js";

/** Looks every id up; one unknown id fails the whole request with the documented 404. */
function findAll(ctx: MockContext, ids: readonly string[]): Instance[] | Response {
  const found: Instance[] = [];
  for (const id of ids) {
    const instance = ctx.state.instances.get(id);
    if (!instance) return errorResponse(404, LAMBDA_CLOUD_ERRORS.instanceNotFound);
    found.push(instance);
  }
  return found;
}

/** Why an instance cannot be restarted now, as Lambda's 409 suggestion; undefined if it can. */
function restartConflict(instance: Instance): string | undefined {
  if (instance.status === "booting") return `Instance ${instance.id} has not launched yet.`;
  if (!isLive(instance) || instance.status === "terminating") return `Instance ${instance.id} is terminating or terminated.`;
  if (isRestarting(instance)) return `An action is already in progress on instance ${instance.id}.`;
  return undefined;
}

/**
 * `POST /instance-operations/restart` (409 `global/conflict` while booting, terminated or
 * already restarting; the restart shows as in progress until the instance is next read) and
 * `POST /instance-operations/terminate` (marks instances `terminated` and frees their rulesets).
 */
export function instanceOperationHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "post", "/instance-operations/restart", async ({ request }) => {
      const body = await readBody(request, InstanceIdsRequest);
      if (!body.ok) return body.response;
      const instances = findAll(ctx, body.value.instance_ids);
      if (instances instanceof Response) return instances;
      for (const instance of instances) {
        const conflict = restartConflict(instance);
        if (conflict) return errorResponse(409, { ...LAMBDA_CLOUD_ERRORS.conflict, suggestion: conflict });
      }
      for (const instance of instances) {
        instance.actions.restart = {
          available: false,
          reason_code: "vm-action-in-progress",
          reason_description: "A restart is in progress.",
        };
      }
      return ok({ restarted_instances: structuredClone(instances) });
    }),
    route(ctx, "post", "/instance-operations/terminate", async ({ request }) => {
      const body = await readBody(request, InstanceIdsRequest);
      if (!body.ok) return body.response;
      const instances = findAll(ctx, body.value.instance_ids);
      if (instances instanceof Response) return instances;
      for (const instance of instances) {
        instance.status = "terminated";
        instance.actions = terminatedActions();
        for (const ruleset of ctx.state.firewallRulesets.values()) {
          ruleset.instance_ids = ruleset.instance_ids.filter((id) => id !== instance.id);
        }
      }
      return ok({ terminated_instances: structuredClone(instances) });
    }),
  ];
}
