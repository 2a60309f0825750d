import * as v from "valibot";
import type { ApiVersion } from "../api-version";
import { AppListV20251028, AppListV20260121, DstackAppV20251028, DstackAppV20260121 } from "./apps";
import { CurrentUserV20251028, CurrentUserV20260121 } from "./current-user";
import { CvmDetailV20251028, CvmInfoV20251028, PaginatedCvmInfosV20251028 } from "./cvm-v20251028";
import { CvmInfoDetailV20260121, CvmInfoV20260121, PaginatedCvmInfosV20260121 } from "./cvm-v20260121";

/**
 * The type of {@link VERSIONED_SCHEMAS}. Written out, so that the published declarations name each
 * schema (`typeof CvmInfoV20260121`) instead of repeating its whole type in every row.
 */
export interface VersionedSchemaTable {
  /** The shapes of API version 2025-10-28: flat user and CVM records, numeric CVM ids. */
  readonly "2025-10-28": {
    /** `GET /auth/me`: the flat user and team record. */
    readonly currentUser: typeof CurrentUserV20251028;
    /** `GET /cvms/paginated`: one page of CVMs. */
    readonly cvmList: typeof PaginatedCvmInfosV20251028;
    /** One CVM of that list. */
    readonly cvmListItem: typeof CvmInfoV20251028;
    /** `GET /cvms/{id}`, also the answer of `updateCvmVisibility`: the flat CVM record. */
    readonly cvmDetail: typeof CvmDetailV20251028;
    /** `GET /apps`: one page of apps. */
    readonly appList: typeof AppListV20251028;
    /** `GET /apps/{appId}`: one app, its CVMs in the 2025-10-28 app shape. */
    readonly appInfo: typeof DstackAppV20251028;
    /** `GET /apps/{appId}/cvms`: the app's CVMs in the list shape. */
    readonly appCvms: v.ArraySchema<typeof CvmInfoV20251028, undefined>;
  };
  /** The shapes of API version 2026-01-21: layered user record, hashed CVM ids, nested CVM resources. */
  readonly "2026-01-21": {
    /** `GET /auth/me`: the `user`, `workspace` and `credits` layers. */
    readonly currentUser: typeof CurrentUserV20260121;
    /** `GET /cvms/paginated`: one page of CVMs. */
    readonly cvmList: typeof PaginatedCvmInfosV20260121;
    /** One CVM of that list. */
    readonly cvmListItem: typeof CvmInfoV20260121;
    /** `GET /cvms/{id}`, also the answer of `updateCvmVisibility`: the list item plus the app compose. */
    readonly cvmDetail: typeof CvmInfoDetailV20260121;
    /** `GET /apps`: one page of apps. */
    readonly appList: typeof AppListV20260121;
    /** `GET /apps/{appId}`: one app, or its id alone when it has no CVM left. */
    readonly appInfo: typeof DstackAppV20260121;
    /** `GET /apps/{appId}/cvms`: the app's CVMs in the list shape. */
    readonly appCvms: v.ArraySchema<typeof CvmInfoV20260121, undefined>;
  };
}

/**
 * The response schemas whose shape depends on `X-Phala-Version`, per supported version:
 * `GET /auth/me`, the CVM list and its items, the CVM detail (also the answer of
 * `updateCvmVisibility`), and the app endpoints that embed CVMs.
 */
export const VERSIONED_SCHEMAS: VersionedSchemaTable = {
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
} satisfies Record<ApiVersion, Record<string, v.GenericSchema>>;

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
