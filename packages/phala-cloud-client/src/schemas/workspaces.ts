import { openEnum } from "@cloud-sdk/auth-core";
import * as v from "valibot";
import { NodeRef } from "./cvm-v20260121";
import { cursorPaginated, pagePaginated } from "./pagination";

/** Billing state of a workspace; a suspended one has its CVMs stopped until it pays. */
export const WorkspaceBillingStatus = openEnum(["active", "suspended", "abandoned"] as const);
/** See {@link WorkspaceBillingStatus}. */
export type WorkspaceBillingStatus = v.InferOutput<typeof WorkspaceBillingStatus>;

/** A workspace (team) as `GET /workspaces` and `GET /workspaces/{slug}` return it. */
export const Workspace = v.looseObject({
  /** The workspace's id. */
  id: v.string(),
  /** The workspace's name. */
  name: v.string(),
  /** The workspace's slug (the `{slug}` of `/workspaces/{slug}`), or `null`. */
  slug: v.nullable(v.string()),
  /** URL of the workspace's avatar, when it has one. */
  avatar_url: v.nullish(v.string()),
  /** The workspace's description, when it has one. */
  description: v.nullish(v.string()),
  /** The workspace's plan tier. */
  tier: v.string(),
  /** The user's role in the workspace. */
  role: v.string(),
  /** Whether this is the user's default workspace. */
  is_default: v.boolean(),
  /** When the workspace was created. */
  created_at: v.string(),
  /** Whether confidential AI models are enabled for the workspace (assumed from the name), when given. */
  confidential_models_enabled: v.optional(v.boolean()),
  /** The workspace's billing state, when given. */
  billing_status: v.optional(WorkspaceBillingStatus),
  /** When the workspace was suspended, if it is. */
  suspended_at: v.nullish(v.string()),
});
/** See {@link Workspace}. */
export type Workspace = { [K in keyof v.InferOutput<typeof Workspace>]: v.InferOutput<typeof Workspace>[K] };

/** Query of `listWorkspaces`: `GET /workspaces?cursor&limit`. */
export const ListWorkspacesRequest = v.strictObject({
  /** The `next_cursor` of the previous page; the first page when omitted. */
  cursor: v.optional(v.string()),
  /** How many workspaces per page. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
/** See {@link ListWorkspacesRequest}. */
export type ListWorkspacesRequest = {
  [K in keyof v.InferInput<typeof ListWorkspacesRequest>]: v.InferInput<typeof ListWorkspacesRequest>[K];
};

/** `GET /workspaces`: cursor pagination, `{data, pagination: {has_more, next_cursor, total}}`. */
export const WorkspaceList = cursorPaginated(Workspace);
/** See {@link WorkspaceList}. */
export type WorkspaceList = {
  [K in keyof v.InferOutput<typeof WorkspaceList>]: v.InferOutput<typeof WorkspaceList>[K];
};

/** Parameters of `getWorkspace`, `getWorkspaceNodes` and `getWorkspaceQuotas`. */
export const WorkspaceSlugRequest = v.object({
  /** The workspace's slug. */
  teamSlug: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link WorkspaceSlugRequest}. */
export type WorkspaceSlugRequest = {
  [K in keyof v.InferInput<typeof WorkspaceSlugRequest>]: v.InferInput<typeof WorkspaceSlugRequest>[K];
};

/** Parameters of `getWorkspaceNodes`: `GET /workspaces/{slug}/nodes?page&page_size`. */
export const GetWorkspaceNodesRequest = v.object({
  /** The workspace's slug. */
  teamSlug: v.pipe(v.string(), v.minLength(1)),
  /** The page to return, counted from 1. */
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** How many nodes per page. */
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
/** See {@link GetWorkspaceNodesRequest}. */
export type GetWorkspaceNodesRequest = {
  [K in keyof v.InferInput<typeof GetWorkspaceNodesRequest>]: v.InferInput<typeof GetWorkspaceNodesRequest>[K];
};

/** `GET /workspaces/{slug}/nodes?page&page_size`: the page-based envelope of {@link NodeRef}. */
export const WorkspaceNodes = pagePaginated(NodeRef);
/** See {@link WorkspaceNodes}. */
export type WorkspaceNodes = {
  [K in keyof v.InferOutput<typeof WorkspaceNodes>]: v.InferOutput<typeof WorkspaceNodes>[K];
};

/** One quota of {@link WorkspaceQuotas}; `null` means unlimited. */
export const QuotaLimit = v.looseObject({
  /** The quota, or `null` for no limit. */
  limit: v.nullable(v.number()),
  /** What is left of the quota, or `null` for no limit. */
  remaining: v.nullable(v.number()),
});
/** See {@link QuotaLimit}. */
export type QuotaLimit = { [K in keyof v.InferOutput<typeof QuotaLimit>]: v.InferOutput<typeof QuotaLimit>[K] };

/** `GET /workspaces/{slug}/quotas`. */
export const WorkspaceQuotas = v.looseObject({
  /** The workspace's slug. */
  team_slug: v.string(),
  /** The workspace's plan tier. */
  tier: v.string(),
  /**
   * The workspace's quotas. The Python SDK's own fixtures send these objects empty, so every entry is
   * optional.
   */
  quotas: v.looseObject({
    /** How many CVMs the workspace may run. */
    vm_slots: v.optional(QuotaLimit),
    /** How many vCPUs the workspace may use. */
    vcpu: v.optional(QuotaLimit),
    /** How much memory the workspace may use, in MB. */
    memory_mb: v.optional(QuotaLimit),
    /** How much disk the workspace may use, in GB. */
    disk_gb: v.optional(QuotaLimit),
  }),
  /** Nodes reserved for the workspace; not typed, because the shape is not documented. */
  reserved_nodes: v.nullish(v.unknown()),
  /** GPUs reserved for the workspace, when it has any. */
  reserved_gpu: v.nullish(
    v.looseObject({
      /**
       * The reserved GPUs: a count, or `{ limit, remaining }` as `@phala/cloud` 0.2.9's
       * `WorkspaceReservedGpuQuotaSchema` reads it.
       */
      gpus: v.optional(v.union([v.number(), QuotaLimit])),
      /** How many of them are in use. */
      in_use: v.optional(v.number()),
      /** How many of them are misconfigured. */
      misconfigured: v.optional(v.number()),
    }),
  ),
  /** When these figures were taken. */
  as_of: v.string(),
});
/** See {@link WorkspaceQuotas}. */
export type WorkspaceQuotas = {
  [K in keyof v.InferOutput<typeof WorkspaceQuotas>]: v.InferOutput<typeof WorkspaceQuotas>[K];
};
