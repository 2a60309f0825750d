import { http, type HttpHandler } from "msw";
import { GetCvmListRequest } from "../../schemas";
import { toAppCompose } from "../compose";
import { type MockContext, route, type RouteInfo } from "../context";
import { json, notFound, validationError } from "../responses";
import { advance, findCvm } from "../state";
import type { MockCvm } from "../types";
import { toCvmListItem } from "../views/apps";
import { toCvmDetailV20251028 } from "../views/cvm-v20251028";
import { toCvmDetailV20260121 } from "../views/cvm-v20260121";
import { toCvmAttestation, toCvmContainersStats, toCvmNetwork, toCvmState, toCvmStats } from "../views/runtime";
import { readQuery, validate } from "../validation";
import { streamState, wantsEventStream } from "./cvm-state-stream";

/** Default page size of `GET /cvms/paginated` (server-side and undocumented; the fake's choice). */
export const DEFAULT_CVM_PAGE_SIZE = 20;

/** Renders a CVM for a read, then lets time advance for it. */
function read(info: RouteInfo, render: (cvm: MockCvm) => unknown): Response {
  const cvm = findCvm(info.state, info.params.cvmId as string);
  if (!cvm) return notFound(info.state, "CVM");
  const body = render(cvm);
  advance(cvm);
  return json(body);
}

/** `GET /cvms/paginated` and the per-CVM reads. Every read moves a transitioning CVM on. */
export function cvmQueryHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/cvms`;
  return [
    http.get(
      `${base}/paginated`,
      route(ctx, ({ url, state, version }) => {
        const query = readQuery(url, { page: "int", page_size: "int", node_id: "int", teepod_id: "int", user_id: "string" });
        if (query.items.length > 0) return validationError(state, query.items);
        const checked = validate(GetCvmListRequest, query.values, "query");
        if (!checked.ok) return validationError(state, checked.items);
        const { page = 1, page_size = DEFAULT_CVM_PAGE_SIZE, node_id, teepod_id } = checked.value;
        const node = node_id ?? teepod_id;
        const all = state.cvms.filter((cvm) => node === undefined || cvm.node_id === node);
        const slice = all.slice((page - 1) * page_size, page * page_size);
        const items = slice.map((cvm) => toCvmListItem(state, cvm, version));
        slice.forEach(advance);
        return json({ items, total: all.length, page, page_size, pages: Math.ceil(all.length / page_size) });
      }),
    ),
    http.get(
      `${base}/:cvmId`,
      route(ctx, (info) =>
        read(info, (cvm) =>
          info.version === "2025-10-28" ? toCvmDetailV20251028(info.state, cvm) : toCvmDetailV20260121(info.state, cvm),
        ),
      ),
    ),
    http.get(`${base}/:cvmId/state`, route(ctx, (info) => (wantsEventStream(info.request) ? streamState(info) : read(info, toCvmState)))),
    http.get(
      `${base}/:cvmId/stats`,
      route(ctx, (info) =>
        read(info, (cvm) => {
          const stats: Partial<ReturnType<typeof toCvmStats>> = toCvmStats(cvm);
          if (ctx.referenceShapes) delete stats.in_progress;
          return stats;
        }),
      ),
    ),
    http.get(`${base}/:cvmId/network`, route(ctx, (info) => read(info, (cvm) => toCvmNetwork(info.state, cvm)))),
    http.get(`${base}/:cvmId/composition`, route(ctx, (info) => read(info, toCvmContainersStats))),
    http.get(`${base}/:cvmId/attestation`, route(ctx, (info) => read(info, toCvmAttestation))),
    http.get(`${base}/:cvmId/compose_file`, route(ctx, (info) => read(info, toAppCompose))),
  ];
}
