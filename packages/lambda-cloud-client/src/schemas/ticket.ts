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
export const TicketComment = v.looseObject({
  /** The comment's text. */
  body: v.string(),
  /** Who wrote the comment. */
  author: v.string(),
  /** When the comment was written (ISO 8601). */
  created_at: DateTimeString,
});
/** See {@link TicketComment}. */
export type TicketComment = {
  [K in keyof v.InferOutput<typeof TicketComment>]: v.InferOutput<typeof TicketComment>[K];
};

/** A support ticket (beta: access must be enabled by Lambda support). */
export const Ticket = v.looseObject({
  /** The ticket's unique id, used in `/tickets/{ticket_id}`. */
  id: v.string(),
  /** A short summary of the issue. */
  subject: v.string(),
  /** The text the ticket was opened with. */
  description: v.string(),
  /** The kind of ticket. */
  type: v.optional(TicketType),
  /** Omitted unless the ticket is an `incident`. */
  severity: v.optional(TicketSeverity),
  /** Where the ticket stands. */
  status: TicketStatus,
  /** The ticketing system the ticket lives in, e.g. `zendesk`. */
  external_ticket_provider: v.optional(v.string()),
  /** The ticket's id in that system. */
  external_ticket_id: v.optional(v.string()),
  /** When the ticket was opened (ISO 8601). */
  created_at: DateTimeString,
  /** When the ticket last changed (ISO 8601). */
  updated_at: v.optional(DateTimeString),
  /** When the ticket was resolved (ISO 8601). */
  resolved_at: v.optional(DateTimeString),
  /** The ticket's full comment history. */
  comments: v.array(TicketComment),
});
/** See {@link Ticket}. */
export type Ticket = { [K in keyof v.InferOutput<typeof Ticket>]: v.InferOutput<typeof Ticket>[K] };

/** The `data` of `GET /tickets`; its `page_token` is `null` on the last page. */
export const TicketListResponse = v.looseObject({
  /** The tickets of this page. */
  tickets: v.array(Ticket),
  /** Pass it as `page_token` to get the next page; `null` on the last page. */
  page_token: v.nullable(v.string()),
});
/** See {@link TicketListResponse}. */
export type TicketListResponse = {
  [K in keyof v.InferOutput<typeof TicketListResponse>]: v.InferOutput<typeof TicketListResponse>[K];
};

/** The `data` of `POST /tickets`. */
export const TicketCreateResponse = v.looseObject({
  /** The new ticket's id, used in `/tickets/{ticket_id}`. */
  id: v.string(),
  /** The ticketing system the ticket lives in, e.g. `zendesk`. */
  external_ticket_provider: v.optional(v.string()),
  /** The ticket's id in that system. */
  external_ticket_id: v.optional(v.string()),
  /** Where the ticket stands. */
  status: TicketStatus,
  /** The kind of ticket. */
  type: TicketType,
  /** The severity; omitted unless the ticket is an `incident`. */
  severity: v.optional(TicketSeverity),
  /** When the ticket was opened (ISO 8601). */
  created_at: DateTimeString,
});
/** See {@link TicketCreateResponse}. */
export type TicketCreateResponse = {
  [K in keyof v.InferOutput<typeof TicketCreateResponse>]: v.InferOutput<typeof TicketCreateResponse>[K];
};

/** Query of `GET /tickets`; the array filters are sent as repeated parameters. */
export const ListTicketsQuery = v.strictObject({
  /** Only tickets in one of these statuses. */
  status: v.optional(v.array(v.picklist(TICKET_STATUSES))),
  /** Only tickets of one of these types. */
  type: v.optional(v.array(v.picklist(TICKET_TYPES))),
  /** Only tickets of one of these severities. */
  severity: v.optional(v.array(v.picklist(TICKET_SEVERITIES))),
  /** The timestamp to sort by. */
  order_by: v.optional(v.picklist(["created_at", "updated_at"])),
  /** Ascending or descending order. */
  direction: v.optional(v.picklist(["asc", "desc"])),
  /** The `page_token` of the previous page, to get the next one. */
  page_token: v.optional(v.string()),
});
/** See {@link ListTicketsQuery}. */
export type ListTicketsQuery = {
  [K in keyof v.InferOutput<typeof ListTicketsQuery>]: v.InferOutput<typeof ListTicketsQuery>[K];
};

