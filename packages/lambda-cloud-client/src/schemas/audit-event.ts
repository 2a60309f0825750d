import * as v from "valibot";

/**
 * One audit event. LRNs are Lambda Resource Names, e.g. `lrn:cloud:api_key:<hex>`; the full
 * event catalog is at docs.lambda.ai/public-cloud/access-security#audit-logs.
 */
export const AuditEvent = v.looseObject({
  service_name: v.string(),
  resource_name: v.string(),
  action: v.string(),
  catalog_version: v.string(),
  event_id: v.string(),
  event_time: v.string(),
  actor_lrn: v.nullable(v.string()),
  resource_lrns: v.array(v.string()),
  resource_owner_lrn: v.nullable(v.string()),
  request_api_key_lrn: v.nullable(v.string()),
  /** Event-specific; the keys vary by event type. */
  additional_details: v.record(v.string(), v.unknown()),
});
/** See {@link AuditEvent}. */
export type AuditEvent = v.InferOutput<typeof AuditEvent>;

/**
 * Query of `GET /audit-events`; every field is optional. `start` and `end` are inclusive
 * ISO 8601 timestamps; `resource_type` is e.g. `cloud.api_key`; `page_token` comes from the
 * previous page.
 */
export const AuditEventsQuery = v.strictObject({
  start: v.optional(v.string()),
  end: v.optional(v.string()),
  page_token: v.optional(v.string()),
  resource_type: v.optional(v.string()),
});
/** See {@link AuditEventsQuery}. */
export type AuditEventsQuery = v.InferOutput<typeof AuditEventsQuery>;

/** The 1.10.0 shape: `{"data": AuditEvent[], "page_token": string | null}`, token at the top. */
export const AuditEventsResponseBodyV1_10 = v.looseObject({
  data: v.array(AuditEvent),
  page_token: v.nullable(v.string()),
});
/** See {@link AuditEventsResponseBodyV1_10}. */
export type AuditEventsResponseBodyV1_10 = v.InferOutput<typeof AuditEventsResponseBodyV1_10>;

/** The 1.8.3 page (`AuditEventsPage`): `{ events, page_token }`, found inside `data`. */
export const AuditEventsPage = v.looseObject({
  events: v.array(AuditEvent),
  page_token: v.nullable(v.string()),
});
/** See {@link AuditEventsPage}. */
export type AuditEventsPage = v.InferOutput<typeof AuditEventsPage>;

/** The 1.8.3 shape: `{"data": {"events": AuditEvent[], "page_token": string | null}}`. */
export const AuditEventsResponseBodyV1_8 = v.looseObject({ data: AuditEventsPage });
/** See {@link AuditEventsResponseBodyV1_8}. */
export type AuditEventsResponseBodyV1_8 = v.InferOutput<typeof AuditEventsResponseBodyV1_8>;

/**
 * `GET /audit-events` in either documented shape. Which one the server sends today is
 * unverified, so both are accepted; use {@link toAuditEventsPage} to read them alike.
 */
export const AuditEventsResponseBody = v.union([AuditEventsResponseBodyV1_10, AuditEventsResponseBodyV1_8]);
/** See {@link AuditEventsResponseBody}. */
export type AuditEventsResponseBody = v.InferOutput<typeof AuditEventsResponseBody>;

/**
 * Normalises either audit-events shape to `{ events, page_token }`.
 *
 * @example
 * ```ts
 * const page = toAuditEventsPage(v.parse(AuditEventsResponseBody, await res.json()));
 * for (const event of page.events) console.log(event.event_time, event.action);
 * if (page.page_token !== null) fetchNext(page.page_token);
 * ```
 */
export function toAuditEventsPage(body: AuditEventsResponseBody): AuditEventsPage {
  if (isV1_10(body)) return { events: body.data, page_token: body.page_token };
  return { events: body.data.events, page_token: body.data.page_token };
}

function isV1_10(body: AuditEventsResponseBody): body is AuditEventsResponseBodyV1_10 {
  return Array.isArray(body.data);
}
