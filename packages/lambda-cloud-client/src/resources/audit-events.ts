import { paginate, type Paginator, type RequestOptions, type Transport, validateQuery } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { toAuditEventsPage, type AuditEvent } from "../schemas/audit-event.js";
import { defineOperation, send } from "./operation.js";

const LIST = defineOperation("auditEvents.list", "getAuditEvents");

// A Date is sent as ISO 8601; an invalid Date is refused before anything is sent.
const Timestamp = v.union([v.pipe(v.string(), v.minLength(1)), v.pipe(v.date(), v.transform((date) => date.toISOString()))]);
const ListArguments = v.strictObject({
  start: v.optional(Timestamp),
  end: v.optional(Timestamp),
  resource_type: v.optional(v.pipe(v.string(), v.minLength(1))),
  page_token: v.optional(v.pipe(v.string(), v.minLength(1))),
});

/** Filters of {@link AuditEvents.list}; every one is optional. */
export interface ListAuditEventsParams {
  /** First moment, inclusive: an ISO 8601 timestamp or a Date. Default: the earliest event. */
  start?: string | Date | undefined;
  /** Last moment, inclusive: an ISO 8601 timestamp or a Date. Default: the latest event. */
  end?: string | Date | undefined;
  /** Only events of this resource type, e.g. `cloud.api_key`. Default: all. */
  resource_type?: string | undefined;
  /** Resume from this page (a `next` of `pages()`) instead of the first. */
  page_token?: string | undefined;
}

/** The account's audit log. */
export class AuditEvents {
  readonly #transport: Transport;

  /** @internal Created by `LambdaCloudClient`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Every audit event matching the filters, oldest first, fetched a page at a time as you iterate
   * (following `page_token`). Both documented response shapes (1.10.0 and 1.8.3) are read.
   * `GET /audit-events`.
   *
   * @example
   * ```ts
   * for await (const event of client.auditEvents.list({ resource_type: "cloud.api_key", start: new Date("2026-01-01") })) {
   *   console.log(event.event_time, event.action, event.actor_lrn);
   * }
   * const lastTen = (await client.auditEvents.list().toArray()).slice(-10);
   * ```
   */
  list(params?: ListAuditEventsParams, options?: RequestOptions): Paginator<AuditEvent, string> {
    // Checked now, so bad filters throw here rather than at the first iteration.
    const { page_token: firstToken, ...filters } = validateQuery(ListArguments, params ?? {}, LIST.operation);
    return paginate<AuditEvent, string>(async (pageToken) => {
      const query = { ...filters, page_token: pageToken ?? firstToken };
      const page = toAuditEventsPage(await send(this.#transport, LIST, { query }, options));
      // An empty token is read as "no more pages", like null.
      return { items: page.events, next: page.page_token || undefined };
    }, LIST.operation);
  }
}