/** Body of `POST /tickets`. */
export const CreateTicketRequest = v.strictObject({
  /** A short summary of the issue (not empty). */
  subject: v.pipe(v.string(), v.minLength(1)),
  /** The full description; it also appears as the ticket's first comment. */
  description: v.string(),
  /** An `incident` (something is broken) or a `service_request`. */
  type: v.picklist(TICKET_REQUEST_TYPES),
  /** Required for an `incident`; not allowed for a `service_request` (checked by Lambda, not here). */
  severity: v.optional(v.picklist(TICKET_SEVERITIES)),
  /** The IP address of the affected node. */
  ip: v.optional(v.string()),
  /** The id of the affected on-demand instance. */
  instance_id: v.optional(v.string()),
  /** The id of the affected 1-Click Cluster or Supercluster. */
  cluster_id: v.optional(v.string()),
});
/** See {@link CreateTicketRequest}. */
export type CreateTicketRequest = {
  [K in keyof v.InferOutput<typeof CreateTicketRequest>]: v.InferOutput<typeof CreateTicketRequest>[K];
};

/** A comment to add to a ticket. */
export const TicketCommentInput = v.strictObject({
  /** The text of the comment. */
  body: v.string(),
});
/** See {@link TicketCommentInput}. */
export type TicketCommentInput = {
  [K in keyof v.InferOutput<typeof TicketCommentInput>]: v.InferOutput<typeof TicketCommentInput>[K];
};

/**
 * Body of `PATCH /tickets/{ticket_id}`. Applied asynchronously (HTTP 202): re-read the ticket.
 * A retried `comment` may be posted twice.
 */
export const UpdateTicketRequest = v.strictObject({
  /** `"solved"` closes the ticket; it is the only status a client can set. */
  status: v.optional(v.literal("solved")),
  /** The new severity. */
  severity: v.optional(v.picklist(TICKET_SEVERITIES)),
  /** A comment to add. */
  comment: v.optional(TicketCommentInput),
});
/** See {@link UpdateTicketRequest}. */
export type UpdateTicketRequest = {
  [K in keyof v.InferOutput<typeof UpdateTicketRequest>]: v.InferOutput<typeof UpdateTicketRequest>[K];
};

/** `GET /tickets`: `{"data": {"tickets": [...], "page_token": ...}}`. */
export const ListTicketsResponseBody = dataEnvelope(TicketListResponse);
/** See {@link ListTicketsResponseBody}. */
export type ListTicketsResponseBody = {
  [K in keyof v.InferOutput<typeof ListTicketsResponseBody>]: v.InferOutput<typeof ListTicketsResponseBody>[K];
};

/** `POST /tickets`: `{"data": TicketCreateResponse}`. */
export const CreateTicketResponseBody = dataEnvelope(TicketCreateResponse);
/** See {@link CreateTicketResponseBody}. */
export type CreateTicketResponseBody = {
  [K in keyof v.InferOutput<typeof CreateTicketResponseBody>]: v.InferOutput<typeof CreateTicketResponseBody>[K];
};

/** `GET /tickets/{ticket_id}`: `{"data": Ticket}`. */
export const TicketResponseBody = dataEnvelope(Ticket);
/** See {@link TicketResponseBody}. */
export type TicketResponseBody = {
  [K in keyof v.InferOutput<typeof TicketResponseBody>]: v.InferOutput<typeof TicketResponseBody>[K];
};

/** `PATCH /tickets/{ticket_id}`: HTTP 202 with `{"data": {}}`. */
export const UpdateTicketResponseBody = EmptyResponseBody;
/** See {@link UpdateTicketResponseBody}. */
export type UpdateTicketResponseBody = {
  [K in keyof v.InferOutput<typeof UpdateTicketResponseBody>]: v.InferOutput<typeof UpdateTicketResponseBody>[K];
};
