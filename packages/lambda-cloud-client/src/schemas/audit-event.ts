import * as v from "valibot";

/**
 * One audit event. LRNs are Lambda Resource Names, e.g. `lrn:cloud:api_key:<hex>`; the full
 * event catalog is at docs.lambda.ai/public-cloud/access-security#audit-logs.
 */
export const AuditEvent = v.looseObject({
  /** The service the action was performed in, e.g. `cloud`. */
  service_name: v.string(),
  /** The type of resource affected, e.g. `api_key`. */
  resource_name: v.string(),
  /** What was done, e.g. `created`. */
  action: v.string(),
  /** The version of the event catalog this event follows. */
  catalog_version: v.string(),
  /** The event's unique id. */
  event_id: v.string(),
  /** When the event happened: a UTC ISO 8601 timestamp. */
  event_time: v.string(),
  /** The LRN of who acted; `null` when no actor is recorded. */
  actor_lrn: v.nullable(v.string()),
  /** The LRNs of the affected resources. */
  resource_lrns: v.array(v.string()),
  /** The LRN of the account that owns the affected resources; `null` when none is recorded. */
  resource_owner_lrn: v.nullable(v.string()),
  /** The LRN of the API key the request was authenticated with; `null` for requests made without one. */
  request_api_key_lrn: v.nullable(v.string()),
  /** Event-specific; the keys vary by event type. */
  additional_details: v.record(v.string(), v.unknown()),
});
/** See {@link AuditEvent}. */
export type AuditEvent = {
  [K in keyof v.InferOutput<typeof AuditEvent>]: v.InferOutput<typeof AuditEvent>[K];
};

/**
 * Query of `GET /audit-events`; every field is optional. `start` and `end` are inclusive
 * ISO 8601 timestamps; `resource_type` is e.g. `cloud.api_key`; `page_token` comes from the
 * previous page.
 */
export const AuditEventsQuery = v.strictObject({
  /** Earliest event time to return (inclusive, ISO 8601); omitted: from the earliest event kept. */
  start: v.optional(v.string()),
  /** Latest event time to return (inclusive, ISO 8601); omitted: up to the most recent event. */
  end: v.optional(v.string()),
  /** The `page_token` of the previous page, to get the next one. */
  page_token: v.optional(v.string()),
  /** Only events about this resource type, e.g. `cloud.api_key`; omitted: every type. */
  resource_type: v.optional(v.string()),
});
/** See {@link AuditEventsQuery}. */
export type AuditEventsQuery = {
  [K in keyof v.InferOutput<typeof AuditEventsQuery>]: v.InferOutput<typeof AuditEventsQuery>[K];
};

/** The 1.10.0 shape: `{"data": AuditEvent[], "page_token": string | null}`, token at the top. */
export const AuditEventsResponseBodyV1_10 = v.looseObject({
  /** The events of this page. */
  data: v.array(AuditEvent),
  /** Pass it as `page_token` to get the next page; `null` on the last page. */
  page_token: v.nullable(v.string()),
});
/** See {@link AuditEventsResponseBodyV1_10}. */
export type AuditEventsResponseBodyV1_10 = {
  [K in keyof v.InferOutput<typeof AuditEventsResponseBodyV1_10>]: v.InferOutput<typeof AuditEventsResponseBodyV1_10>[K];
};

/** The 1.8.3 page (`AuditEventsPage`): `{ events, page_token }`, found inside `data`. */
export const AuditEventsPage = v.looseObject({
  /** The events of this page. */
  events: v.array(AuditEvent),
  /** Pass it as `page_token` to get the next page; `null` on the last page. */
  page_token: v.nullable(v.string()),
});
/** See {@link AuditEventsPage}. */
export type AuditEventsPage = {
  [K in keyof v.InferOutput<typeof AuditEventsPage>]: v.InferOutput<typeof AuditEventsPage>[K];
};

/** The 1.8.3 shape: `{"data": {"events": AuditEvent[], "page_token": string | null}}`. */
export const AuditEventsResponseBodyV1_8 = v.looseObject({
  /** The page, nested one level deeper than in 1.10.0. */
  data: AuditEventsPage,
});
/** See {@link AuditEventsResponseBodyV1_8}. */
export type AuditEventsResponseBodyV1_8 = {
  [K in keyof v.InferOutput<typeof AuditEventsResponseBodyV1_8>]: v.InferOutput<typeof AuditEventsResponseBodyV1_8>[K];
};

/**
 * `GET /audit-events` in either documented shape. Which one the server sends today is
 * unverified, so both are accepted; use {@link toAuditEventsPage} to read them alike.
 */
export const AuditEventsResponseBody = v.union([AuditEventsResponseBodyV1_10, AuditEventsResponseBodyV1_8]);
/** See {@link AuditEventsResponseBody}. */
export type AuditEventsResponseBody = AuditEventsResponseBodyV1_10 | AuditEventsResponseBodyV1_8;

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
