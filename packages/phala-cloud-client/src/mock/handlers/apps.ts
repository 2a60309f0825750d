import { http, type HttpHandler } from "msw";
import { GetAppListRequest, PageQuery } from "../../schemas";
import { type MockContext, route } from "../context";
import { json, notFound, validationError } from "../responses";
import { advance, findAppCvms } from "../state";
import type { MockCvm, PhalaCloudMockState } from "../types";
import { groupByApp, toCvmListItem, toDstackApp, toMinimalApp } from "../views/apps";
import { readQuery, validate } from "../validation";

const stripAppPrefix = (appId: string) => decodeURIComponent(appId).replace(/^(app_|0x)/i, "").toLowerCase();

/** App ids that have revisions but no CVM left, in order of first revision. */
function appsWithoutCvms(state: PhalaCloudMockState): string[] {
  const withCvms = new Set(state.cvms.map((cvm) => cvm.app_id));
  return [...new Set(state.revisions.map((rev) => rev.app_id))].filter((id) => !withCvms.has(id));
}

/** Apps (CVMs grouped by app id), one app, its CVMs and its revisions. Reading them reads the CVMs. */
export function appHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/apps`;
  return [
    http.get(
      base,
      route(ctx, ({ state, url, version }) => {
        const query = readQuery(url, {
          page: "int",
          page_size: "int",
          search: "string",
          status: "string[]",
          listed: "bool",
          base_image: "string",
          instance_type: "string",
          kms_slug: "string",
          kms_type: "string",
          node: "string",
          region: "string",
        });
        if (query.items.length > 0) return validationError(state, query.items);
        const checked = validate(GetAppListRequest, query.values, "query");
        if (!checked.ok) return validationError(state, checked.items);
        const { page = 1, page_size = 20, search, status, listed, instance_type } = checked.value;
        const cvms = state.cvms.filter(
          (cvm) =>
            (search === undefined || cvm.name.includes(search) || cvm.app_id.includes(search)) &&
            (status === undefined || status.includes(cvm.status)) &&
            (listed === undefined || cvm.listed === listed) &&
            (instance_type === undefined || cvm.instance_type === instance_type),
        );
        const unfiltered = search === undefined && status === undefined && listed === undefined && instance_type === undefined;
        // With referenceShapes, apps without a CVM left follow as minimal entries (assumed order: last).
        const entries: (MockCvm[] | string)[] = [...groupByApp(cvms), ...(ctx.referenceShapes && unfiltered ? appsWithoutCvms(state) : [])];
        const slice = entries.slice((page - 1) * page_size, page * page_size);
        const dstack_apps = slice.map((entry) => (typeof entry === "string" ? toMinimalApp(entry) : toDstackApp(state, entry, version)));
        slice.forEach((entry) => typeof entry !== "string" && entry.forEach(advance));
        return json({ dstack_apps, page, page_size, total: entries.length, total_pages: Math.ceil(entries.length / page_size) });
      }),
    ),
    http.get(
      `${base}/:appId`,
      route(ctx, ({ state, params, version }) => {
        const cvms = findAppCvms(state, params.appId as string);
        if (cvms.length === 0) {
          const minimal = ctx.referenceShapes ? appsWithoutCvms(state).find((id) => id === stripAppPrefix(params.appId as string)) : undefined;
          return minimal ? json(toMinimalApp(minimal)) : notFound(state, "App");
        }
        const body = toDstackApp(state, cvms, version);
        cvms.forEach(advance);
        return json(body);
      }),
    ),
    http.get(
      `${base}/:appId/cvms`,
      route(ctx, ({ state, params, version }) => {
        const cvms = findAppCvms(state, params.appId as string);
        if (cvms.length === 0) return notFound(state, "App");
        const body = cvms.map((cvm) => toCvmListItem(state, cvm, version));
        cvms.forEach(advance);
        return json(body);
      }),
    ),
    http.get(
      `${base}/:appId/revisions`,
      route(ctx, ({ state, params, url }) => {
        const bare = stripAppPrefix(params.appId as string);
        const all = state.revisions.filter((rev) => rev.app_id === bare).reverse();
        if (all.length === 0 && findAppCvms(state, bare).length === 0) return notFound(state, "App");
        const query = readQuery(url, { page: "int", page_size: "int" });
        if (query.items.length > 0) return validationError(state, query.items);
        const checked = validate(PageQuery, query.values, "query");
        if (!checked.ok) return validationError(state, checked.items);
        const { page = 1, page_size = 20 } = checked.value;
        const revisions = all.slice((page - 1) * page_size, page * page_size);
        return json({ revisions, total: all.length, page, page_size, total_pages: Math.ceil(all.length / page_size) });
      }),
    ),
  ];
}
