import { type HttpHandler, HttpResponse } from "msw";
import type { AuditEvent } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { invalidParameters } from "../errors.js";
import { decodePageToken, encodePageToken } from "../page-token.js";
import { ok, route } from "../route.js";

function parseTime(value: string | null, name: string): number | undefined | Response {
  if (value === null) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? invalidParameters(`${name}: expected an ISO 8601 timestamp`) : time;
}

function matches(event: AuditEvent, start?: number, end?: number, resourceType?: string | null): boolean {
  const time = Date.parse(event.event_time);
  if (start !== undefined && time < start) return false;
  if (end !== undefined && time > end) return false;
  return !resourceType || `${event.service_name}.${event.resource_name}` === resourceType;
}

/**
 * `GET /audit-events`: oldest first, `start`/`end` inclusive, `resource_type` as
 * `<service>.<resource>` (e.g. `cloud.api_key`), paged by an opaque `page_token`. Served in the
 * 1.10.0 shape (`page_token` next to `data`) or, if the mock was asked to, the 1.8.3 one.
 */
export function auditEventHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "get", "/audit-events", ({ query }) => {
      const start = parseTime(query.get("start"), "start");
      if (start instanceof Response) return start;
      const end = parseTime(query.get("end"), "end");
      if (end instanceof Response) return end;
      const resourceType = query.get("resource_type");
      const filters = JSON.stringify([start, end, resourceType]);
      const token = query.get("page_token");
      const offset = token === null ? 0 : decodePageToken(token, filters);
      if (offset === undefined) return invalidParameters("page_token: unknown or expired page token");
      const events = ctx.state.auditEvents.filter((e) => matches(e, start, end, resourceType));
      const page = events.slice(offset, offset + ctx.auditEventsPageSize);
      const next = offset + ctx.auditEventsPageSize;
      const pageToken = next < events.length ? encodePageToken(next, filters) : null;
      if (ctx.auditEventsShape === "1.8.3") return ok({ events: page, page_token: pageToken });
      return HttpResponse.json({ data: page, page_token: pageToken });
    }),
  ];
}
