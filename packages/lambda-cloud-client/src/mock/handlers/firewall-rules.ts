import type { HttpHandler } from "msw";
import { ReplaceFirewallRulesRequest } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { ok, readBody, route } from "../route.js";

/** `GET /firewall-rules` and `PUT /firewall-rules` (body `{data: rules}`, a full replacement). */
export function firewallRuleHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "get", "/firewall-rules", () => ok(ctx.state.firewallRules)),
    route(ctx, "put", "/firewall-rules", async ({ request }) => {
      const body = await readBody(request, ReplaceFirewallRulesRequest);
      if (!body.ok) return body.response;
      ctx.state.firewallRules = body.value.data;
      return ok(ctx.state.firewallRules);
    }),
  ];
}
