import type { HttpHandler } from "msw";
import * as v from "valibot";
import { CreateTicketRequest, ListTicketsQuery, type Ticket, UpdateTicketRequest } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { errorResponse, invalidParameters, LAMBDA_CLOUD_ERRORS } from "../errors.js";
import { decodePageToken, encodePageToken } from "../page-token.js";
import { ok, readBody, route } from "../route.js";

const PAGE_SIZE = 20;

function readQuery(query: URLSearchParams) {
  const raw = {
    status: query.has("status") ? query.getAll("status") : undefined,
    type: query.has("type") ? query.getAll("type") : undefined,
    severity: query.has("severity") ? query.getAll("severity") : undefined,
    order_by: query.get("order_by") ?? undefined,
    direction: query.get("direction") ?? undefined,
  };
  return v.safeParse(v.omit(ListTicketsQuery, ["page_token"]), raw);
}

/** Whether `value` passes an optional list filter. */
function within(list: readonly string[] | undefined, value: string | undefined): boolean {
  return list === undefined || (value !== undefined && list.includes(value));
}

function sortKey(ticket: Ticket, field: "created_at" | "updated_at"): string {
  return (field === "updated_at" ? ticket.updated_at : undefined) ?? ticket.created_at;
}

/**
 * Support tickets (beta): list (filters, order, `page_token` inside `data`), create, get and
 * patch (202, applied at once by the fake). Unknown tickets get the documented "Ticket not found."
 */
export function ticketHandlers(ctx: MockContext): HttpHandler[] {
  const notFound = () => errorResponse(404, LAMBDA_CLOUD_ERRORS.ticketNotFound);
  return [
    route(ctx, "get", "/tickets", ({ query }) => {
      const parsed = readQuery(query);
      if (!parsed.success) return invalidParameters(parsed.issues[0]?.message);
      const { status, type, severity, order_by = "created_at", direction = "desc" } = parsed.output;
      const filters = JSON.stringify(parsed.output);
      const token = query.get("page_token");
      const offset = token === null ? 0 : decodePageToken(token, filters);
      if (offset === undefined) return invalidParameters("page_token: unknown or expired page token");
      const tickets = [...ctx.state.tickets.values()]
        .filter((t) => within(status, t.status) && within(type, t.type) && within(severity, t.severity))
        .sort((a, b) => sortKey(a, order_by).localeCompare(sortKey(b, order_by)) * (direction === "asc" ? 1 : -1));
      const next = offset + PAGE_SIZE;
      const page_token = next < tickets.length ? encodePageToken(next, filters) : null;
      return ok({ tickets: tickets.slice(offset, next), page_token });
    }),
    route(ctx, "post", "/tickets", async ({ request }) => {
      const body = await readBody(request, CreateTicketRequest);
      if (!body.ok) return body.response;
      const { subject, description, type, severity } = body.value;
      const now = ctx.runtime.now();
      const ticket: Ticket = {
        id: ctx.runtime.hexId(),
        subject,
        description,
        type,
        status: "open",
        external_ticket_provider: "zendesk",
        external_ticket_id: String(10000 + ctx.state.tickets.size),
        created_at: now,
        updated_at: now,
        comments: [],
      };
      // The spec omits severity unless the ticket is an incident.
      if (type === "incident" && severity !== undefined) ticket.severity = severity;
      ctx.state.tickets.set(ticket.id, ticket);
      const { id, external_ticket_provider, external_ticket_id, status, created_at } = ticket;
      return ok({ id, external_ticket_provider, external_ticket_id, status, type, severity: ticket.severity, created_at });
    }),
    route(ctx, "get", "/tickets/{ticket_id}", ({ params }) => {
      const ticket = ctx.state.tickets.get(params.ticket_id ?? "");
      return ticket ? ok(ticket) : notFound();
    }),
    route(ctx, "patch", "/tickets/{ticket_id}", async ({ params, request }) => {
      const ticket = ctx.state.tickets.get(params.ticket_id ?? "");
      if (!ticket) return notFound();
      const body = await readBody(request, UpdateTicketRequest);
      if (!body.ok) return body.response;
      const now = ctx.runtime.now();
      if (body.value.status === "solved") Object.assign(ticket, { status: "solved", resolved_at: now });
      if (body.value.severity !== undefined) ticket.severity = body.value.severity;
      if (body.value.comment) ticket.comments.push({ body: body.value.comment.body, author: ctx.state.user.email, created_at: now });
      ticket.updated_at = now;
      return ok({}, 202);
    }),
  ];
}
