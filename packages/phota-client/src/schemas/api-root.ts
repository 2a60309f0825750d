import * as v from "valibot";

/**
 * Answer of `GET /v1/phota/`, which the auth guide uses to try a key. Its body is not documented,
 * so any object is accepted; only the status code says whether the key works.
 */
export const ApiRootResponse = v.looseObject({});
/** A parsed root answer. */
export type ApiRootResponse = {
  [K in keyof v.InferOutput<typeof ApiRootResponse>]: v.InferOutput<typeof ApiRootResponse>[K];
};
