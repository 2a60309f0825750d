import type { ApiVersion, DefaultApiVersion } from "./api-version";
import { ClientCore, type ClientContext, contextOf } from "./client-context";
import type { PhalaCloudClientOptions } from "./client-options";
import { contextForVersion, createContext } from "./create-context";
import { type AccountMethods, accountMethods } from "./resources/account";
import { type AllowCheckMethods, allowCheckMethods } from "./resources/allow-checks";
import { type AppDetailMethods, appDetailMethods } from "./resources/app-details";
import { type AppMethods, appMethods } from "./resources/apps";
import { type CatalogMethods, catalogMethods } from "./resources/catalog";
import { type CvmConfigMethods, cvmConfigMethods } from "./resources/cvm-config";
import { type CvmInstanceMethods, cvmInstanceMethods } from "./resources/cvm-instances";
import { type CvmLifecycleMethods, cvmLifecycleMethods } from "./resources/cvm-lifecycle";
import { type CvmPatchMethods, cvmPatchMethods } from "./resources/cvm-patch";
import { type CvmQueryMethods, cvmQueryMethods } from "./resources/cvm-queries";
import { type CvmUpdateMethods, cvmUpdateMethods } from "./resources/cvm-updates";
import { type KmsMethods, kmsMethods } from "./resources/kms";
import { type SshKeyMethods, sshKeyMethods } from "./resources/ssh-keys";
import { type WatchCvmStateMethods, watchCvmStateMethods } from "./resources/watch-cvm-state";
import { type WorkspaceMethods, workspaceMethods } from "./resources/workspaces";
import { safe, type SafeResult } from "./safe";

// The methods live in resources/, one file per resource; the class gets them on its prototype
// (non-enumerable, like methods declared in a class body) and this interface gives their types.
export interface PhalaCloudClient<V extends ApiVersion = DefaultApiVersion>
  extends AccountMethods<V>,
    CvmQueryMethods<V>,
    CvmLifecycleMethods,
    CvmUpdateMethods<V>,
    CvmPatchMethods,
    CvmConfigMethods,
    CvmInstanceMethods,
    WatchCvmStateMethods,
    CatalogMethods,
    KmsMethods,
    AllowCheckMethods,
    WorkspaceMethods,
    AppMethods<V>,
    AppDetailMethods,
    SshKeyMethods {}

/**
 * A Phala Cloud API client for one API version `V`: the response types of the methods whose
 * shapes depend on the version (`getCurrentUser`, `getCvmList`, `getCvmInfo`, the app methods …)
 * follow it. Create one with {@link createClient}. The key is held privately: `console.log`,
 * `util.inspect` and `JSON.stringify` of a client never show it.
 *
 * @example
 * ```ts
 * const client = createClient();
 * const me = await client.getCurrentUser();
 * for await (const cvm of client.cvms()) console.log(cvm.name, cvm.status);
 * ```
 */
export class PhalaCloudClient<V extends ApiVersion = DefaultApiVersion> extends ClientCore {
  /** The API version sent as `X-Phala-Version` and used to validate responses. */
  readonly version: V;
  /** The base URL requests go to, without a trailing slash. */
  readonly baseURL: string;

  /** @internal Use {@link createClient}; this constructor takes the client's internal setup. */
  constructor(context: ClientContext) {
    super(context);
    this.version = context.version as V;
    this.baseURL = context.transport.baseURL;
  }

  static {
    for (const methods of [
      accountMethods,
      cvmQueryMethods,
      cvmLifecycleMethods,
      cvmUpdateMethods,
      cvmPatchMethods,
      cvmConfigMethods,
      cvmInstanceMethods,
      watchCvmStateMethods,
      catalogMethods,
      kmsMethods,
      allowCheckMethods,
      workspaceMethods,
      appMethods,
      appDetailMethods,
      sshKeyMethods,
    ]) {
      for (const [name, value] of Object.entries(methods)) {
        Object.defineProperty(this.prototype, name, { value, writable: true, configurable: true, enumerable: false });
      }
    }
  }

  /**
   * A client for another API version, sharing this one's key, headers, fetch and settings (the
   * environment is not read again). A version that is not a `YYYY-MM-DD` date is refused with a
   * `ConfigurationError`; one this SDK does not know is read in `responseValidation: "warn"` mode
   * unless the client's option is set (see the `version` option).
   *
   * @example
   * ```ts
   * const legacy = client.withVersion("2025-10-28");
   * const { team_name } = await legacy.getCurrentUser();
   * ```
   */
  withVersion<W extends ApiVersion>(version: W): PhalaCloudClient<W> {
    return new PhalaCloudClient<W>(contextForVersion(contextOf(this), version));
  }

  /**
   * Awaits a call and answers `{ success: true, data }` or `{ success: false, error }` instead of
   * throwing, for code ported from `@phala/cloud`'s `safeXxx` methods. Same as the exported `safe`.
   *
   * @example
   * ```ts
   * const result = await client.safe(client.getCvmInfo({ name: "my-web-app" }));
   * if (!result.success) console.error(result.error.message);
   * ```
   */
  safe<T>(call: PromiseLike<T>): Promise<SafeResult<T>> {
    return safe(call);
  }
}

/**
 * Creates a Phala Cloud API client. The key is the `apiKey` option, else `PHALA_CLOUD_API_KEY`;
 * the base URL is `baseURL`, else `PHALA_CLOUD_API_PREFIX`, else `https://cloud-api.phala.com/api/v1`.
 * Both variables are read now, once. Without a key (and without `useCookieAuth`) it throws a
 * `MissingCredentialError` saying where it looked.
 *
 * @example
 * ```ts
 * import { createClient } from "@cloud-sdk/phala-cloud-client";
 *
 * const client = createClient({ apiKey: process.env.PHALA_CLOUD_API_KEY });
 * const cvm = await client.getCvmInfo({ name: "my-web-app" });
 * ```
 */
export function createClient<V extends ApiVersion = DefaultApiVersion>(options: PhalaCloudClientOptions<V> = {}): PhalaCloudClient<V> {
  return new PhalaCloudClient<V>(createContext(options));
}
