import { http, type HttpHandler } from "msw";
import * as v from "valibot";
import { CreateAppInstanceRequest } from "../../schemas";
import { composeHash, toAppCompose } from "../compose";
import { type MockContext, route } from "../context";
import { hashedId, uuidFrom } from "../ids";
import { detailError, json, notFound, validationError } from "../responses";
import { findAppCvms, now, transition } from "../state";
import type { MockCvm, PhalaCloudMockState } from "../types";
import { readJson, validate } from "../validation";
import { addRevision } from "../views/apps";
import { isOnChain, kmsOf, kmsTypeOf, nodeOf } from "../views/lookups";
import { toCvmAttestation } from "../views/runtime";
import { toVmRecord } from "../views/vm-record";

// The wire body of POST /apps/{appId}/instances: the client's parameters without `appId` (the path).
const InstanceBody = v.omit(CreateAppInstanceRequest, ["appId"]);
const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((value): value is string => typeof value === "string"))].sort();

function newInstance(state: PhalaCloudMockState, source: MockCvm, body: v.InferOutput<typeof InstanceBody>): MockCvm {
  const id = ++state.counters.cvm;
  const name = `${source.name}-i${id}`.slice(0, 63);
  const compose = {
    ...source.compose,
    ...(body.docker_compose_file !== undefined ? { docker_compose_file: body.docker_compose_file } : {}),
    ...(body.pre_launch_script !== undefined ? { pre_launch_script: body.pre_launch_script } : {}),
  };
  const instance: MockCvm = {
    ...structuredClone(source),
    id,
    hashed_id: hashedId("cvm", id),
    name,
    vm_uuid: uuidFrom(`vm:${name}`),
    instance_id: null,
    node_id: body.node_id ?? source.node_id,
    compose,
    compose_hash: composeHash(compose),
    encrypted_env: body.encrypted_env ?? source.encrypted_env,
    created_at: now(state),
  };
  state.cvms.push(instance);
  transition(state, instance, "starting", ["running"]);
  addRevision(state, instance, "deploy", instance.created_at);
  return instance;
}

function attestationOf(state: PhalaCloudMockState, cvms: MockCvm[]) {
  const first = cvms[0] as MockCvm;
  const kms = kmsOf(state, first.kms_id);
  return {
    app_id: first.app_id,
    contract_address: first.contract_address ?? `0x${first.app_id}`,
    kms_info: {
      contract_address: kms.kms_contract_address ?? "",
      chain_id: kms.chain_id === null ? null : String(kms.chain_id),
      version: kms.version,
      url: kms.url,
      gateway_app_id: kms.gateway_app_id,
      gateway_app_url: `https://gateway.${kms.slug ?? kms.id}.phala.example`,
      kms_type: kmsTypeOf(kms),
    },
    instances: cvms.map((cvm) => {
      const attestation = toCvmAttestation(cvm);
      return {
        vm_uuid: cvm.vm_uuid,
        name: cvm.name,
        instance_id: cvm.instance_id,
        status: cvm.status,
        image_version: cvm.image.replace(/^dstack-(dev-)?/, ""),
        quote: attestation.app_certificates?.[0]?.quote ?? null,
        device_id: nodeOf(state, cvm).device_id ?? undefined,
        tcb_info: attestation.tcb_info,
        app_certificates: attestation.app_certificates,
        compose_file: attestation.compose_file,
        error: attestation.error,
      };
    }),
    kms_guest_agent_info: { app_id: kms.gateway_app_id ?? undefined, app_name: "kms" },
    gateway_guest_agent_info: { app_id: kms.gateway_app_id ?? undefined, app_name: "gateway" },
    qemu_version: "9.2.1",
  };
}

