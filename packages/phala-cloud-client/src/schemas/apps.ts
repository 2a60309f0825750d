import * as v from "valibot";
import { CvmStatus } from "./cvm-common";
import { CvmInfoV20260121, UserRef, WorkspaceRef } from "./cvm-v20260121";
import { MachineInfoV20251028 } from "./cvm-v20251028";

/** Optional public profile of an app. */
export const AppProfile = v.looseObject({
  /** The name shown for the app, when one is set. */
  display_name: v.nullish(v.string()),
  /** URL of the app's avatar image, when one is set. */
  avatar_url: v.nullish(v.string()),
  /** The app's description, when one is set. */
  description: v.nullish(v.string()),
  /** A custom domain set for the app, when there is one. */
  custom_domain: v.nullish(v.string()),
});
/** See {@link AppProfile}. */
export type AppProfile = { [K in keyof v.InferOutput<typeof AppProfile>]: v.InferOutput<typeof AppProfile>[K] };

/** A CVM as the 2025-10-28 app shapes embed it (memory in MB, disk in GB). */
export const CvmBasicInfoV20251028 = v.looseObject({
  /** The VM's UUID, or `null` when the server has none for it. */
  vm_uuid: v.nullable(v.string()),
  /** The id of the app the CVM belongs to (40 hex characters). */
  app_id: v.string(),
  /** The CVM's name. */
  name: v.optional(v.string()),
  /** Where the CVM is in its lifecycle (`running`, `stopped`, …). */
  status: CvmStatus,
  /** Number of virtual CPUs. */
  vcpu: v.number(),
  /** Memory, in MB. */
  memory: v.number(),
  /** Disk size, in GB. */
  disk_size: v.number(),
  /** The id of the node (teepod) the CVM runs on. */
  teepod_id: v.number(),
  /** The name of that node. */
  teepod_name: v.string(),
  /** The region of that node, when known. */
  region_identifier: v.nullish(v.string()),
  /** The kind of KMS the CVM uses, as a plain string in this version. */
  kms_type: v.nullish(v.string()),
  /** The CVM's instance type, e.g. `tdx.small`. */
  instance_type: v.nullish(v.string()),
  /** The CVM's `listed` flag, as set when it was provisioned; the flag's effect is not documented. */
  listed: v.nullish(v.boolean()),
  /** The name of the OS image the CVM boots. */
  base_image: v.nullish(v.string()),
  /** The slug of the KMS the CVM uses. */
  kms_slug: v.nullish(v.string()),
  /** The id of the KMS the CVM uses. */
  kms_id: v.nullish(v.string()),
  /** The CVM's instance id, when it has one. */
  instance_id: v.nullish(v.string()),
  /** The CVM's vCPUs, memory (MB), disk (GB) and GPUs. */
  machine_info: v.nullish(MachineInfoV20251028),
  /** When the CVM was last updated. */
  updated_at: v.nullish(v.string()),
});
/** See {@link CvmBasicInfoV20251028}. */
export type CvmBasicInfoV20251028 = {
  [K in keyof v.InferOutput<typeof CvmBasicInfoV20251028>]: v.InferOutput<typeof CvmBasicInfoV20251028>[K];
};

function dstackApp<TCvm extends v.GenericSchema>(cvm: TCvm) {
  return v.looseObject({
    /** The id of the app's record on the platform. */
    id: v.string(),
    /** The app's name. */
    name: v.string(),
    /** The app id: 40 hex characters, shared by every CVM of the app. */
    app_id: v.string(),
    /** How the app was provisioned; the values are not documented. */
    app_provision_type: v.nullish(v.string()),
    /** URL of the app's icon, when one is set. */
    app_icon_url: v.nullish(v.string()),
    /** When the app was created. */
    created_at: v.string(),
    /** The kind of KMS the app's CVMs use. */
    kms_type: v.string(),
    /** The app's public profile, when it has one. */
    profile: v.nullish(AppProfile),
    /** The app's current CVM (assumed: its most recent one), when it has one. */
    current_cvm: v.nullish(cvm),
    /** Every CVM of the app. */
    cvms: v.optional(v.array(cvm)),
    /** How many CVMs the app has. */
    cvm_count: v.optional(v.number()),
  });
}

