import * as v from "valibot";

const PositiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * Query of `getCvmList`: `GET /cvms/paginated`. Strict, as in the official SDK. `node_id`,
 * `teepod_id` and `user_id` are filters 0.2.9 sends; newer servers may reject them.
 */
export const GetCvmListRequest = v.strictObject({
  /** The page to return, counted from 1. */
  page: v.optional(PositiveInt),
  /** How many CVMs per page. */
  page_size: v.optional(PositiveInt),
  /** Only the CVMs on this node; newer servers may reject this filter. */
  node_id: v.optional(PositiveInt),
  /** Only the CVMs on this teepod (node); newer servers may reject this filter. */
  teepod_id: v.optional(PositiveInt),
  /** Only the CVMs of this user; newer servers may reject this filter. */
  user_id: v.optional(v.string()),
});
/** See {@link GetCvmListRequest}. */
export type GetCvmListRequest = {
  [K in keyof v.InferInput<typeof GetCvmListRequest>]: v.InferInput<typeof GetCvmListRequest>[K];
};
