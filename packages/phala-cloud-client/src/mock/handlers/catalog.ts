import { http, type HttpHandler } from "msw";
import { GetOsImagesRequest } from "../../schemas";
import { type MockContext, route } from "../context";
import { json, notFound, validationError } from "../responses";
import { readQuery, validate } from "../validation";

/** Nodes (`/teepods/available`), instance types and OS images. */
export function catalogHandlers(ctx: MockContext): HttpHandler[] {
  return [
    http.get(
      `${ctx.base}/teepods/available`,
      route(ctx, ({ state }) => {
        const workspace = state.workspaces.find((ws) => ws.slug === state.currentWorkspace);
        const usedKms = new Set(state.nodes.flatMap((node) => node.kms_list ?? []));
        return json({
          tier: workspace?.tier ?? "free",
          capacity: { max_instances: 16, max_vcpu: 64, max_memory: 131072, max_disk: 2000 },
          nodes: state.nodes,
          kms_list: state.kms.filter((kms) => usedKms.has(kms.id)),
        });
      }),
    ),
    http.get(
      `${ctx.base}/instance-types`,
      route(ctx, ({ state }) => {
        const families = [...new Set(state.instanceTypes.map((t) => t.family ?? "cpu"))];
        return json({
          result: families.map((name) => {
            const items = state.instanceTypes.filter((t) => (t.family ?? "cpu") === name);
            return { name, items, total: items.length };
          }),
        });
      }),
    ),
    http.get(
      `${ctx.base}/instance-types/:family`,
      route(ctx, ({ state, params }) => {
        const family = params.family as string;
        const items = state.instanceTypes.filter((t) => (t.family ?? "cpu") === family);
        if (items.length === 0) return notFound(state, `Instance type family '${family}'`);
        return json({ items, total: items.length, family });
      }),
    ),
    http.get(
      `${ctx.base}/os-images`,
      route(ctx, ({ state, url }) => {
        const query = readQuery(url, { page: "int", page_size: "int", is_dev: "bool" });
        if (query.items.length > 0) return validationError(state, query.items);
        const checked = validate(GetOsImagesRequest, query.values, "query");
        if (!checked.ok) return validationError(state, checked.items);
        const { page = 1, page_size = 20, is_dev } = checked.value;
        const all = state.osImages.filter((img) => is_dev === undefined || img.is_dev === is_dev);
        const items = all.slice((page - 1) * page_size, page * page_size);
        return json({ items, total: all.length, page, page_size, pages: Math.ceil(all.length / page_size) });
      }),
    ),
  ];
}
