import { http, type HttpHandler } from "msw";
import { GetAppListRequest, PageQuery } from "../../schemas";
import { type MockContext, route } from "../context";
import { json, notFound, validationError } from "../responses";
import { advance, findAppCvms } from "../state";
import { groupByApp, toCvmListItem, toDstackApp } from "../views/apps";
import { readQuery, validate } from "../validation";

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
        const groups = groupByApp(cvms);
        const slice = groups.slice((page - 1) * page_size, page * page_size);
        const dstack_apps = slice.map((group) => toDstackApp(state, group, version));
        slice.flat().forEach(advance);
        return json({ dstack_apps, page, page_size, total: groups.length, total_pages: Math.ceil(groups.length / page_size) });
      }),
    ),
    http.get(
      `${base}/:appId`,
      route(ctx, ({ state, params, version }) => {
        const cvms = findAppCvms(state, params.appId as string);
        if (cvms.length === 0) return notFound(state, "App");
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
        const bare = (params.appId as string).replace(/^(app_|0x)/i, "").toLowerCase();
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
