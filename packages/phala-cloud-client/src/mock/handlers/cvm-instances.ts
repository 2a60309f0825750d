import { http, type HttpHandler } from "msw";
import * as v from "valibot";
import { RefreshCvmInstanceIdRequest, RefreshCvmInstanceIdsRequest, ReplicateCvmRequest } from "../../schemas";
import { type MockContext, route } from "../context";
import { hashedId, hexDigest, uuidFrom } from "../ids";
import { detailError, json, validationError } from "../responses";
import { findCvm, now, transition } from "../state";
import type { MockCvm, PhalaCloudMockState } from "../types";
import { readJson, validate } from "../validation";
import { toVmRecord } from "../views/vm-record";
import { withCvm } from "./cvm-updates";

const StatusBatchBody = v.object({ vm_uuids: v.array(v.string()) });

/** The instance id the CVM's node reports: the fake's stand-in for asking the node. */
const reportedInstanceId = (cvm: MockCvm) => hexDigest(`instance:${cvm.name}`, 40);

function refresh(state: PhalaCloudMockState, cvm: MockCvm, identifier: string, overwrite: boolean, dryRun: boolean) {
  const reported = reportedInstanceId(cvm);
  const old_instance_id = cvm.instance_id;
  const base = { cvm_id: cvm.id, identifier, old_instance_id, source: "teepod_info", verified_with_gateway: false };
  if (old_instance_id === reported) return { ...base, status: "unchanged", new_instance_id: reported, reason: null };
  if (old_instance_id !== null && !overwrite) {
    return { ...base, status: "skipped", new_instance_id: old_instance_id, reason: "instance id already set; pass overwrite" };
  }
  if (!dryRun) {
    cvm.instance_id = reported;
    cvm.updated_at = now(state);
  }
  return { ...base, status: "updated", new_instance_id: reported, reason: null };
}

function replicate(state: PhalaCloudMockState, source: MockCvm, nodeId: number): MockCvm {
  const id = ++state.counters.cvm;
  const name = `${source.name}-r${id}`.slice(0, 63);
  const replica: MockCvm = {
    ...structuredClone(source),
    id,
    hashed_id: hashedId("cvm", id),
    name,
    vm_uuid: uuidFrom(`vm:${name}`),
    instance_id: null,
    node_id: nodeId,
    created_at: now(state),
  };
  state.cvms.push(replica);
  transition(state, replica, "starting", ["running"]);
  return replica;
}

/** Replicas, instance-id refreshes and the batch status read. */
export function cvmInstanceHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/cvms`;
  return [
    // Before `PATCH /cvms/:cvmId`, which would take `instance-ids` for a CVM id.
    http.patch(
      `${base}/instance-ids`,
      route(ctx, async (info) => {
        const body = await readJson(info.request);
        if (!body.ok) return validationError(info.state, body.items);
        const checked = validate(RefreshCvmInstanceIdsRequest, body.value, "body");
        if (!checked.ok) return validationError(info.state, checked.items);
        const { cvm_ids, running_only, missing_only, overwrite = false, limit = 500, dry_run = false } = checked.value;
        const chosen = (cvm_ids ? cvm_ids.map((id) => findCvm(info.state, id)).filter((cvm) => cvm !== undefined) : info.state.cvms).filter(
          (cvm) => (!running_only || cvm.status === "running") && (!missing_only || cvm.instance_id === null),
        );
        const items = chosen.slice(0, limit).map((cvm) => refresh(info.state, cvm, cvm.hashed_id, overwrite, dry_run));
        const count = (status: string) => items.filter((item) => item.status === status).length;
        return json({
          total: chosen.length,
          scanned: items.length,
          updated: count("updated"),
          unchanged: count("unchanged"),
          skipped: count("skipped"),
          conflicts: count("conflict"),
          errors: count("error"),
          items,
        });
      }),
    ),
    http.patch(
      `${base}/:cvmId/instance-id`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const checked = validate(RefreshCvmInstanceIdRequest, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          return json(refresh(info.state, cvm, info.params.cvmId as string, checked.value.overwrite ?? false, checked.value.dry_run ?? false));
        }),
      ),
    ),
    http.post(
      `${base}/:cvmId/replicas`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const checked = validate(ReplicateCvmRequest, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          const nodeId = checked.value.node_id ?? cvm.node_id;
          if (!info.state.nodes.some((node) => node.teepod_id === nodeId)) return detailError(info.state, 404, `Node ${nodeId} not found`);
          return json(toVmRecord(info.state, replicate(info.state, cvm, nodeId)));
        }),
      ),
    ),
    http.post(
      `${ctx.base}/status/batch`,
      route(ctx, async (info) => {
        const body = await readJson(info.request);
        if (!body.ok) return validationError(info.state, body.items);
        const checked = validate(StatusBatchBody, body.value, "body");
        if (!checked.ok) return validationError(info.state, checked.items);
        const result: Record<string, unknown> = {};
        for (const uuid of checked.value.vm_uuids) {
          const cvm = info.state.cvms.find((candidate) => candidate.vm_uuid.replace(/-/g, "") === uuid.replace(/-/g, "").toLowerCase());
          if (!cvm) continue;
          result[uuid] = {
            vm_uuid: cvm.vm_uuid,
            status: cvm.status,
            uptime: cvm.status === "running" ? "5m" : null,
            in_progress: cvm.progress !== null,
            boot_progress: cvm.status === "starting" ? "booting" : null,
            boot_error: null,
            operation_type: cvm.progress ? "transition" : null,
            operation_started_at: cvm.progress?.started_at ?? null,
            correlation_id: cvm.progress?.correlation_id ?? null,
          };
        }
        return json(result);
      }),
    ),
  ];
}
