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
  "2025-10-28": {
    currentUser: CurrentUserV20251028,
    cvmList: PaginatedCvmInfosV20251028,
    cvmListItem: CvmInfoV20251028,
    cvmDetail: CvmDetailV20251028,
    appList: AppListV20251028,
    appInfo: DstackAppV20251028,
    appCvms: v.array(CvmInfoV20251028),
  },
  "2026-01-21": {
    currentUser: CurrentUserV20260121,
    cvmList: PaginatedCvmInfosV20260121,
    cvmListItem: CvmInfoV20260121,
    cvmDetail: CvmInfoDetailV20260121,
    appList: AppListV20260121,
    appInfo: DstackAppV20260121,
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
