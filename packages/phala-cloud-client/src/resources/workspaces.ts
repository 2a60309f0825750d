import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ClientCore } from "../client-context";
import { PagePromise } from "../page-promise";
import { checkParams } from "../params";
import {
  GetWorkspaceNodesRequest,
  ListWorkspacesRequest,
  Workspace,
  WorkspaceList,
  WorkspaceNodes,
  WorkspaceQuotas,
  WorkspaceSlugRequest,
} from "../schemas";
import { send } from "./send";

/** Workspaces (teams): the list, one workspace, its reserved nodes and its quotas. */
export interface WorkspaceMethods {
  /**
   * The workspaces the user belongs to: `GET /workspaces?cursor&limit` (cursor pagination).
   * `await` it for one page (`{ data, pagination }`); `for await` it for every workspace,
   * following `next_cursor`.
   *
   * @example
   * ```ts
   * const { data, pagination } = await client.listWorkspaces({ limit: 20 });
   * for await (const workspace of client.listWorkspaces()) console.log(workspace.slug);
   * ```
   */
  listWorkspaces(params?: ListWorkspacesRequest, options?: RequestOptions): PagePromise<WorkspaceList, Workspace>;
  /**
   * One workspace, by slug: `GET /workspaces/{teamSlug}`.
   *
   * @example
   * ```ts
   * const workspace = await client.getWorkspace({ teamSlug: "acme" });
   * ```
   */
  getWorkspace(params: WorkspaceSlugRequest, options?: RequestOptions): Promise<Workspace>;
  /**
   * The nodes reserved for a workspace, one page: `GET /workspaces/{teamSlug}/nodes`.
   *
   * @example
   * ```ts
   * const { items } = await client.getWorkspaceNodes({ teamSlug: "acme" });
   * ```
   */
  getWorkspaceNodes(params: GetWorkspaceNodesRequest, options?: RequestOptions): Promise<WorkspaceNodes>;
  /**
   * A workspace's quotas and what is left of them: `GET /workspaces/{teamSlug}/quotas`.
   *
   * @example
   * ```ts
   * const { quotas } = await client.getWorkspaceQuotas({ teamSlug: "acme" });
   * console.log(quotas.vcpu?.remaining);
   * ```
   */
  getWorkspaceQuotas(params: WorkspaceSlugRequest, options?: RequestOptions): Promise<WorkspaceQuotas>;
}

const readWorkspacePage = (page: WorkspaceList) => ({
  items: page.data,
  next: page.pagination.has_more ? (page.pagination.next_cursor ?? undefined) : undefined,
});

export const workspaceMethods: WorkspaceMethods & ThisType<ClientCore> = {
  listWorkspaces(params, options) {
    let query: ListWorkspacesRequest = {};
    const fetchPage = async (cursor: string | undefined) => {
      // Checked in the first fetch, so bad parameters reject the page instead of throwing at the call.
      if (cursor === undefined && params !== undefined) query = checkParams(ListWorkspacesRequest, params, "listWorkspaces");
      return send(
        this,
        { operation: "listWorkspaces", method: "GET", path: "/workspaces", query: cursor === undefined ? query : { ...query, cursor }, schema: WorkspaceList },
        options,
      );
    };
    return new PagePromise(fetchPage, readWorkspacePage, "listWorkspaces");
  },
  async getWorkspace(params, options) {
    const pathParams = checkParams(WorkspaceSlugRequest, params, "getWorkspace");
    return send(this, { operation: "getWorkspace", method: "GET", path: "/workspaces/{teamSlug}", pathParams, schema: Workspace }, options);
  },
  async getWorkspaceNodes(params, options) {
    const { teamSlug, ...query } = checkParams(GetWorkspaceNodesRequest, params, "getWorkspaceNodes");
    return send(
      this,
      { operation: "getWorkspaceNodes", method: "GET", path: "/workspaces/{teamSlug}/nodes", pathParams: { teamSlug }, query, schema: WorkspaceNodes },
      options,
    );
  },
  async getWorkspaceQuotas(params, options) {
    const pathParams = checkParams(WorkspaceSlugRequest, params, "getWorkspaceQuotas");
    return send(
      this,
      { operation: "getWorkspaceQuotas", method: "GET", path: "/workspaces/{teamSlug}/quotas", pathParams, schema: WorkspaceQuotas },
      options,
    );
  },
};