/**
 * An app known only by its id (no CVM left): every other field is `null` or missing. The app
 * endpoints of both versions may answer it (`@phala/cloud` 0.2.9: `DstackAppMinimalResponseV20251028Schema`
 * and `DstackAppMinimalResponseV20260121Schema`).
 */
export const DstackAppMinimal = v.looseObject({
  /** The app id, the one field this shape carries. */
  app_id: v.string(),
  /** `null` or absent in this shape. */
  id: v.nullish(v.null()),
  /** `null` or absent in this shape. */
  name: v.nullish(v.null()),
  /** `null` or absent in this shape. */
  created_at: v.nullish(v.null()),
  /** `null` or absent in this shape. */
  kms_type: v.nullish(v.null()),
  /** `null` or absent in this shape: the app has no CVM left. */
  current_cvm: v.nullish(v.null()),
  /** `null` or absent in this shape: the app has no CVM left. */
  cvms: v.nullish(v.null()),
  /** `null` or absent in this shape. */
  cvm_count: v.nullish(v.null()),
});
/** See {@link DstackAppMinimal}. */
export type DstackAppMinimal = {
  [K in keyof v.InferOutput<typeof DstackAppMinimal>]: v.InferOutput<typeof DstackAppMinimal>[K];
};

/** An app (`GET /apps/{app_id}`), API 2026-01-21: CVMs in the 2026-01-21 shape. */
export const DstackAppV20260121 = v.union([dstackApp(CvmInfoV20260121), DstackAppMinimal]);
/** See {@link DstackAppV20260121}. */
export type DstackAppV20260121 = v.InferOutput<typeof DstackAppV20260121>;

/**
 * An app (`GET /apps/{app_id}`), API 2025-10-28: CVMs as {@link CvmBasicInfoV20251028}, or its id
 * alone when it has no CVM left ({@link DstackAppMinimal}), as `@phala/cloud` 0.2.9's
 * `DstackAppWithCvmResponseV20251028Schema` reads it.
 */
export const DstackAppV20251028 = v.union([dstackApp(CvmBasicInfoV20251028), DstackAppMinimal]);
/** See {@link DstackAppV20251028}. */
export type DstackAppV20251028 = v.InferOutput<typeof DstackAppV20251028>;

function appList<TApp extends v.GenericSchema>(app: TApp) {
  return v.looseObject({
    /** The apps on this page. */
    dstack_apps: v.array(app),
    /** This page's number, counted from 1. */
    page: v.number(),
    /** How many apps a page holds. */
    page_size: v.number(),
    /** How many apps there are across all pages. */
    total: v.number(),
    /** How many pages there are. */
    total_pages: v.number(),
  });
}

/** `GET /apps` (2026-01-21): page-based with `total_pages`. */
export const AppListV20260121 = appList(DstackAppV20260121);
/** See {@link AppListV20260121}. */
export type AppListV20260121 = {
  [K in keyof v.InferOutput<typeof AppListV20260121>]: v.InferOutput<typeof AppListV20260121>[K];
};

/** `GET /apps` (2025-10-28). */
export const AppListV20251028 = appList(DstackAppV20251028);
/** See {@link AppListV20251028}. */
export type AppListV20251028 = {
  [K in keyof v.InferOutput<typeof AppListV20251028>]: v.InferOutput<typeof AppListV20251028>[K];
};