/** An app's new instance, attestations, device allowlist, one revision, and the list's filter values. */
export function appDetailHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/apps`;
  return [
    // Before `GET /apps/:appId`, which would take `filter-options` for an app id.
    http.get(
      `${base}/filter-options`,
      route(ctx, ({ state }) =>
        json({
          statuses: unique(state.cvms.map((cvm) => cvm.status)),
          image_versions: unique(state.cvms.map((cvm) => cvm.image)),
          instance_types: unique(state.cvms.map((cvm) => cvm.instance_type)),
          kms_slugs: unique(state.cvms.map((cvm) => kmsOf(state, cvm.kms_id).slug)),
          kms_types: unique(state.cvms.map((cvm) => kmsTypeOf(kmsOf(state, cvm.kms_id)))),
          regions: unique(state.cvms.map((cvm) => nodeOf(state, cvm).region_identifier)),
          nodes: unique(state.cvms.map((cvm) => nodeOf(state, cvm).name)),
        }),
      ),
    ),
    http.post(
      `${base}/:appId/instances`,
      route(ctx, async ({ state, params, request }) => {
        const cvms = findAppCvms(state, params.appId as string);
        const source = cvms[cvms.length - 1];
        if (!source) return notFound(state, "App");
        const body = await readJson(request);
        if (!body.ok) return validationError(state, body.items);
        const checked = validate(InstanceBody, body.value, "body");
        if (!checked.ok) return validationError(state, checked.items);
        const nodeId = checked.value.node_id;
        if (nodeId !== undefined && !state.nodes.some((node) => node.teepod_id === nodeId)) return detailError(state, 404, `Node ${nodeId} not found`);
        return json(toVmRecord(state, newInstance(state, source, checked.value)));
      }),
    ),
    http.get(
      `${base}/:appId/attestations`,
      route(ctx, ({ state, params }) => {
        const cvms = findAppCvms(state, params.appId as string);
        return cvms.length === 0 ? notFound(state, "App") : json(attestationOf(state, cvms));
      }),
    ),
    http.get(
      `${base}/:appId/device-allowlist`,
      route(ctx, ({ state, params }) => {
        const cvms = findAppCvms(state, params.appId as string);
        const first = cvms[0];
        if (!first) return notFound(state, "App");
        if (!isOnChain(state, first)) return json({ is_onchain_kms: false, allow_any_device: null, chain_id: null, app_contract_address: null, devices: [] });
        const byDevice = new Map<string, { node_name: string | null; cvm_ids: number[] }>();
        for (const cvm of cvms) {
          const node = nodeOf(state, cvm);
          const entry = byDevice.get(node.device_id ?? "") ?? { node_name: node.name, cvm_ids: [] };
          entry.cvm_ids.push(cvm.id);
          byDevice.set(node.device_id ?? "", entry);
        }
        const onChainNodes = new Set(state.nodes.filter((node) => node.support_onchain_kms).map((node) => node.device_id));
        return json({
          is_onchain_kms: true,
          allow_any_device: false,
          chain_id: kmsOf(state, first.kms_id).chain_id,
          app_contract_address: first.contract_address,
          devices: [...byDevice].map(([device_id, entry]) => ({
            device_id,
            ...entry,
            allowed_onchain: onChainNodes.has(device_id),
            status: onChainNodes.has(device_id) ? "allowed" : "not_allowed",
          })),
        });
      }),
    ),
    http.get(
      `${base}/:appId/revisions/:revisionId`,
      route(ctx, ({ state, params, url }) => {
        const revision = state.revisions.find((rev) => rev.revision_id === params.revisionId);
        const appId = String(params.appId).replace(/^(app_|0x)/i, "").toLowerCase();
        if (!revision || revision.app_id !== appId) return notFound(state, "Revision");
        const cvm = state.cvms.find((candidate) => candidate.vm_uuid === revision.vm_uuid);
        // The fake keeps only each CVM's current compose, so an older revision has none.
        const compose = cvm && cvm.compose_hash === revision.compose_hash ? toAppCompose(cvm) : null;
        const raw = url.searchParams.get("raw_compose_file") === "true";
        return json({
          ...revision,
          compose_file: compose && raw ? JSON.stringify(compose) : compose,
          encrypted_env: cvm?.encrypted_env ?? "",
          user_config: cvm ? JSON.stringify({ hostname: cvm.name }) : "",
        });
      }),
    ),
  ];
}
