import type { HttpHandler } from "msw";
import type { MockContext } from "../context";
import { appHandlers } from "./apps";
import { authHandlers } from "./auth";
import { catalogHandlers } from "./catalog";
import { cvmLifecycleHandlers } from "./cvm-lifecycle";
import { cvmProvisionHandlers } from "./cvm-provision";
import { cvmQueryHandlers } from "./cvm-queries";
import { cvmUpdateHandlers } from "./cvm-updates";
import { kmsHandlers } from "./kms";
import { sshKeyHandlers } from "./ssh-keys";
import { workspaceHandlers } from "./workspaces";

/** Every handler of the fake. Order matters where paths overlap (`/cvms/paginated` before `/cvms/:id`). */
export function allHandlers(ctx: MockContext): HttpHandler[] {
  return [
    ...authHandlers(ctx),
    ...cvmQueryHandlers(ctx),
    ...cvmProvisionHandlers(ctx),
    ...cvmLifecycleHandlers(ctx),
    ...cvmUpdateHandlers(ctx),
    ...catalogHandlers(ctx),
    ...kmsHandlers(ctx),
    ...workspaceHandlers(ctx),
    ...appHandlers(ctx),
    ...sshKeyHandlers(ctx),
  ];
}
