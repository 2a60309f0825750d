import * as v from "valibot";
import { CvmStatus } from "./cvm-common";
import { CvmInfoV20260121, UserRef, WorkspaceRef } from "./cvm-v20260121";
import { MachineInfoV20251028 } from "./cvm-v20251028";

/** Optional public profile of an app. */
export const AppProfile = v.looseObject({
  display_name: v.nullish(v.string()),
  avatar_url: v.nullish(v.string()),
  description: v.nullish(v.string()),
  custom_domain: v.nullish(v.string()),
});
/** See {@link AppProfile}. */
export type AppProfile = v.InferOutput<typeof AppProfile>;

/** A CVM as the 2025-10-28 app shapes embed it (memory in MB, disk in GB). */
export const CvmBasicInfoV20251028 = v.looseObject({
  vm_uuid: v.nullable(v.string()),
  app_id: v.string(),
  name: v.optional(v.string()),
  status: CvmStatus,
  vcpu: v.number(),
  memory: v.number(),
  disk_size: v.number(),
  teepod_id: v.number(),
  teepod_name: v.string(),
  region_identifier: v.nullish(v.string()),
  kms_type: v.nullish(v.string()),
  instance_type: v.nullish(v.string()),
  listed: v.nullish(v.boolean()),
  base_image: v.nullish(v.string()),
  kms_slug: v.nullish(v.string()),
  kms_id: v.nullish(v.string()),
  instance_id: v.nullish(v.string()),
  machine_info: v.nullish(MachineInfoV20251028),
  updated_at: v.nullish(v.string()),
});
/** See {@link CvmBasicInfoV20251028}. */
export type CvmBasicInfoV20251028 = v.InferOutput<typeof CvmBasicInfoV20251028>;

function dstackApp<TCvm extends v.GenericSchema>(cvm: TCvm) {
  return v.looseObject({
    id: v.string(),
    name: v.string(),
    app_id: v.string(),
    app_provision_type: v.nullish(v.string()),
    app_icon_url: v.nullish(v.string()),
    created_at: v.string(),
    kms_type: v.string(),
    profile: v.nullish(AppProfile),
    current_cvm: v.nullish(cvm),
    cvms: v.optional(v.array(cvm)),
    cvm_count: v.optional(v.number()),
  });
}

/**
 * An app known only by its id (no CVM left): every other field is `null` or missing. The 2026-01-21
 * app endpoints may answer it.
 */
export const DstackAppMinimal = v.looseObject({
  app_id: v.string(),
  id: v.nullish(v.null()),
  name: v.nullish(v.null()),
  created_at: v.nullish(v.null()),
  kms_type: v.nullish(v.null()),
  current_cvm: v.nullish(v.null()),
  cvms: v.nullish(v.null()),
  cvm_count: v.nullish(v.null()),
});
/** See {@link DstackAppMinimal}. */
export type DstackAppMinimal = v.InferOutput<typeof DstackAppMinimal>;

/** An app (`GET /apps/{app_id}`), API 2026-01-21: CVMs in the 2026-01-21 shape. */
export const DstackAppV20260121 = v.union([dstackApp(CvmInfoV20260121), DstackAppMinimal]);
/** See {@link DstackAppV20260121}. */
export type DstackAppV20260121 = v.InferOutput<typeof DstackAppV20260121>;

/** An app (`GET /apps/{app_id}`), API 2025-10-28: CVMs as {@link CvmBasicInfoV20251028}. */
export const DstackAppV20251028 = dstackApp(CvmBasicInfoV20251028);
/** See {@link DstackAppV20251028}. */
export type DstackAppV20251028 = v.InferOutput<typeof DstackAppV20251028>;

function appList<TApp extends v.GenericSchema>(app: TApp) {
  return v.looseObject({
    dstack_apps: v.array(app),
    page: v.number(),
    page_size: v.number(),
    total: v.number(),
    total_pages: v.number(),
  });
}

/** `GET /apps` (2026-01-21): page-based with `total_pages`. */
export const AppListV20260121 = appList(DstackAppV20260121);
/** See {@link AppListV20260121}. */
export type AppListV20260121 = v.InferOutput<typeof AppListV20260121>;

/** `GET /apps` (2025-10-28). */
export const AppListV20251028 = appList(DstackAppV20251028);
/** See {@link AppListV20251028}. */
export type AppListV20251028 = v.InferOutput<typeof AppListV20251028>;

/** Query of `getAppList`: `GET /apps`. `page_size` is capped at 100. */
export const GetAppListRequest = v.strictObject({
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  search: v.optional(v.string()),
  status: v.optional(v.array(v.string())),
  listed: v.optional(v.boolean()),
  base_image: v.optional(v.string()),
  instance_type: v.optional(v.string()),
  kms_slug: v.optional(v.string()),
  kms_type: v.optional(v.string()),
  node: v.optional(v.string()),
  region: v.optional(v.string()),
});
/** See {@link GetAppListRequest}. */
export type GetAppListRequest = v.InferInput<typeof GetAppListRequest>;

/** Parameters of `getAppInfo`, `getAppCvms`: the app id (40 hex characters). */
export const AppIdRequest = v.object({ appId: v.pipe(v.string(), v.minLength(1)) });
/** See {@link AppIdRequest}. */
export type AppIdRequest = v.InferInput<typeof AppIdRequest>;

/** Parameters of `getAppRevisions`: `GET /apps/{appId}/revisions?page&page_size`. */
export const GetAppRevisionsRequest = v.object({
  appId: v.pipe(v.string(), v.minLength(1)),
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
/** See {@link GetAppRevisionsRequest}. */
export type GetAppRevisionsRequest = v.InferInput<typeof GetAppRevisionsRequest>;

/** A reference to a CVM in a revision. */
export const CvmRef = v.looseObject({
  object_type: v.literal("cvm"),
  id: v.nullish(v.string()),
  name: v.nullish(v.string()),
  app_id: v.nullish(v.string()),
  vm_uuid: v.nullish(v.string()),
});
/** See {@link CvmRef}. */
export type CvmRef = v.InferOutput<typeof CvmRef>;

/** One revision of an app: a deploy or an update that changed its compose hash. */
export const AppRevision = v.looseObject({
  revision_id: v.string(),
  app_id: v.string(),
  vm_uuid: v.string(),
  compose_hash: v.string(),
  created_at: v.string(),
  trace_id: v.nullish(v.string()),
  operation_type: v.string(),
  triggered_by: v.nullish(UserRef),
  cvm: v.nullish(CvmRef),
  workspace: v.nullish(WorkspaceRef),
});
/** See {@link AppRevision}. */
export type AppRevision = v.InferOutput<typeof AppRevision>;

/** `GET /apps/{appId}/revisions`: page-based with `total_pages`. */
export const AppRevisions = v.looseObject({
  revisions: v.array(AppRevision),
  total: v.number(),
  page: v.number(),
  page_size: v.number(),
  total_pages: v.number(),
});
/** See {@link AppRevisions}. */
export type AppRevisions = v.InferOutput<typeof AppRevisions>;
