import type { HttpHandler } from "msw";
import { type Instance, type InstanceTypesItem, LaunchInstanceRequest, type Region } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { errorResponse, invalidParameters, LAMBDA_CLOUD_ERRORS, launchResourceNotFound } from "../errors.js";
import { bootingActions } from "../lifecycle.js";
import { ok, readBody, route } from "../route.js";

type Launch = LaunchInstanceRequest;

type Resolved = { region: Region; type: InstanceTypesItem };

/** Resolves what a launch refers to; the first problem becomes the documented error. */
function resolve(ctx: MockContext, launch: Launch): Resolved | Response {
  const region = ctx.state.regions.find((r) => r.name === launch.region_name);
  if (!region) return invalidParameters(`region_name: unknown region '${launch.region_name}'`);
  const type = ctx.state.instanceTypes[launch.instance_type_name];
  if (!type) return invalidParameters(`instance_type_name: unknown instance type '${launch.instance_type_name}'`);
  return checkReferences(ctx, launch, region) ?? checkCapacity(region, type) ?? { region, type };
}

function checkCapacity(region: Region, type: InstanceTypesItem): Response | undefined {
  if (type.regions_with_capacity_available.some((r) => r.name === region.name)) return undefined;
  return errorResponse(400, LAMBDA_CLOUD_ERRORS.insufficientCapacity);
}

function checkReferences(ctx: MockContext, launch: Launch, region: Region): Response | undefined {
  if (launch.ssh_key_names.length !== 1) return invalidParameters("ssh_key_names: exactly one SSH key must be specified.");
  const keyNames = new Set([...ctx.state.sshKeys.values()].map((k) => k.name));
  const missingKey = launch.ssh_key_names.find((name) => !keyNames.has(name));
  if (missingKey !== undefined) return launchResourceNotFound("SSH key", missingKey);
  const fileSystems = [...ctx.state.fileSystems.values()];
  const wanted = [
    ...(launch.file_system_names ?? []).map((name) => ({ ref: name, fs: fileSystems.find((f) => f.name === name) })),
    ...(launch.file_system_mounts ?? []).map((m) => ({ ref: m.file_system_id, fs: ctx.state.fileSystems.get(m.file_system_id) })),
  ];
  for (const { ref, fs } of wanted) {
    if (!fs) return launchResourceNotFound("Filesystem", ref);
    if (fs.region.name !== region.name) {
      return errorResponse(400, {
        code: "instance-operations/launch/file-system-in-wrong-region",
        message: `Filesystem '${fs.name}' is in region '${fs.region.name}', not '${region.name}'.`,
        suggestion: "Launch in the filesystem's region, or use a filesystem in this region.",
      });
    }
  }
  for (const { id } of launch.firewall_rulesets ?? []) {
    const ruleset = ctx.state.firewallRulesets.get(id);
    if (!ruleset) return launchResourceNotFound("Firewall ruleset", id);
    if (ruleset.region.name !== region.name) return invalidParameters(`firewall_rulesets: ruleset '${id}' is not in ${region.name}`);
  }
  if (launch.image) {
    const spec = launch.image;
    const found = ctx.state.images.some((image) =>
      "id" in spec ? image.id === spec.id : image.family === spec.family && image.region.name === region.name,
    );
    if (!found) return launchResourceNotFound("Image", "id" in spec ? spec.id : spec.family);
  }
  return undefined;
}

function mounts(ctx: MockContext, launch: Launch): { names: string[]; mounts: Instance["file_system_mounts"] } {
  const byName = new Map([...ctx.state.fileSystems.values()].map((f) => [f.name, f]));
  const result = new Map<string, { mount_point: string; file_system_id: string }>();
  for (const name of launch.file_system_names ?? []) {
    const fs = byName.get(name);
    if (fs) result.set(fs.id, { mount_point: fs.mount_point, file_system_id: fs.id });
  }
  // Explicit mounts win over the default mount point of the same filesystem (documented).
  for (const m of launch.file_system_mounts ?? []) result.set(m.file_system_id, { ...m });
  const names = [...result.keys()].map((id) => ctx.state.fileSystems.get(id)?.name ?? id);
  return { names, mounts: result.size > 0 ? [...result.values()] : undefined };
}

/** `POST /instance-operations/launch`: adds one `booting` instance. */
export function launchHandler(ctx: MockContext): HttpHandler {
  return route(ctx, "post", "/instance-operations/launch", async ({ request }) => {
    const body = await readBody(request, LaunchInstanceRequest);
    if (!body.ok) return body.response;
    const launch = body.value;
    const resolved = resolve(ctx, launch);
    if (resolved instanceof Response) return resolved;
    const { region, type } = resolved;
    const id = ctx.runtime.hexId();
    const { names, mounts: fileSystemMounts } = mounts(ctx, launch);
    const instance: Instance = {
      id,
      status: "booting",
      ssh_key_names: [...launch.ssh_key_names],
      file_system_names: names,
      region: structuredClone(region),
      instance_type: structuredClone(type.instance_type),
      actions: bootingActions(),
    };
    if (launch.name !== undefined) instance.name = launch.name;
    if (fileSystemMounts) instance.file_system_mounts = fileSystemMounts;
    if (launch.tags) instance.tags = launch.tags.map((t) => ({ ...t }));
    if (launch.firewall_rulesets) {
      instance.firewall_rulesets = launch.firewall_rulesets.map((r) => ({ id: r.id }));
      for (const { id: rulesetId } of launch.firewall_rulesets) ctx.state.firewallRulesets.get(rulesetId)?.instance_ids.push(id);
    }
    if (launch.hostname !== undefined) ctx.runtime.launchHostnames.set(id, launch.hostname);
    ctx.state.instances.set(id, instance);
    return ok({ instance_ids: [id] });
  });
}
