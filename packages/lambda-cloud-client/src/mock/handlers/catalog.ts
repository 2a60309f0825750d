import type { HttpHandler } from "msw";
import type { MockContext } from "../context.js";
import { ok, route } from "../route.js";

/** The read-only catalog: `GET /instance-types` (a map by name), `GET /images`, `GET /regions`. */
export function catalogHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "get", "/instance-types", () => ok(ctx.state.instanceTypes)),
    route(ctx, "get", "/images", () => ok(ctx.state.images)),
    route(ctx, "get", "/regions", () => ok(ctx.state.regions)),
  ];
}
