import * as v from "valibot";
import { openEnum } from "@cloud-sdk/auth-core";
import { dataEnvelope, EmptyResponseBody } from "./envelope.js";
import { DateTimeString } from "./primitives.js";

const TICKET_STATUSES = ["open", "on_hold", "pending", "solved", "confirm_solved"] as const;
const TICKET_TYPES = ["service_request", "incident", "automated_event"] as const;
const TICKET_REQUEST_TYPES = ["incident", "service_request"] as const;
const TICKET_SEVERITIES = ["sev_1", "sev_2", "sev_3"] as const;

/** A support ticket's status (open enum). */
export const TicketStatus = openEnum(TICKET_STATUSES);
/** See {@link TicketStatus}. */
export type TicketStatus = v.InferOutput<typeof TicketStatus>;

/** A support ticket's type (open enum; `automated_event` tickets are opened by Lambda). */
export const TicketType = openEnum(TICKET_TYPES);
/** See {@link TicketType}. */
export type TicketType = v.InferOutput<typeof TicketType>;

/** A ticket severity (open enum in responses). */
export const TicketSeverity = openEnum(TICKET_SEVERITIES);
/** See {@link TicketSeverity}. */
export type TicketSeverity = v.InferOutput<typeof TicketSeverity>;

/** One comment of a ticket's history. */
export const TicketComment = v.looseObject({ body: v.string(), author: v.string(), created_at: DateTimeString });
/** See {@link TicketComment}. */
export type TicketComment = v.InferOutput<typeof TicketComment>;

/** A support ticket (beta: access must be enabled by Lambda support). */
export const Ticket = v.looseObject({
  id: v.string(),
  subject: v.string(),
  description: v.string(),
  type: v.optional(TicketType),
  /** Omitted unless the ticket is an `incident`. */
  severity: v.optional(TicketSeverity),
  status: TicketStatus,
  external_ticket_provider: v.optional(v.string()),
  external_ticket_id: v.optional(v.string()),
  created_at: DateTimeString,
  updated_at: v.optional(DateTimeString),
  resolved_at: v.optional(DateTimeString),
  comments: v.array(TicketComment),
});
/** See {@link Ticket}. */
export type Ticket = v.InferOutput<typeof Ticket>;

/** The `data` of `GET /tickets`; its `page_token` is `null` on the last page. */
export const TicketListResponse = v.looseObject({ tickets: v.array(Ticket), page_token: v.nullable(v.string()) });
/** See {@link TicketListResponse}. */
export type TicketListResponse = v.InferOutput<typeof TicketListResponse>;

/** The `data` of `POST /tickets`. */
export const TicketCreateResponse = v.looseObject({
  id: v.string(),
  external_ticket_provider: v.optional(v.string()),
  external_ticket_id: v.optional(v.string()),
  status: TicketStatus,
  type: TicketType,
  severity: v.optional(TicketSeverity),
  created_at: DateTimeString,
});
/** See {@link TicketCreateResponse}. */
export type TicketCreateResponse = v.InferOutput<typeof TicketCreateResponse>;

/** Query of `GET /tickets`; the array filters are sent as repeated parameters. */
export const ListTicketsQuery = v.strictObject({
  status: v.optional(v.array(v.picklist(TICKET_STATUSES))),
  type: v.optional(v.array(v.picklist(TICKET_TYPES))),
  severity: v.optional(v.array(v.picklist(TICKET_SEVERITIES))),
  order_by: v.optional(v.picklist(["created_at", "updated_at"])),
  direction: v.optional(v.picklist(["asc", "desc"])),
  page_token: v.optional(v.string()),
});
/** See {@link ListTicketsQuery}. */
export type ListTicketsQuery = v.InferOutput<typeof ListTicketsQuery>;

/** Body of `POST /tickets`. */
export const CreateTicketRequest = v.strictObject({
  subject: v.pipe(v.string(), v.minLength(1)),
  description: v.string(),
  type: v.picklist(TICKET_REQUEST_TYPES),
  severity: v.optional(v.picklist(TICKET_SEVERITIES)),
  ip: v.optional(v.string()),
  instance_id: v.optional(v.string()),
  cluster_id: v.optional(v.string()),
});
/** See {@link CreateTicketRequest}. */
export type CreateTicketRequest = v.InferOutput<typeof CreateTicketRequest>;

/** A comment to add to a ticket. */
export const TicketCommentInput = v.strictObject({ body: v.string() });
/** See {@link TicketCommentInput}. */
export type TicketCommentInput = v.InferOutput<typeof TicketCommentInput>;

/**
 * Body of `PATCH /tickets/{ticket_id}`. Applied asynchronously (HTTP 202): re-read the ticket.
 * A retried `comment` may be posted twice.
 */
export const UpdateTicketRequest = v.strictObject({
  status: v.optional(v.literal("solved")),
  severity: v.optional(v.picklist(TICKET_SEVERITIES)),
  comment: v.optional(TicketCommentInput),
});
/** See {@link UpdateTicketRequest}. */
export type UpdateTicketRequest = v.InferOutput<typeof UpdateTicketRequest>;

/** `GET /tickets`: `{"data": {"tickets": [...], "page_token": ...}}`. */
export const ListTicketsResponseBody = dataEnvelope(TicketListResponse);
/** See {@link ListTicketsResponseBody}. */
export type ListTicketsResponseBody = v.InferOutput<typeof ListTicketsResponseBody>;

/** `POST /tickets`: `{"data": TicketCreateResponse}`. */
export const CreateTicketResponseBody = dataEnvelope(TicketCreateResponse);
/** See {@link CreateTicketResponseBody}. */
export type CreateTicketResponseBody = v.InferOutput<typeof CreateTicketResponseBody>;

/** `GET /tickets/{ticket_id}`: `{"data": Ticket}`. */
export const TicketResponseBody = dataEnvelope(Ticket);
/** See {@link TicketResponseBody}. */
export type TicketResponseBody = v.InferOutput<typeof TicketResponseBody>;

/** `PATCH /tickets/{ticket_id}`: HTTP 202 with `{"data": {}}`. */
export const UpdateTicketResponseBody = EmptyResponseBody;
/** See {@link UpdateTicketResponseBody}. */
export type UpdateTicketResponseBody = v.InferOutput<typeof UpdateTicketResponseBody>;
