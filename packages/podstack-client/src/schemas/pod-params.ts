import * as v from "valibot";

/**
 * Filters of `pods.list`. [doc: `pods.list(project_id=, status=)`] The status filter is sent as
 * given, in the query string (`ROUTES["pods.list"].query`) [assumed]; the SDK's examples write it
 * lowercase (`status="running"`), and the fake compares it ignoring case.
 */
export const PodListParams = v.strictObject({
  /** List the pods of this project instead of the client's [doc]. */
  project_id: v.optional(v.pipe(v.string(), v.nonEmpty())),
  /**
   * Only the pods in this status [doc], sent as given in the query string, e.g. `"running"`
   * [assumed].
   */
  status: v.optional(v.pipe(v.string(), v.nonEmpty())),
  /**
   * Only the pods that carry every one of these labels [doc: `pods.list(labels={"team": "ml"})`].
   * Sent as one `labels` query parameter of comma-separated `key=value` pairs, as Kubernetes label
   * selectors are written (`labels=team%3Dml`) [assumed]; so keys and values may not hold `,` or `=`.
   */
  labels: v.optional(
    v.record(
      v.pipe(v.string(), v.nonEmpty(), v.regex(/^[^,=]+$/, "label keys may not contain , or =")),
      v.pipe(v.string(), v.regex(/^[^,=]*$/, "label values may not contain , or =")),
    ),
  ),
});

/**
 * The `labels` query value of `pods.list`: `team=ml,env=prod` [assumed encoding].
 *
 * @example
 * ```ts
 * encodeLabels({ team: "ml", env: "prod" }); // "team=ml,env=prod"
 * ```
 */
export const encodeLabels = (labels: Readonly<Record<string, string>>): string =>
  Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(",");

/** Filters of `pods.list`; see {@link PodListParams}. */
export type PodListParams = {
  [K in keyof v.InferInput<typeof PodListParams>]: v.InferInput<typeof PodListParams>[K];
};

/**
 * Options of `pods.stop` and `pods.delete`. [doc: `force=False`] Sent as the query parameter
 * `force=true` [assumed]. Deleting a running pod needs `force` [doc].
 */
export const PodForceParams = v.strictObject({
  /** `true` forces the stop or the delete; deleting a running pod needs it [doc]. */
  force: v.optional(v.boolean()),
});

/** Options of `pods.stop`; see {@link PodForceParams}. */
export type PodStopParams = {
  [K in keyof v.InferInput<typeof PodForceParams>]: v.InferInput<typeof PodForceParams>[K];
};

/** Options of `pods.delete`; see {@link PodForceParams}. */
export type PodDeleteParams = {
  [K in keyof v.InferInput<typeof PodForceParams>]: v.InferInput<typeof PodForceParams>[K];
};
