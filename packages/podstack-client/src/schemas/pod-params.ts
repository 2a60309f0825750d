import * as v from "valibot";

/**
 * Filters of `pods.list`. [doc: `pods.list(project_id=, status=)`] The status filter is sent as
 * given, in the query string (`ROUTES["pods.list"].query`) [assumed]; the SDK's examples write it
 * lowercase (`status="running"`), and the fake compares it ignoring case.
 */
export const PodListParams = v.strictObject({
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
  status: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

/** Filters of `pods.list`. */
export type PodListParams = v.InferInput<typeof PodListParams>;

/**
 * Options of `pods.stop` and `pods.delete`. [doc: `force=False`] Sent as the query parameter
 * `force=true` [assumed]. Deleting a running pod needs `force` [doc].
 */
export const PodForceParams = v.strictObject({
  force: v.optional(v.boolean()),
});

/** Options of `pods.stop`. */
export type PodStopParams = v.InferInput<typeof PodForceParams>;

/** Options of `pods.delete`. */
export type PodDeleteParams = v.InferInput<typeof PodForceParams>;
