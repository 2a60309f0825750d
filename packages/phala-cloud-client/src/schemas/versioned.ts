import * as v from "valibot";
import { type ApiVersion, isSupportedApiVersion, type KnownApiVersion, NEWEST_KNOWN_API_VERSION } from "../api-version";
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
  /**
   * The shapes of API version 2026-05-22: those of 2026-01-21. The Python SDK's `CvmInfoV20260522`
   * has the fields of its `CvmInfoV20260121`; the differences it shows are in endpoints this client
   * reads with version-independent schemas (the VM record's `id` becomes a hashed string).
   */
  readonly "2026-05-22": VersionedSchemaTable["2026-01-21"];
  /**
   * The shapes of API version 2026-06-23: those of 2026-05-22. `GET /kms` lists KMS contracts from
   * this version, so `getKmsList` asks it with 2026-05-22, as the Python SDK does.
   */
  readonly "2026-06-23": VersionedSchemaTable["2026-01-21"];
}

// 2026-01-21's schemas, also those of 2026-05-22 and 2026-06-23 (see VersionedSchemaTable).
const V20260121: VersionedSchemaTable["2026-01-21"] = {
  currentUser: CurrentUserV20260121,
  cvmList: PaginatedCvmInfosV20260121,
  cvmListItem: CvmInfoV20260121,
  cvmDetail: CvmInfoDetailV20260121,
  appList: AppListV20260121,
  appInfo: DstackAppV20260121,
  appCvms: v.array(CvmInfoV20260121),
};

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
  "2026-01-21": V20260121,
  "2026-05-22": V20260121,
  "2026-06-23": V20260121,
} satisfies Record<KnownApiVersion, Record<string, v.GenericSchema>>;

/**
 * The versioned schemas of one version; a version this client does not know gets the newest known
 * version's schemas (its responses are then validated in "warn" mode unless the option is set).
 */
export type VersionedSchemas<V extends ApiVersion> = V extends KnownApiVersion
  ? VersionedSchemaTable[V]
  : VersionedSchemaTable[typeof NEWEST_KNOWN_API_VERSION];

/** The name of a versioned response: `currentUser`, `cvmList`, `cvmDetail`, … */
export type VersionedResponseName = keyof VersionedSchemaTable[KnownApiVersion];

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
  const known: KnownApiVersion = isSupportedApiVersion(version) ? version : NEWEST_KNOWN_API_VERSION;
  return VERSIONED_SCHEMAS[known] as VersionedSchemas<V>;
}
