import type { HttpHandler } from "msw";
import * as v from "valibot";
import type { OperationId } from "../../routes";
import { VmExecParams } from "../../schemas/exec";
import {
  FirewallRuleParams,
  SnapshotCreateParams,
  VmCreateParams,
  VmResizeParams,
} from "../../schemas/vm-params";
import type { MockContext } from "../context";
import { runMockCommand } from "../exec";
import {
  errorResponse,
  fieldErrorsResponse,
  jsonResponse,
  noContent,
  queryFlag,
  readJsonBody,
  validationResponse,
} from "../http";
import { findVm } from "../lookup";
import { requestedProject } from "../project-scope";
import { readCreate } from "../create-request";
import { route } from "../route";
import type { PodstackMockVm } from "../state";
import { serializeTask, startTask } from "../task-lifecycle";
import { advanceVm, applyVmAction, serializeSnapshot, serializeVm, type VmAction } from "../vm-lifecycle";

/**
 * Handlers of the VM routes. Reading a VM advances it (`creating → starting → running`); resizing
 * needs a stopped VM and a disk at least as large; a restore goes through a task, during which the
 * VM is `restoring`.
 */
export function vmHandlers(ctx: MockContext): HttpHandler[] {
  const send = (vm: PodstackMockVm, status = 200) => jsonResponse(serializeVm(vm), status);
  let addresses = 100;

  const action = (operation: OperationId, verb: VmAction) =>
    route(ctx, operation, ({ request, id }) => {
      const vm = findVm(ctx, operation, request, id);
      if (vm instanceof Response) return vm;
      const refused = applyVmAction(vm, verb);
      return refused === undefined ? send(vm) : errorResponse(409, refused);
    });

  /** The VM and the parsed body of a by-id request with a JSON body, or the error to answer. */
  const withBody = async <T extends v.GenericSchema>(
    operation: OperationId,
    request: Request,
    id: string,
    schema: T,
  ): Promise<{ vm: PodstackMockVm; params: v.InferOutput<T> } | Response> => {
    const read = await readJsonBody(request);
    if (!read.ok) return read.response;
    const vm = findVm(ctx, operation, request, id, read.body);
    if (vm instanceof Response) return vm;
    const parsed = v.safeParse(schema, read.body);
    if (!parsed.success) return validationResponse(parsed.issues);
    return { vm, params: parsed.output };
  };

  return [
    // Before vms/:id, which would otherwise take "images" for an id.
    route(ctx, "vms.images", () => jsonResponse(ctx.state.images)),

    route(ctx, "vms.list", ({ request }) => {
      const scope = requestedProject(ctx, "vms.list", request);
      if (scope instanceof Response) return scope;
      const status = new URL(request.url).searchParams.get("status")?.toLowerCase();
      const inScope = ctx.state.vms.filter(
        (vm) => scope.projectId === undefined || vm.project_id === scope.projectId,
      );
      inScope.forEach(advanceVm);
      const listed = status ? inScope.filter((vm) => vm.status === status) : inScope;
      return jsonResponse(listed.map(serializeVm));
    }),

    route(ctx, "vms.create", async ({ request }) => {
      const create = await readCreate(ctx, "vms.create", request, VmCreateParams, "VM");
      if (create instanceof Response) return create;
      const { projectId } = create;
      const params = create.params;
      const errors: Record<string, string[]> = {};
      if (ctx.state.vms.some((vm) => vm.project_id === projectId && vm.name === params.name)) {
        errors.name = [`A VM named ${params.name} already exists in this project`];
      }
      if (!ctx.state.images.some((image) => image.id === params.os)) {
        errors.os = [`Unknown image ${params.os}; see GET /vms/images`];
      }
      if (Object.keys(errors).length > 0) return fieldErrorsResponse(errors);
      if (ctx.state.wallet.balance < 1) {
        return errorResponse(402, "Insufficient balance", {
          required_amount: 1,
          available_amount: ctx.state.wallet.balance,
        });
      }
      addresses += 1;
      const vm: PodstackMockVm = {
        id: ctx.nextId("vm"),
        name: params.name,
        status: "creating",
        project_id: projectId,
        os: params.os,
        cpu: params.cpu ?? 4,
        memory: params.memory ?? 16,
        disk: params.disk ?? 100,
        gpu_type: params.gpu_type ?? null,
        gpu_count: params.gpu_count ?? (params.gpu_type ? 1 : 0),
        public_ip: params.public_ip ? `203.0.113.${addresses}` : null,
        private_ip: `10.0.0.${addresses}`,
        user_data: params.user_data ?? null,
        labels: params.labels ?? {},
        created_at: ctx.now(),
        snapshots: [],
        firewall_rules: [],
      };
      ctx.state.vms.push(vm);
      return send(vm, 201);
    }),

    route(ctx, "vms.get", ({ request, id }) => {
      const vm = findVm(ctx, "vms.get", request, id);
      if (vm instanceof Response) return vm;
      advanceVm(vm);
      return send(vm);
    }),

    action("vms.start", "start"),
    action("vms.stop", "stop"),
    action("vms.restart", "restart"),

    route(ctx, "vms.delete", ({ request, id }) => {
      const vm = findVm(ctx, "vms.delete", request, id);
      if (vm instanceof Response) return vm;
      if (vm.status !== "stopped" && !queryFlag(request, "force")) {
        return errorResponse(409, `VM ${vm.id} is ${vm.status}: stop it first or delete it with force=true`);
      }
      ctx.state.vms.splice(ctx.state.vms.indexOf(vm), 1);
      return noContent();
    }),

    route(ctx, "vms.resize", async ({ request, id }) => {
      const found = await withBody("vms.resize", request, id, VmResizeParams);
      if (found instanceof Response) return found;
      const { vm, params } = found;
      if (vm.status !== "stopped") return errorResponse(409, `VM ${vm.id} is ${vm.status}: stop it before resizing`);
      if (params.disk !== undefined && params.disk < vm.disk) {
        return errorResponse(400, `Disk can only be increased (current ${vm.disk} GB, requested ${params.disk} GB)`);
      }
      vm.cpu = params.cpu ?? vm.cpu;
      vm.memory = params.memory ?? vm.memory;
      vm.disk = params.disk ?? vm.disk;
      return send(vm);
    }),

    route(ctx, "vms.createSnapshot", async ({ request, id }) => {
      const found = await withBody("vms.createSnapshot", request, id, SnapshotCreateParams);
      if (found instanceof Response) return found;
      const { vm, params } = found;
      const snapshot = {
        id: ctx.nextId("snap"),
        name: params.name,
        description: params.description ?? null,
        vm_id: vm.id,
        size_gb: vm.disk,
        status: "available",
        created_at: ctx.now(),
        saved: { cpu: vm.cpu, memory: vm.memory, disk: vm.disk },
      };
      vm.snapshots.push(snapshot);
      return jsonResponse(serializeSnapshot(snapshot), 201);
    }),

    route(ctx, "vms.snapshots", ({ request, id }) => {
      const vm = findVm(ctx, "vms.snapshots", request, id);
      return vm instanceof Response ? vm : jsonResponse(vm.snapshots.map(serializeSnapshot));
    }),

    route(ctx, "vms.restoreSnapshot", ({ request, id, params }) => {
      const vm = findVm(ctx, "vms.restoreSnapshot", request, id);
      if (vm instanceof Response) return vm;
      const snapshot = vm.snapshots.find((candidate) => candidate.id === params.snapshot_id);
      if (snapshot === undefined) return errorResponse(404, `Snapshot ${params.snapshot_id} not found`);
      if (vm.status === "restoring") return errorResponse(409, `VM ${vm.id} is already being restored`);
      Object.assign(vm, snapshot.saved);
      vm.status = "restoring";
      const task = startTask(ctx, {
        type: "restore_snapshot",
        outcome: "completed",
        result: { vm_id: vm.id, snapshot_id: snapshot.id },
        error: null,
        vm_id: vm.id,
      });
      return jsonResponse(serializeTask(task), 202);
    }),

    route(ctx, "vms.deleteSnapshot", ({ request, id, params }) => {
      const vm = findVm(ctx, "vms.deleteSnapshot", request, id);
      if (vm instanceof Response) return vm;
      const index = vm.snapshots.findIndex((candidate) => candidate.id === params.snapshot_id);
      if (index === -1) return errorResponse(404, `Snapshot ${params.snapshot_id} not found`);
      vm.snapshots.splice(index, 1);
      return noContent();
    }),

    route(ctx, "vms.allocatePublicIp", ({ request, id }) => {
      const vm = findVm(ctx, "vms.allocatePublicIp", request, id);
      if (vm instanceof Response) return vm;
      if (vm.public_ip !== null) return errorResponse(409, `VM ${vm.id} already has public IP ${vm.public_ip}`);
      addresses += 1;
      vm.public_ip = `203.0.113.${addresses}`;
      return send(vm);
    }),

    route(ctx, "vms.releasePublicIp", ({ request, id }) => {
      const vm = findVm(ctx, "vms.releasePublicIp", request, id);
      if (vm instanceof Response) return vm;
      vm.public_ip = null;
      return send(vm);
    }),

    route(ctx, "vms.addFirewallRule", async ({ request, id }) => {
      const found = await withBody("vms.addFirewallRule", request, id, FirewallRuleParams);
      if (found instanceof Response) return found;
      const { vm, params } = found;
      const rule = {
        id: ctx.nextId("fw"),
        protocol: params.protocol,
        port: params.port,
        source: params.source ?? "0.0.0.0/0",
      };
      vm.firewall_rules.push(rule);
      return jsonResponse(rule, 201);
    }),

    route(ctx, "vms.firewallRules", ({ request, id }) => {
      const vm = findVm(ctx, "vms.firewallRules", request, id);
      return vm instanceof Response ? vm : jsonResponse(vm.firewall_rules);
    }),

    route(ctx, "vms.removeFirewallRule", ({ request, id, params }) => {
      const vm = findVm(ctx, "vms.removeFirewallRule", request, id);
      if (vm instanceof Response) return vm;
      const index = vm.firewall_rules.findIndex((rule) => rule.id === params.rule_id);
      if (index === -1) return errorResponse(404, `Firewall rule ${params.rule_id} not found`);
      vm.firewall_rules.splice(index, 1);
      return noContent();
    }),

    route(ctx, "vms.metrics", ({ request, id }) => {
      const vm = findVm(ctx, "vms.metrics", request, id);
      if (vm instanceof Response) return vm;
      const running = vm.status === "running";
      return jsonResponse({
        cpu_usage: running ? 23.5 : 0,
        memory_used: running ? vm.memory / 4 : 0,
        memory_total: vm.memory,
        disk_used: vm.disk / 10,
        disk_total: vm.disk,
        network_in_mbps: running ? 12.5 : 0,
        network_out_mbps: running ? 3.25 : 0,
        gpu_utilization: vm.gpu_count > 0 ? (running ? 64 : 0) : null,
        gpu_memory_used: vm.gpu_count > 0 ? (running ? 20 : 0) : null,
        gpu_memory_total: vm.gpu_count > 0 ? vm.gpu_count * 80 : null,
      });
    }),

    route(ctx, "vms.console", ({ request, id }) => {
      const vm = findVm(ctx, "vms.console", request, id);
      if (vm instanceof Response) return vm;
      // An invented host; the expiry is 15 minutes on the fake's clock.
      const now = ctx.now();
      const expires = new Date(Date.parse(now) + 15 * 60_000).toISOString();
      return jsonResponse({ url: `https://console.podstack.ai/vms/${encodeURIComponent(vm.id)}`, expires_at: expires });
    }),

    route(ctx, "vms.exec", async ({ request, id }) => {
      const found = await withBody("vms.exec", request, id, VmExecParams);
      if (found instanceof Response) return found;
      const { vm, params } = found;
      if (vm.status !== "running") return errorResponse(409, `VM ${vm.id} is ${vm.status}: start it first`);
      return jsonResponse(runMockCommand(params.command, vm.gpu_type));
    }),
  ];
}
