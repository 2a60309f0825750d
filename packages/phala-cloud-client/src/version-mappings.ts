import type { ApiVersion } from "./api-version";
import type { VersionedResponse } from "./schemas";

// `@phala/cloud`'s names for the version-dependent response types, so type annotations written
// for it keep compiling.

/** `getCurrentUser`'s result for API version `V`. */
export type GetCurrentUserResponse<V extends ApiVersion> = VersionedResponse<V, "currentUser">;
/** `getCvmList`'s result for API version `V`. */
export type GetCvmListResponse<V extends ApiVersion> = VersionedResponse<V, "cvmList">;
/** `getCvmInfo`'s result for API version `V`. */
export type GetCvmInfoResponse<V extends ApiVersion> = VersionedResponse<V, "cvmDetail">;
/** `getAppList`'s result for API version `V`. */
export type GetAppListResponse<V extends ApiVersion> = VersionedResponse<V, "appList">;
/** `getAppInfo`'s result for API version `V`. */
export type GetAppInfoResponse<V extends ApiVersion> = VersionedResponse<V, "appInfo">;
/** `getAppCvms`'s result for API version `V`. */
export type GetAppCvmsResponse<V extends ApiVersion> = VersionedResponse<V, "appCvms">;
