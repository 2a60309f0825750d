import * as v from "valibot";

const PositiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * Query of `getCvmList`: `GET /cvms/paginated`. Strict, as in the official SDK. `node_id`,
 * `teepod_id` and `user_id` are filters 0.2.9 sends; newer servers may reject them.
 */
export const GetCvmListRequest = v.strictObject({
  page: v.optional(PositiveInt),
  page_size: v.optional(PositiveInt),
  node_id: v.optional(PositiveInt),
  teepod_id: v.optional(PositiveInt),
  user_id: v.optional(v.string()),
});
/** See {@link GetCvmListRequest}. */
export type GetCvmListRequest = v.InferInput<typeof GetCvmListRequest>;
