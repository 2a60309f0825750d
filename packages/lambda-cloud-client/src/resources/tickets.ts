import { paginate, type Paginator, type RequestOptions, type Transport, validateInput, validateQuery } from "@cloud-sdk/auth-core";
import {
  CreateTicketRequest,
  ListTicketsQuery,
  UpdateTicketRequest,
  type Ticket,
  type TicketCreateResponse,
} from "../schemas/ticket.js";
import { defineOperation, send } from "./operation.js";
import { TicketAttachments } from "./ticket-attachments.js";

const LIST = defineOperation("tickets.list", "listTickets");
// A repeat after a lost answer opens a second ticket.
const CREATE = defineOperation("tickets.create", "createTicket", { idempotent: false });
const GET = defineOperation("tickets.get", "getTicket");
// Status and severity changes are idempotent; a comment is not (it could be posted twice).
const UPDATE = defineOperation("tickets.update", "updateTicket", { idempotent: true });
const COMMENT = defineOperation("tickets.update", "updateTicket", { idempotent: false });

/**
 * Support tickets (beta: Lambda support must enable access for the account).
 */
export class Tickets {
  readonly #transport: Transport;
  /** Files attached to tickets. */
  readonly attachments: TicketAttachments;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
    this.attachments = new TicketAttachments(transport);
  }

  /**
   * Every ticket matching the filters, fetched a page at a time as you iterate. `GET /tickets`.
   *
   * @example
   * ```ts
   * for await (const ticket of client.tickets.list({ status: ["open", "pending"] })) console.log(ticket.subject);
   * ```
   */
  list(params?: ListTicketsQuery, options?: RequestOptions): Paginator<Ticket, string> {
    const { page_token: firstToken, ...filters } = validateQuery(ListTicketsQuery, params ?? {}, LIST.operation);
    return paginate<Ticket, string>(async (pageToken) => {
      const query = { ...filters, page_token: pageToken ?? firstToken };
      const { data } = await send(this.#transport, LIST, { query }, options);
      return { items: data.tickets, next: data.page_token || undefined };
    }, LIST.operation);
  }

  /**
   * Opens a ticket. Not retried automatically. `POST /tickets`.
   *
   * @example
   * ```ts
   * const ticket = await client.tickets.create({
   *   subject: "Instance unreachable",
   *   description: "SSH times out since 10:00 UTC.",
   *   type: "incident",
   *   severity: "sev_2",
   *   instance_id: "0920582c7ff041399e34823a0be62549",
   * });
   * ```
   */
  async create(params: CreateTicketRequest, options?: RequestOptions): Promise<TicketCreateResponse> {
    const json = validateInput(CreateTicketRequest, params, CREATE.operation);
    return (await send(this.#transport, CREATE, { json }, options)).data;
  }

  /**
   * One ticket, with its comments. `GET /tickets/{ticket_id}`.
   *
   * @example
   * ```ts
   * const ticket = await client.tickets.get("8d2e5c4bb4a64d0f9a7f8e1c2b3a4d5e");
   * ```
   */
  async get(ticketId: string, options?: RequestOptions): Promise<Ticket> {
    return (await send(this.#transport, GET, { pathParams: { ticket_id: ticketId } }, options)).data;
  }

  /**
   * Marks a ticket solved, changes its severity, or adds a comment. Lambda applies it
   * asynchronously (HTTP 202): read the ticket again to see it. Retried automatically only
   * without a comment. `PATCH /tickets/{ticket_id}`.
   *
   * @example
   * ```ts
   * await client.tickets.update("8d2e5c4bb4a64d0f9a7f8e1c2b3a4d5e", { comment: { body: "Fixed after a restart." }, status: "solved" });
   * ```
   */
  async update(ticketId: string, params: UpdateTicketRequest, options?: RequestOptions): Promise<void> {
    const json = validateInput(UpdateTicketRequest, params, UPDATE.operation);
    await send(this.#transport, json.comment === undefined ? UPDATE : COMMENT, { pathParams: { ticket_id: ticketId }, json }, options);
  }
}
