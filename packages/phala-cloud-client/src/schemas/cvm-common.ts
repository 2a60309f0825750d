import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";

/**
 * A CVM's status. The official SDKs type it as a plain string; these are the values seen in their
 * docs and examples, and the fake's lifecycle. The server may report others.
 */
export const CvmStatus = openEnum([
  "creating",
  "starting",
  "running",
  "stopping",
  "stopped",
  "shutting_down",
  "restarting",
  "exited",
  "error",
] as const);
/** See {@link CvmStatus}. */
export type CvmStatus = v.InferOutput<typeof CvmStatus>;

/** How a CVM is billed (2026-01-21 `resource.billing_period`). */
export const BillingPeriod = openEnum(["skip", "hourly", "monthly"] as const);
/** See {@link BillingPeriod}. */
export type BillingPeriod = v.InferOutput<typeof BillingPeriod>;

/** A pair of public URLs of a CVM: the app's and the instance's. */
export const CvmNetworkUrls = v.looseObject({
  /** The app's public URL. */
  app: v.string(),
  /** The instance's public URL. */
  instance: v.string(),
});
/** See {@link CvmNetworkUrls}. */
export type CvmNetworkUrls = {
  [K in keyof v.InferOutput<typeof CvmNetworkUrls>]: v.InferOutput<typeof CvmNetworkUrls>[K];
};
