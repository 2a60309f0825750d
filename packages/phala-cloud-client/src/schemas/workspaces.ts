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
  id: v.string(),
  name: v.string(),
  slug: v.nullable(v.string()),
  avatar_url: v.nullish(v.string()),
  description: v.nullish(v.string()),
  tier: v.string(),
  role: v.string(),
  is_default: v.boolean(),
  created_at: v.string(),
  confidential_models_enabled: v.optional(v.boolean()),
  billing_status: v.optional(WorkspaceBillingStatus),
  suspended_at: v.nullish(v.string()),
});
/** See {@link Workspace}. */
export type Workspace = v.InferOutput<typeof Workspace>;

/** Query of `listWorkspaces`: `GET /workspaces?cursor&limit`. */
export const ListWorkspacesRequest = v.strictObject({
  cursor: v.optional(v.string()),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
/** See {@link ListWorkspacesRequest}. */
export type ListWorkspacesRequest = v.InferInput<typeof ListWorkspacesRequest>;

/** `GET /workspaces`: cursor pagination, `{data, pagination: {has_more, next_cursor, total}}`. */
export const WorkspaceList = cursorPaginated(Workspace);
/** See {@link WorkspaceList}. */
export type WorkspaceList = v.InferOutput<typeof WorkspaceList>;

/** Parameters of `getWorkspace`, `getWorkspaceNodes` and `getWorkspaceQuotas`. */
export const WorkspaceSlugRequest = v.object({
  teamSlug: v.pipe(v.string(), v.minLength(1)),
});
/** See {@link WorkspaceSlugRequest}. */
export type WorkspaceSlugRequest = v.InferInput<typeof WorkspaceSlugRequest>;

/** Parameters of `getWorkspaceNodes`: `GET /workspaces/{slug}/nodes?page&page_size`. */
export const GetWorkspaceNodesRequest = v.object({
  teamSlug: v.pipe(v.string(), v.minLength(1)),
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
/** See {@link GetWorkspaceNodesRequest}. */
export type GetWorkspaceNodesRequest = v.InferInput<typeof GetWorkspaceNodesRequest>;

/** `GET /workspaces/{slug}/nodes?page&page_size`: the page-based envelope of {@link NodeRef}. */
export const WorkspaceNodes = pagePaginated(NodeRef);
/** See {@link WorkspaceNodes}. */
export type WorkspaceNodes = v.InferOutput<typeof WorkspaceNodes>;

/** One quota of {@link WorkspaceQuotas}; `null` means unlimited. */
export const QuotaLimit = v.looseObject({
  limit: v.nullable(v.number()),
  remaining: v.nullable(v.number()),
});
/** See {@link QuotaLimit}. */
export type QuotaLimit = v.InferOutput<typeof QuotaLimit>;

/** `GET /workspaces/{slug}/quotas`. */
export const WorkspaceQuotas = v.looseObject({
  team_slug: v.string(),
  tier: v.string(),
  // The Python SDK's own fixtures send these objects empty, so every entry is optional.
  quotas: v.looseObject({
    vm_slots: v.optional(QuotaLimit),
    vcpu: v.optional(QuotaLimit),
    memory_mb: v.optional(QuotaLimit),
    disk_gb: v.optional(QuotaLimit),
  }),
  reserved_nodes: v.nullish(v.unknown()),
  reserved_gpu: v.nullish(
    v.looseObject({
      gpus: v.optional(v.number()),
      in_use: v.optional(v.number()),
      misconfigured: v.optional(v.number()),
    }),
  ),
  as_of: v.string(),
});
/** See {@link WorkspaceQuotas}. */
export type WorkspaceQuotas = v.InferOutput<typeof WorkspaceQuotas>;
