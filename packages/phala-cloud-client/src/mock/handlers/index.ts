import type { HttpHandler } from "msw";
import type { MockContext } from "../context";
import { allowCheckHandlers } from "./allow-checks";
import { appDetailHandlers } from "./app-details";
import { appHandlers } from "./apps";
import { authHandlers } from "./auth";
import { catalogHandlers } from "./catalog";
import { cvmConfigHandlers } from "./cvm-config";
import { cvmInstanceHandlers } from "./cvm-instances";
import { cvmLifecycleHandlers } from "./cvm-lifecycle";
import { cvmPatchHandlers } from "./cvm-patch";
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
    // `PATCH /cvms/instance-ids` before `PATCH /cvms/:cvmId`.
    ...cvmInstanceHandlers(ctx),
    ...cvmPatchHandlers(ctx),
    ...cvmConfigHandlers(ctx),
    ...allowCheckHandlers(ctx),
    ...catalogHandlers(ctx),
    ...kmsHandlers(ctx),
    ...workspaceHandlers(ctx),
    // `GET /apps/filter-options` before `GET /apps/:appId`.
    ...appDetailHandlers(ctx),
    ...appHandlers(ctx),
    ...sshKeyHandlers(ctx),
  ];
}
