import type { HttpHandler } from "msw";
import type { MockContext } from "../context";
import { jsonResponse } from "../http";
import { route } from "../route";

/** Handlers of the account-level routes: whoami, projects, wallet. None is project-scoped. */
export function accountHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "auth.whoami", () => jsonResponse(ctx.state.user)),
    route(ctx, "projects.list", () => jsonResponse(ctx.state.projects)),
    route(ctx, "wallet.balance", () => jsonResponse(ctx.state.wallet)),
  ];
}
