import { type RequestOptions, type Transport, pickRequestOptions } from "@cloud-sdk/auth-core";

/** What every resource shares: the client's transport and the time limit of quick calls. */
export interface ResourceContext {
  readonly transport: Transport;
  /** Per-attempt limit for everything but the image calls (status, lists, jobs), in ms. */
  readonly quickTimeout: number;
}

/**
 * The per-call options as the transport takes them, for a quick (non-generation) call: the
 * client's long default timeout is meant for synchronous generation only.
 */
export function quickCallOptions(context: ResourceContext, options: RequestOptions | undefined): RequestOptions {
  const picked = pickRequestOptions(options);
  return { ...picked, timeout: picked.timeout ?? context.quickTimeout };
}

/** Options of the wait helpers (`jobs.wait`, `profiles.waitUntilReady`): auth-core's, shared by every client. */
export type { WaitOptions } from "@cloud-sdk/auth-core";
