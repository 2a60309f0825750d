import type { HttpHandler } from "msw";
import type { MockContext } from "../context.js";
import { errorResponse, LAMBDA_CLOUD_ERRORS } from "../errors.js";
import { route } from "../route.js";
import { auditEventHandlers } from "./audit-events.js";
import { catalogHandlers } from "./catalog.js";
import { fabricHandlers } from "./fabric.js";
import { fileSystemHandlers } from "./file-systems.js";
import { firewallRuleHandlers } from "./firewall-rules.js";
import { firewallRulesetHandlers } from "./firewall-rulesets.js";
import { instanceOperationHandlers } from "./instance-operations.js";
import { instanceHandlers } from "./instances.js";
import { launchHandler } from "./launch.js";
import { sshKeyHandlers } from "./ssh-keys.js";
import { ticketAttachmentHandlers } from "./ticket-attachments.js";
import { ticketHandlers } from "./tickets.js";

/**
 * Every handler of the fake, then a catch-all that answers any other path below the base URL
 * the way the API answers an unknown route: 401 without a valid key, else 404 `global/not-found`.
 */
export function createHandlers(ctx: MockContext): HttpHandler[] {
  return [
    ...instanceHandlers(ctx),
    launchHandler(ctx),
    ...instanceOperationHandlers(ctx),
    ...catalogHandlers(ctx),
    ...sshKeyHandlers(ctx),
    ...fileSystemHandlers(ctx),
    ...firewallRuleHandlers(ctx),
    ...firewallRulesetHandlers(ctx),
    ...auditEventHandlers(ctx),
    ...fabricHandlers(ctx),
    ...ticketHandlers(ctx),
    ...ticketAttachmentHandlers(ctx),
    route(ctx, "all", "/*", () => errorResponse(404, LAMBDA_CLOUD_ERRORS.notFound)),
  ];
}
