import type { HttpHandler } from "msw";
import { CreateFilesystemRequest, type Filesystem } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { errorResponse, invalidParameters, LAMBDA_CLOUD_ERRORS } from "../errors.js";
import { isLive } from "../lifecycle.js";
import { ok, readBody, route } from "../route.js";

/** Whether a live instance mounts the filesystem, by name or by an explicit mount. */
function isInUse(ctx: MockContext, fs: Filesystem): boolean {
  return [...ctx.state.instances.values()].some(
    (i) =>
      isLive(i) &&
      (i.file_system_names.includes(fs.name) || (i.file_system_mounts ?? []).some((m) => m.file_system_id === fs.id)),
  );
}

/**
 * `GET /file-systems` (hyphenated), `POST /filesystems` (400 `global/duplicate` on a name that
 * exists) and `DELETE /filesystems/{id}` (400 `filesystems/filesystem-in-use` while a live
 * instance mounts it). `is_in_use` is computed from the instances whenever it is read.
 */
export function fileSystemHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "get", "/file-systems", () => {
      for (const fs of ctx.state.fileSystems.values()) fs.is_in_use = isInUse(ctx, fs);
      return ok([...ctx.state.fileSystems.values()]);
    }),
    route(ctx, "post", "/filesystems", async ({ request }) => {
      const body = await readBody(request, CreateFilesystemRequest);
      if (!body.ok) return body.response;
      const { name } = body.value;
      const region = ctx.state.regions.find((r) => r.name === body.value.region);
      if (!region) return invalidParameters(`region: unknown region '${body.value.region}'`);
      if ([...ctx.state.fileSystems.values()].some((fs) => fs.name === name)) {
        return errorResponse(400, {
          code: "global/duplicate",
          message: `A filesystem named '${name}' already exists.`,
          suggestion: "Choose a different name.",
        });
      }
      const fs: Filesystem = {
        id: ctx.runtime.hexId(),
        name,
        mount_point: `/lambda/nfs/${name}`,
        created: ctx.runtime.now(),
        created_by: structuredClone(ctx.state.user),
        is_in_use: false,
        region: structuredClone(region),
        bytes_used: 0,
      };
      ctx.state.fileSystems.set(fs.id, fs);
      return ok(fs);
    }),
    route(ctx, "delete", "/filesystems/{id}", ({ params }) => {
      const fs = ctx.state.fileSystems.get(params.id ?? "");
      if (!fs) return errorResponse(404, LAMBDA_CLOUD_ERRORS.filesystemNotFound);
      if (isInUse(ctx, fs)) {
        return errorResponse(400, {
          code: "filesystems/filesystem-in-use",
          message: `Filesystem '${fs.name}' is mounted to a running instance.`,
          suggestion: "Terminate the instances that use the filesystem, then try again.",
        });
      }
      ctx.state.fileSystems.delete(fs.id);
      return ok({ deleted_ids: [fs.id] });
    }),
  ];
}
