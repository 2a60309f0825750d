import { http, HttpResponse, type HttpHandler } from "msw";
import { UpdateOsImageRequest } from "../../schemas";
import { composeHash } from "../compose";
import { type MockContext, route } from "../context";
import { onChainGate } from "../on-chain-gate";
import { detailError, empty, json, validationError } from "../responses";
import { now } from "../state";
import { readJson, validate } from "../validation";
import { gatewayDomain } from "../views/lookups";
import { applyCompose, withCvm } from "./cvm-updates";

/** Pre-launch script, docker compose file, user config and OS image of a CVM. */
export function cvmConfigHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/cvms/:cvmId`;
  return [
    // Plain text, as the route's name and the official SDK's `z.string()` suggest (assumed).
    http.get(
      `${base}/pre-launch-script`,
      route(ctx, (info) => withCvm(info, (cvm) => HttpResponse.text(cvm.compose.pre_launch_script ?? ""))),
    ),
    http.patch(
      `${base}/pre-launch-script`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const compose = { ...cvm.compose, pre_launch_script: await info.request.text() };
          const hash = composeHash(compose);
          const blocked = onChainGate(info.state, cvm, hash, info.request);
          if (blocked) return blocked;
          const correlation_id = applyCompose(info, cvm, compose, hash);
          return json({ status: "in_progress", message: "Pre-launch script update initiated", correlation_id }, 202);
        }),
      ),
    ),
    http.get(
      `${base}/docker-compose.yml`,
      route(ctx, (info) =>
        withCvm(info, (cvm) => new HttpResponse(cvm.compose.docker_compose_file, { headers: { "content-type": "text/yaml" } })),
      ),
    ),
    http.get(
      `${base}/user_config`,
      route(ctx, (info) =>
        withCvm(info, (cvm) =>
          json({
            hostname: cvm.name,
            ssh_authorized_keys: info.state.sshKeys.map((key) => key.public_key),
            default_gateway_domain: gatewayDomain(info.state, cvm),
          }),
        ),
      ),
    ),
    http.get(
      `${base}/available-os-images`,
      route(ctx, (info) =>
        withCvm(info, (cvm) => {
          const versions = new Map<string, { version: number[]; prod: unknown; dev: unknown }>();
          for (const image of info.state.osImages) {
            const version = typeof image.version === "string" ? image.version.split(".").map(Number) : [...image.version];
            const key = version.join(".");
            const entry = versions.get(key) ?? { version, prod: null, dev: null };
            entry[image.is_dev ? "dev" : "prod"] = { name: image.name, os_image_hash: image.os_image_hash, is_current: image.name === cvm.image };
            versions.set(key, entry);
          }
          return json([...versions.values()]);
        }),
      ),
    ),
    http.patch(
      `${base}/os-image`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const checked = validate(UpdateOsImageRequest, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          const image = info.state.osImages.find((candidate) => candidate.name === checked.value.os_image_name);
          if (!image) return detailError(info.state, 400, `OS image '${checked.value.os_image_name}' is not available for this CVM`);
          cvm.image = image.name;
          cvm.updated_at = now(info.state);
          return empty(202);
        }),
      ),
    ),
  ];
}
