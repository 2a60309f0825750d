import * as v from "valibot";
import { openEnum } from "@cloud-sdk/auth-core";
import { dataEnvelope } from "./envelope.js";

/**
 * A region code such as `us-west-1`. The known values are 1.8.3's `PublicRegionCode` enum;
 * 1.10.0 made it a plain string because the list changes, so unknown codes are accepted.
 */
export const RegionName = openEnum([
  "europe-central-1",
  "asia-south-1",
  "australia-east-1",
  "me-west-1",
  "asia-northeast-1",
  "asia-northeast-2",
  "us-east-1",
  "us-west-2",
  "us-west-1",
  "us-south-1",
  "us-west-3",
  "us-midwest-1",
  "us-east-2",
  "us-south-2",
  "us-south-3",
  "us-east-3",
  "us-midwest-2",
] as const);
/** See {@link RegionName}. */
export type RegionName = v.InferOutput<typeof RegionName>;

/**
 * A region: its code and a human description.
 *
 * @example
 * ```json
 * { "name": "us-west-1", "description": "California, USA" }
 * ```
 */
export const Region = v.looseObject({
  /** The region code, e.g. `us-west-1`. */
  name: RegionName,
  /** Where the region is, e.g. `California, USA`. */
  description: v.string(),
});
/** See {@link Region}. */
export type Region = { [K in keyof v.InferOutput<typeof Region>]: v.InferOutput<typeof Region>[K] };

/** `GET /regions` (new in 1.10.0): `{"data": Region[]}`. */
export const ListRegionsResponseBody = dataEnvelope(v.array(Region));
/** See {@link ListRegionsResponseBody}. */
export type ListRegionsResponseBody = {
  [K in keyof v.InferOutput<typeof ListRegionsResponseBody>]: v.InferOutput<typeof ListRegionsResponseBody>[K];
};
