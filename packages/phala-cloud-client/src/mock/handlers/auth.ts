import { http, type HttpHandler } from "msw";
import { type MockContext, route } from "../context";
import { json } from "../responses";
import type { PhalaCloudMockState } from "../types";

function currentWorkspace(state: PhalaCloudMockState) {
  return state.workspaces.find((ws) => ws.slug === state.currentWorkspace) ?? state.workspaces[0];
}

/** `GET /auth/me` in the requested version's shape: three layers (2026-01-21) or flat (2025-10-28). */
export function authHandlers(ctx: MockContext): HttpHandler[] {
  return [
    http.get(
      `${ctx.base}/auth/me`,
      route(ctx, ({ state, version }) => {
        const { credits, ...user } = state.user;
        const workspace = currentWorkspace(state);
        if (version === "2025-10-28") {
          return json({
            username: user.username,
            email: user.email,
            credits: Number(credits.balance),
            granted_credits: Number(credits.granted_balance),
            avatar: user.avatar,
            team_name: workspace?.name ?? "",
            team_tier: workspace?.tier ?? "free",
          });
        }
        return json({
          user,
          workspace: workspace
            ? { id: workspace.id, name: workspace.name, slug: workspace.slug, tier: workspace.tier, role: workspace.role, avatar: null }
            : null,
          credits,
          features: [],
        });
      }),
    ),
  ];
}
