import type { KyInstance } from "ky";

/** What the transport uses of ky: the default instance and its two error guards. */
export interface KyModule {
  readonly ky: KyInstance;
  readonly isHTTPError: (error: unknown) => error is { response: Response };
  readonly isTimeoutError: (error: unknown) => boolean;
}

let loaded: KyModule | undefined;
let loading: Promise<KyModule> | undefined;

/**
 * ky, loaded at the first request rather than at import. ky's module probes `Request`, `FormData`
 * and request streams when it is evaluated, and in Node the first touch of those globals loads
 * undici (about 35 ms). Deferred, importing a client costs only its own code; the first request
 * pays the undici start-up that any fetch pays once.
 */
export function loadKy(): KyModule | Promise<KyModule> {
  if (loaded) return loaded;
  loading ??= import("./ky-instance.js").then(
    (module) => (loaded = { ky: module.kyInstance, isHTTPError: module.isHTTPError, isTimeoutError: module.isTimeoutError }),
    (error: unknown) => {
      // A failed chunk load (a broken bundle, an offline browser) may be retried by the next request.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
