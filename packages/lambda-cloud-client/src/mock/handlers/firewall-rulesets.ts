import type { HttpHandler } from "msw";
import {
  CreateFirewallRulesetRequest,
  type FirewallRuleset,
  UpdateFirewallRulesetRequest,
  UpdateGlobalFirewallRulesetRequest,
} from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { errorResponse, invalidParameters, LAMBDA_CLOUD_ERRORS } from "../errors.js";
import { isLive } from "../lifecycle.js";
import { ok, readBody, route } from "../route.js";

function inUse(ctx: MockContext, ruleset: FirewallRuleset): boolean {
  return ruleset.instance_ids.some((id) => {
    const instance = ctx.state.instances.get(id);
    return instance !== undefined && isLive(instance);
  });
}

/**
 * Firewall rulesets: list, create, get, patch, delete (400 `firewall-ruleset-in-use` while a
 * live instance uses it), and the global ruleset (get, patch rules). The `global` routes come
 * first so that `global` is never taken for an id.
 */
export function firewallRulesetHandlers(ctx: MockContext): HttpHandler[] {
  const notFound = () => errorResponse(404, LAMBDA_CLOUD_ERRORS.firewallRulesetNotFound);
  return [
    route(ctx, "get", "/firewall-rulesets/global", () => ok(ctx.state.globalFirewallRuleset)),
    route(ctx, "patch", "/firewall-rulesets/global", async ({ request }) => {
      const body = await readBody(request, UpdateGlobalFirewallRulesetRequest);
      if (!body.ok) return body.response;
      if (body.value.rules !== undefined) ctx.state.globalFirewallRuleset.rules = body.value.rules;
      return ok(ctx.state.globalFirewallRuleset);
    }),
    route(ctx, "get", "/firewall-rulesets", () => ok([...ctx.state.firewallRulesets.values()])),
    route(ctx, "post", "/firewall-rulesets", async ({ request }) => {
      const body = await readBody(request, CreateFirewallRulesetRequest);
      if (!body.ok) return body.response;
      const region = ctx.state.regions.find((r) => r.name === body.value.region);
      if (!region) return invalidParameters(`region: unknown region '${body.value.region}'`);
      const ruleset: FirewallRuleset = {
        id: ctx.runtime.hexId(),
        name: body.value.name,
        region: structuredClone(region),
        rules: body.value.rules,
        created: ctx.runtime.now(),
        instance_ids: [],
      };
      ctx.state.firewallRulesets.set(ruleset.id, ruleset);
      return ok(ruleset);
    }),
    route(ctx, "get", "/firewall-rulesets/{id}", ({ params }) => {
      const ruleset = ctx.state.firewallRulesets.get(params.id ?? "");
      return ruleset ? ok(ruleset) : notFound();
    }),
    route(ctx, "patch", "/firewall-rulesets/{id}", async ({ params, request }) => {
      const ruleset = ctx.state.firewallRulesets.get(params.id ?? "");
      if (!ruleset) return notFound();
      const body = await readBody(request, UpdateFirewallRulesetRequest);
      if (!body.ok) return body.response;
      if (body.value.name !== undefined) ruleset.name = body.value.name;
      if (body.value.rules !== undefined) ruleset.rules = body.value.rules;
      return ok(ruleset);
    }),
    route(ctx, "delete", "/firewall-rulesets/{id}", ({ params }) => {
      const ruleset = ctx.state.firewallRulesets.get(params.id ?? "");
      if (!ruleset) return notFound();
      if (inUse(ctx, ruleset)) return errorResponse(400, LAMBDA_CLOUD_ERRORS.firewallRulesetInUse);
      ctx.state.firewallRulesets.delete(ruleset.id);
      return ok({});
    }),
  ];
}
