import { http, type HttpHandler } from "msw";
import { ListWorkspacesRequest, PageQuery } from "../../schemas";
import { type MockContext, route } from "../context";
import { json, notFound, validationError } from "../responses";
import type { PhalaCloudMockState } from "../types";
import { readQuery, validate } from "../validation";

/** Default `limit` of `GET /workspaces` (undocumented; the fake's choice). */
export const DEFAULT_WORKSPACE_LIMIT = 20;

// The cursor is opaque to clients; the fake encodes the offset of the next page.
const encodeCursor = (offset: number) => `wc_${offset.toString(36)}`;
const decodeCursor = (cursor: string) => (/^wc_[0-9a-z]+$/.test(cursor) ? parseInt(cursor.slice(3), 36) : Number.NaN);

function findWorkspace(state: PhalaCloudMockState, slug: string) {
  return state.workspaces.find((ws) => ws.slug === slug || ws.id === slug);
}

/** Workspaces (cursor pagination), one workspace, its nodes (page-based) and its quotas. */
export function workspaceHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/workspaces`;
  return [
    http.get(
      base,
      route(ctx, ({ state, url }) => {
        const query = readQuery(url, { cursor: "string", limit: "int" });
        if (query.items.length > 0) return validationError(state, query.items);
        const checked = validate(ListWorkspacesRequest, query.values, "query");
        if (!checked.ok) return validationError(state, checked.items);
        const { cursor, limit = DEFAULT_WORKSPACE_LIMIT } = checked.value;
        const offset = cursor === undefined ? 0 : decodeCursor(cursor);
        if (Number.isNaN(offset)) {
          return validationError(state, [{ loc: ["query", "cursor"], msg: "Invalid cursor", type: "value_error", input: cursor }]);
        }
        const data = state.workspaces.slice(offset, offset + limit);
        const has_more = offset + limit < state.workspaces.length;
        return json({
          data,
          pagination: { has_more, next_cursor: has_more ? encodeCursor(offset + limit) : null, total: state.workspaces.length },
        });
      }),
    ),
    http.get(
      `${base}/:slug`,
      route(ctx, ({ state, params }) => {
        const ws = findWorkspace(state, params.slug as string);
        return ws ? json(ws) : notFound(state, "Workspace");
      }),
    ),
    http.get(
      `${base}/:slug/nodes`,
      route(ctx, ({ state, params, url }) => {
        const ws = findWorkspace(state, params.slug as string);
        if (!ws) return notFound(state, "Workspace");
        const query = readQuery(url, { page: "int", page_size: "int" });
        if (query.items.length > 0) return validationError(state, query.items);
        const checked = validate(PageQuery, query.values, "query");
        if (!checked.ok) return validationError(state, checked.items);
        const { page = 1, page_size = 20 } = checked.value;
        const all = state.nodes.map((node) => ({
          object_type: "node" as const,
          id: node.teepod_id,
          name: node.name,
          region: node.region_identifier ?? null,
          device_id: node.device_id ?? null,
          ppid: null,
          status: "online",
          version: "0.5.3",
        }));
        const items = all.slice((page - 1) * page_size, page * page_size);
        return json({ items, total: all.length, page, page_size, pages: Math.ceil(all.length / page_size) });
      }),
    ),
    http.get(
      `${base}/:slug/quotas`,
      route(ctx, ({ state, params }) => {
        const ws = findWorkspace(state, params.slug as string);
        if (!ws) return notFound(state, "Workspace");
        const mine = state.cvms.filter((cvm) => cvm.workspace_id === ws.id);
        const used = (pick: (cvm: (typeof mine)[number]) => number) => mine.reduce((sum, cvm) => sum + pick(cvm), 0);
        const quota = (limit: number, inUse: number) => ({ limit, remaining: Math.max(0, limit - inUse) });
        return json({
          team_slug: ws.slug,
          tier: ws.tier,
          quotas: {
            vm_slots: quota(16, mine.length),
            vcpu: quota(64, used((cvm) => cvm.vcpu)),
            memory_mb: quota(131072, used((cvm) => cvm.memory)),
            disk_gb: quota(2000, used((cvm) => cvm.disk_size)),
          },
          reserved_nodes: [],
          reserved_gpu: { gpus: ctx.referenceShapes ? quota(0, 0) : 0, in_use: 0, misconfigured: 0 },
          as_of: state.cvms.reduce((latest, cvm) => (cvm.updated_at > latest ? cvm.updated_at : latest), "2026-02-01T12:00:00.000Z"),
        });
      }),
    ),
  ];
}
