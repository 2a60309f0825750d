import { http, type HttpHandler } from "msw";
import {
  DockerComposeYaml,
  ErrorCodes,
  UpdateCvmEnvsRequest,
  UpdateCvmResourcesRequest,
  UpdateCvmVisibilityRequest,
} from "../../schemas";
import { composeHash } from "../compose";
import { type MockContext, route, type RouteInfo } from "../context";
import { onChainGate } from "../on-chain-gate";
import { detailError, empty, json, notFound, structuredError, validationError } from "../responses";
import { findCvm, newCorrelationId, now } from "../state";
import type { MockCompose, MockCvm } from "../types";
import { addRevision } from "../views/apps";
import { toCvmDetailV20251028 } from "../views/cvm-v20251028";
import { toCvmDetailV20260121 } from "../views/cvm-v20260121";
import { readJson, validate } from "../validation";

/** Runs `then` with the CVM the path names, or answers 404. */
export function withCvm(info: RouteInfo, then: (cvm: MockCvm) => Response | Promise<Response>): Response | Promise<Response> {
  const cvm = findCvm(info.state, info.params.cvmId as string);
  return cvm ? then(cvm) : notFound(info.state, "CVM");
}

/** Makes `compose` the CVM's, with a revision when the hash changes; answers a new correlation id. */
export function applyCompose(info: RouteInfo, cvm: MockCvm, compose: MockCompose, hash: string): string {
  const at = now(info.state);
  const changed = hash !== cvm.compose_hash;
  cvm.compose = compose;
  cvm.compose_hash = hash;
  cvm.updated_at = at;
  if (changed) addRevision(info.state, cvm, "update", at);
  return newCorrelationId(info.state);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((key) => b.includes(key));

/** Env and compose updates (with the on-chain 465 flow), resize and visibility. */
export function cvmUpdateHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/cvms/:cvmId`;
  return [
    http.patch(
      `${base}/envs`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const checked = validate(UpdateCvmEnvsRequest, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          const { encrypted_env, env_keys } = checked.value;
          const compose = env_keys ? { ...cvm.compose, allowed_envs: [...env_keys] } : cvm.compose;
          const hash = composeHash(compose);
          const blocked = onChainGate(info.state, cvm, hash, info.request, checked.value);
          if (blocked) return blocked;
          const allowed_envs_changed = env_keys !== undefined && !sameSet(env_keys, cvm.compose.allowed_envs);
          cvm.encrypted_env = encrypted_env;
          const correlation_id = applyCompose(info, cvm, compose, hash);
          return json({ status: "in_progress", message: "Environment update initiated", correlation_id, allowed_envs_changed });
        }),
      ),
    ),
    http.patch(
      `${base}/docker-compose`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const checked = validate(DockerComposeYaml, await info.request.text(), "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          const compose = { ...cvm.compose, docker_compose_file: checked.value };
          const hash = composeHash(compose);
          const blocked = onChainGate(info.state, cvm, hash, info.request);
          if (blocked) return blocked;
          const correlation_id = applyCompose(info, cvm, compose, hash);
          return json({ status: "in_progress", message: "Docker compose update initiated", correlation_id }, 202);
        }),
      ),
    ),
    http.patch(
      `${base}/resources`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const checked = validate(UpdateCvmResourcesRequest, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          const { instance_type, vcpu, memory, disk_size } = checked.value;
          const type = instance_type === undefined ? undefined : info.state.instanceTypes.find((t) => t.id === instance_type);
          if (instance_type !== undefined && !type) {
            return structuredError(info.state, 400, {
              error_code: ErrorCodes.INSTANCE_TYPE_NOT_FOUND,
              message: `Instance type '${instance_type}' does not exist`,
              details: [{ field: "instance_type", value: instance_type, message: null }],
            });
          }
          if (disk_size !== undefined && disk_size < cvm.disk_size) return detailError(info.state, 400, "Disk size can only be increased");
          if (type) Object.assign(cvm, { instance_type: type.id, vcpu: type.vcpu, memory: type.memory_mb });
          if (vcpu !== undefined) cvm.vcpu = vcpu;
          if (memory !== undefined) cvm.memory = memory;
          if (disk_size !== undefined) cvm.disk_size = disk_size;
          cvm.updated_at = now(info.state);
          return empty(202);
        }),
      ),
    ),
    http.patch(
      `${base}/visibility`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const checked = validate(UpdateCvmVisibilityRequest, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          cvm.public_sysinfo = checked.value.public_sysinfo;
          cvm.public_logs = checked.value.public_logs;
          if (checked.value.public_tcbinfo !== undefined) cvm.public_tcbinfo = checked.value.public_tcbinfo;
          cvm.updated_at = now(info.state);
          const legacy = ctx.referenceShapes || info.version === "2025-10-28";
          return json(legacy ? toCvmDetailV20251028(info.state, cvm) : toCvmDetailV20260121(info.state, cvm));
        }),
      ),
    ),
  ];
}
