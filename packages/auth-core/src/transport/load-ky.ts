import type { KyInstance } from "ky";

let loaded: KyInstance | undefined;
let loading: Promise<KyInstance> | undefined;

/**
 * ky, loaded at the first request rather than at import. ky's module probes `Request`, `FormData`
 * and request streams when it is evaluated, and in Node the first touch of those globals loads
 * undici (about 35 ms). Deferred, importing a client costs only its own code; the first request
 * pays the undici start-up that any fetch pays once.
 */
export function loadKy(): KyInstance | Promise<KyInstance> {
  if (loaded) return loaded;
  loading ??= import("./ky-instance.js").then(
    (module) => (loaded = module.kyInstance),
    (error: unknown) => {
      // A failed chunk load (a broken bundle, an offline browser) may be retried by the next request.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
