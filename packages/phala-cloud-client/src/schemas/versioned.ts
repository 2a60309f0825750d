import * as v from "valibot";
import type { ApiVersion } from "../api-version";
import { AppListV20251028, AppListV20260121, DstackAppV20251028, DstackAppV20260121 } from "./apps";
import { CurrentUserV20251028, CurrentUserV20260121 } from "./current-user";
import { CvmDetailV20251028, CvmInfoV20251028, PaginatedCvmInfosV20251028 } from "./cvm-v20251028";
import { CvmInfoDetailV20260121, CvmInfoV20260121, PaginatedCvmInfosV20260121 } from "./cvm-v20260121";

/**
 * The response schemas whose shape depends on `X-Phala-Version`, per supported version:
 * `GET /auth/me`, the CVM list and its items, the CVM detail (also the answer of
 * `updateCvmVisibility`), and the app endpoints that embed CVMs.
 */
export const VERSIONED_SCHEMAS = {
  /** The shapes of API version 2025-10-28: flat user and CVM records, numeric CVM ids. */
  "2025-10-28": {
    /** `GET /auth/me`: the flat user and team record. */
    currentUser: CurrentUserV20251028,
    /** `GET /cvms/paginated`: one page of CVMs. */
    cvmList: PaginatedCvmInfosV20251028,
    /** One CVM of that list. */
    cvmListItem: CvmInfoV20251028,
    /** `GET /cvms/{id}`, also the answer of `updateCvmVisibility`: the flat CVM record. */
    cvmDetail: CvmDetailV20251028,
    /** `GET /apps`: one page of apps. */
    appList: AppListV20251028,
    /** `GET /apps/{appId}`: one app, its CVMs in the 2025-10-28 app shape. */
    appInfo: DstackAppV20251028,
    /** `GET /apps/{appId}/cvms`: the app's CVMs in the list shape. */
    appCvms: v.array(CvmInfoV20251028),
  },
  /** The shapes of API version 2026-01-21: layered user record, hashed CVM ids, nested CVM resources. */
  "2026-01-21": {
    /** `GET /auth/me`: the `user`, `workspace` and `credits` layers. */
    currentUser: CurrentUserV20260121,
    /** `GET /cvms/paginated`: one page of CVMs. */
    cvmList: PaginatedCvmInfosV20260121,
    /** One CVM of that list. */
    cvmListItem: CvmInfoV20260121,
    /** `GET /cvms/{id}`, also the answer of `updateCvmVisibility`: the list item plus the app compose. */
    cvmDetail: CvmInfoDetailV20260121,
    /** `GET /apps`: one page of apps. */
    appList: AppListV20260121,
    /** `GET /apps/{appId}`: one app, or its id alone when it has no CVM left. */
    appInfo: DstackAppV20260121,
    /** `GET /apps/{appId}/cvms`: the app's CVMs in the list shape. */
    appCvms: v.array(CvmInfoV20260121),
  },
} as const satisfies Record<ApiVersion, Record<string, v.GenericSchema>>;

/** The versioned schemas of one version. */
export type VersionedSchemas<V extends ApiVersion> = (typeof VERSIONED_SCHEMAS)[V];

/** The name of a versioned response: `currentUser`, `cvmList`, `cvmDetail`, … */
export type VersionedResponseName = keyof VersionedSchemas<ApiVersion>;

/**
 * The parsed type of a versioned response for version `V`.
 *
 * @example
 * ```ts
 * type Me = VersionedResponse<"2025-10-28", "currentUser">; // the flat 2025-10-28 shape
 * ```
 */
export type VersionedResponse<V extends ApiVersion, K extends VersionedResponseName> = v.InferOutput<
  VersionedSchemas<V>[K]
>;

/**
 * Picks the response schemas for an API version.
 *
 * @example
 * ```ts
 * const me = v.parse(schemasForVersion("2025-10-28").currentUser, body);
 * me.team_name;
 * ```
 */
export function schemasForVersion<V extends ApiVersion>(version: V): VersionedSchemas<V> {
  return VERSIONED_SCHEMAS[version];
}
