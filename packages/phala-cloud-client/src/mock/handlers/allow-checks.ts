import { http, type HttpHandler } from "msw";
import * as v from "valibot";
import { allowCheck } from "../allowlist";
import { type MockContext, route } from "../context";
import { detailError, json, notFound, validationError } from "../responses";
import { findAppCvms } from "../state";
import { readJson, validate } from "../validation";
import { isOnChain } from "../views/lookups";
import { withCvm } from "./cvm-updates";

const CvmCheckBody = v.object({ compose_hash: v.optional(v.string()), node_id: v.optional(v.number()), device_id: v.optional(v.string()) });
const AppCheckBody = v.object({ ...CvmCheckBody.entries, compose_hash: v.string(), chain_id: v.optional(v.number()) });
const NOT_ON_CHAIN = "This app does not use an on-chain KMS; nothing to check";
const CHAINS: Record<string, number> = { ethereum: 1, base: 8453 };

/** The on-chain allow checks (against the fake's stand-in for the contract) and the KMS contracts of a chain. */
export function allowCheckHandlers(ctx: MockContext): HttpHandler[] {
  return [
    http.post(
      `${ctx.base}/cvms/:cvmId/is-allowed`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const checked = validate(CvmCheckBody, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          // Assumed: the server refuses the check for a CVM on Phala's KMS (no contract to ask).
          if (!isOnChain(info.state, cvm)) return detailError(info.state, 400, NOT_ON_CHAIN);
          const { compose_hash, node_id, device_id } = checked.value;
          const nodeDevice = node_id === undefined ? undefined : info.state.nodes.find((node) => node.teepod_id === node_id)?.device_id ?? undefined;
          return json(allowCheck(info.state, cvm, compose_hash ?? cvm.compose_hash, device_id ?? nodeDevice, true));
        }),
      ),
    ),
    http.post(
      `${ctx.base}/apps/:appId/is-allowed`,
      route(ctx, async (info) => {
        const cvms = findAppCvms(info.state, info.params.appId as string);
        const first = cvms[0];
        if (!first) return notFound(info.state, "App");
        const body = await readJson(info.request);
        if (!body.ok) return validationError(info.state, body.items);
        const checked = validate(AppCheckBody, body.value, "body");
        if (!checked.ok) return validationError(info.state, checked.items);
        if (!isOnChain(info.state, first)) return detailError(info.state, 400, NOT_ON_CHAIN);
        const { compose_hash, node_id, device_id } = checked.value;
        const nodeDevice = node_id === undefined ? undefined : info.state.nodes.find((node) => node.teepod_id === node_id)?.device_id ?? undefined;
        return json(allowCheck(info.state, first, compose_hash.replace(/^0x/i, "").toLowerCase(), device_id ?? nodeDevice, false));
      }),
    ),
    http.post(
      `${ctx.base}/apps/:appId/cvms/is-allowed`,
      route(ctx, (info) => {
        const cvms = findAppCvms(info.state, info.params.appId as string);
        const first = cvms[0];
        if (!first) return notFound(info.state, "App");
        if (!isOnChain(info.state, first)) return json({ is_onchain: false, results: [], total: 0, allowed_count: 0, denied_count: 0, error_count: 0, skipped_cvm_ids: [] });
        const results = cvms.map((cvm) => allowCheck(info.state, cvm, cvm.compose_hash, undefined, true));
        const allowed_count = results.filter((result) => result.is_allowed).length;
        return json({
          is_onchain: true,
          results,
          total: results.length,
          allowed_count,
          denied_count: results.length - allowed_count,
          error_count: 0,
          skipped_cvm_ids: [],
        });
      }),
    ),
    http.get(
      `${ctx.base}/kms/on-chain/:chain`,
      route(ctx, ({ state, params }) => {
        const asked = String(params.chain).toLowerCase();
        const chainId = CHAINS[asked] ?? (/^\d+$/.test(asked) ? Number(asked) : undefined);
        const chainName = Object.keys(CHAINS).find((name) => CHAINS[name] === chainId);
        const kmsList = state.kms.filter((kms) => kms.chain_id !== null && kms.chain_id === chainId);
        if (chainId === undefined || !chainName || kmsList.length === 0) return detailError(state, 404, `No KMS contracts on chain '${params.chain}'`);
        const devices = state.nodes
          .filter((node) => node.support_onchain_kms && node.device_id)
          .map((node) => ({ device_id: node.device_id as string, node_name: node.name, on_chain_allowed: true }));
        const os_images = state.osImages.map((image) => ({
          name: image.name,
          version: Array.isArray(image.version) ? image.version.join(".") : image.version,
          os_image_hash: image.os_image_hash,
          on_chain_allowed: !image.is_dev,
        }));
        const contracts = kmsList.map((kms) => ({
          contract_address: kms.kms_contract_address ?? "",
          chain_id: chainId,
          chain_name: chainName,
          devices,
          os_images,
        }));
        return json({ chain_name: chainName, chain_id: chainId, contracts });
      }),
    ),
  ];
}