/** Query of `getAppList`: `GET /apps`. `page_size` is capped at 100. */
export const GetAppListRequest = v.strictObject({
  /** The page to return, counted from 1. */
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** How many apps per page, at most 100. */
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  /** A search term; which fields it is matched against is not documented. */
  search: v.optional(v.string()),
  /** Only apps whose status is one of these (e.g. `running`). */
  status: v.optional(v.array(v.string())),
  /** Only apps whose `listed` flag has this value. */
  listed: v.optional(v.boolean()),
  /** Only apps on this OS image. */
  base_image: v.optional(v.string()),
  /** Only apps of this instance type, e.g. `tdx.small`. */
  instance_type: v.optional(v.string()),
  /** Only apps using the KMS with this slug. */
  kms_slug: v.optional(v.string()),
  /** Only apps using this kind of KMS. */
  kms_type: v.optional(v.string()),
  /** Only apps on this node; whether it takes the node's name or id is not documented. */
  node: v.optional(v.string()),
  /** Only apps in this region. */
  region: v.optional(v.string()),
});
/** See {@link GetAppListRequest}. */
export type GetAppListRequest = {
  [K in keyof v.InferInput<typeof GetAppListRequest>]: v.InferInput<typeof GetAppListRequest>[K];
};

/** Parameters of `getAppInfo`, `getAppCvms`: the app id (40 hex characters). */
export const AppIdRequest = v.object({
  /** The app id: 40 hex characters. */
  appId: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link AppIdRequest}. */
export type AppIdRequest = { [K in keyof v.InferInput<typeof AppIdRequest>]: v.InferInput<typeof AppIdRequest>[K] };

/** Parameters of `getAppRevisions`: `GET /apps/{appId}/revisions?page&page_size`. */
export const GetAppRevisionsRequest = v.object({
  /** The app id: 40 hex characters. */
  appId: v.pipe(v.string(), v.minLength(1)),
  /** The page to return, counted from 1. */
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** How many revisions per page. */
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
/** See {@link GetAppRevisionsRequest}. */
export type GetAppRevisionsRequest = {
  [K in keyof v.InferInput<typeof GetAppRevisionsRequest>]: v.InferInput<typeof GetAppRevisionsRequest>[K];
};

/** A reference to a CVM in a revision. */
export const CvmRef = v.looseObject({
  /** Always `cvm`: what this reference points to. */
  object_type: v.literal("cvm"),
  /** The CVM's id. */
  id: v.nullish(v.string()),
  /** The CVM's name. */
  name: v.nullish(v.string()),
  /** The id of the app the CVM belongs to. */
  app_id: v.nullish(v.string()),
  /** The VM's UUID. */
  vm_uuid: v.nullish(v.string()),
});
/** See {@link CvmRef}. */
export type CvmRef = { [K in keyof v.InferOutput<typeof CvmRef>]: v.InferOutput<typeof CvmRef>[K] };

/** One revision of an app: a deploy or an update that changed its compose hash. */
export const AppRevision = v.looseObject({
  /** The revision's id. */
  revision_id: v.string(),
  /** The app the revision belongs to. */
  app_id: v.string(),
  /** The UUID of the VM the change was made on. */
  vm_uuid: v.string(),
  /** The compose hash the app had after this revision. */
  compose_hash: v.string(),
  /** When the revision was made. */
  created_at: v.string(),
  /** An id tracing the operation behind the revision, when one was recorded. */
  trace_id: v.nullish(v.string()),
  /** What made the revision (a deploy, an update …); the values are not documented. */
  operation_type: v.string(),
  /** The user who made the change, when known. */
  triggered_by: v.nullish(UserRef),
  /** The CVM the change was made on, when known. */
  cvm: v.nullish(CvmRef),
  /** The workspace the app belongs to, when given. */
  workspace: v.nullish(WorkspaceRef),
});
/** See {@link AppRevision}. */
export type AppRevision = { [K in keyof v.InferOutput<typeof AppRevision>]: v.InferOutput<typeof AppRevision>[K] };

/** `GET /apps/{appId}/revisions`: page-based with `total_pages`. */
export const AppRevisions = v.looseObject({
  /** This page's revisions, newest first. */
  revisions: v.array(AppRevision),
  /** How many revisions the app has. */
  total: v.number(),
  /** This page's number, counted from 1. */
  page: v.number(),
  /** How many revisions a page holds. */
  page_size: v.number(),
  /** How many pages there are. */
  total_pages: v.number(),
});
/** See {@link AppRevisions}. */
export type AppRevisions = { [K in keyof v.InferOutput<typeof AppRevisions>]: v.InferOutput<typeof AppRevisions>[K] };
