import * as v from "valibot";

/**
 * Wraps a payload schema in Lambda's success envelope, `{"data": <payload>}`.
 *
 * Every successful Lambda Cloud response (except the 1.10.0 audit-events list, which puts
 * `page_token` next to `data`) has this shape. The envelope is loose: the spec marks it
 * `additionalProperties: false`, but Lambda adds fields without bumping the version.
 *
 * @example
 * ```ts
 * const ListRegionsResponseBody = dataEnvelope(v.array(Region));
 * const { data } = v.parse(ListRegionsResponseBody, await response.json());
 * ```
 */
export function dataEnvelope<TPayload extends v.GenericSchema>(payload: TPayload) {
  return v.looseObject({
    /** The payload. Every envelope has this one entry, so this describes `data` of each `...ResponseBody`. */
    data: payload,
  });
}

/**
 * The spec's `EmptyResponse`: the `data` of a DELETE (SSH key, firewall ruleset, fabric
 * partition, ticket attachment) and of `PATCH /tickets/{ticket_id}`, i.e. `{}`.
 */
export const EmptyResponse = v.looseObject({});
/** `{}`; see {@link EmptyResponse}. */
export type EmptyResponse = {
  [K in keyof v.InferOutput<typeof EmptyResponse>]: v.InferOutput<typeof EmptyResponse>[K];
};

/** `{"data": {}}`: the whole body of the operations that return {@link EmptyResponse}. */
export const EmptyResponseBody = dataEnvelope(EmptyResponse);
/** See {@link EmptyResponseBody}. */
export type EmptyResponseBody = {
  [K in keyof v.InferOutput<typeof EmptyResponseBody>]: v.InferOutput<typeof EmptyResponseBody>[K];
};
