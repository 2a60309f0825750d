import type { HttpHandler } from "msw";
import * as v from "valibot";
import { VolumeCreateParams, VolumeResizeParams } from "../../schemas/volume-params";
import type { MockContext } from "../context";
import {
  errorResponse,
  fieldErrorsResponse,
  jsonResponse,
  noContent,
  queryFlag,
  readJsonBody,
  validationResponse,
} from "../http";
import { requestedProject } from "../project-scope";
import { findVolume } from "../lookup";
import { readCreate } from "../create-request";
import { route } from "../route";
import type { PodstackMockVolume } from "../state";

/** Handlers of the volumes routes. Volumes have no lifecycle, so reads change nothing. */
export function volumeHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "volumes.list", ({ request }) => {
      const scope = requestedProject(ctx, "volumes.list", request);
      if (scope instanceof Response) return scope;
      return jsonResponse(
        ctx.state.volumes.filter(
          (volume) => scope.projectId === undefined || volume.project_id === scope.projectId,
        ),
      );
    }),

    route(ctx, "volumes.create", async ({ request }) => {
      const create = await readCreate(ctx, "volumes.create", request, VolumeCreateParams, "volume");
      if (create instanceof Response) return create;
      const { projectId } = create;
      const { name, quota_gb } = create.params;
      if (
        ctx.state.volumes.some((volume) => volume.project_id === projectId && volume.name === name)
      ) {
        return fieldErrorsResponse({
          name: [`A volume named ${name} already exists in this project`],
        });
      }
      const id = ctx.nextId("vol");
      const volume: PodstackMockVolume = {
        id,
        name,
        project_id: projectId,
        quota_gb,
        used_gb: 0,
        nfs_server: "nfs.podstack.ai",
        nfs_path: `/exports/${id}`,
        created_at: ctx.now(),
      };
      ctx.state.volumes.push(volume);
      return jsonResponse(volume, 201);
    }),

    route(ctx, "volumes.get", ({ request, id }) => {
      const volume = findVolume(ctx, "volumes.get", request, id);
      return volume instanceof Response ? volume : jsonResponse(volume);
    }),

    route(ctx, "volumes.resize", async ({ request, id }) => {
      const read = await readJsonBody(request);
      if (!read.ok) return read.response;
      const volume = findVolume(ctx, "volumes.resize", request, id, read.body);
      if (volume instanceof Response) return volume;
      const parsed = v.safeParse(VolumeResizeParams, read.body);
      if (!parsed.success) return validationResponse(parsed.issues);
      const { quota_gb } = parsed.output;
      if (quota_gb <= volume.quota_gb) {
        // Documented: a volume "can only increase, not decrease".
        return errorResponse(
          400,
          `Volume quota can only be increased (current ${volume.quota_gb} GB, requested ${quota_gb} GB)`,
        );
      }
      volume.quota_gb = quota_gb;
      return jsonResponse(volume);
    }),

    route(ctx, "volumes.delete", ({ request, id }) => {
      const volume = findVolume(ctx, "volumes.delete", request, id);
      if (volume instanceof Response) return volume;
      // Documented: plain delete is for an empty volume; force "removes all data".
      if (volume.used_gb > 0 && !queryFlag(request, "force")) {
        return errorResponse(
          400,
          `Volume ${volume.id} is not empty: delete it with force=true to remove its data`,
        );
      }
      const mounted = ctx.state.pods.find(
        (pod) =>
          pod.status !== "Terminated" && pod.volumes.some((mount) => mount.volume_id === volume.id),
      );
      if (mounted !== undefined && !queryFlag(request, "force")) {
        return errorResponse(
          400,
          `Volume ${volume.id} is mounted by pod ${mounted.id}: delete it with force=true`,
        );
      }
      ctx.state.volumes.splice(ctx.state.volumes.indexOf(volume), 1);
      return noContent();
    }),
  ];
}
