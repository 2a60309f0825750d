import { http, type HttpHandler } from "msw";
import { GetKmsListRequest, KmsAppId, type KmsInfo, NextAppIdsRequest } from "../../schemas";
import { type MockContext, route } from "../context";
import { hexDigest } from "../ids";
import { json, notFound, validationError } from "../responses";
import { readQuery, validate } from "../validation";

/** From this API version on, `/kms` and `/kms/{slug}` answer KMS contracts, not nodes. */
const KMS_CONTRACT_API_VERSION = "2026-06-23";

/**
 * A KMS node seen as the contract it belongs to, in the Python SDK's `KmsContract` shape
 * ("Available from API version 2026-06-23"): `contract_address` is `"phala"` and `chain_id` 0 for
 * the off-chain Phala KMS. The fake gives each node a contract of its own (assumed).
 */
function toKmsContract(kms: KmsInfo) {
  return {
    id: `kc_${hexDigest(`contract:${kms.id}`, 8)}`,
    slug: kms.slug ?? null,
    label: null,
    contract_address: kms.kms_contract_address ?? "phala",
    chain_id: kms.chain_id ?? 0,
    k256_pubkey: null,
    ca_pubkey: null,
    node_count: 1,
  };
}

/** KMS list and detail, the env-encryption public key of an app, and the next Phala app ids. */
export function kmsHandlers(ctx: MockContext): HttpHandler[] {
  return [
    http.get(
      `${ctx.base}/kms`,
      route(ctx, ({ state, url, version }) => {
        const query = readQuery(url, { page: "int", page_size: "int", is_onchain: "bool" });
        if (query.items.length > 0) return validationError(state, query.items);
        const checked = validate(GetKmsListRequest, query.values, "query");
        if (!checked.ok) return validationError(state, checked.items);
        const { page = 1, page_size = 20, is_onchain } = checked.value;
        const all = state.kms.filter((kms) => is_onchain === undefined || (kms.chain_id !== null) === is_onchain);
        const nodes = all.slice((page - 1) * page_size, page * page_size);
        const items = version >= KMS_CONTRACT_API_VERSION ? nodes.map(toKmsContract) : nodes;
        return json({ items, total: all.length, page, page_size, pages: Math.ceil(all.length / page_size) });
      }),
    ),
    http.get(
      `${ctx.base}/kms/phala/next_app_id`,
      route(ctx, ({ state, url }) => {
        const query = readQuery(url, { counts: "int" });
        if (query.items.length > 0) return validationError(state, query.items);
        const checked = validate(NextAppIdsRequest, query.values, "query");
        if (!checked.ok) return validationError(state, checked.items);
        const start = state.counters.nonce;
        const app_ids = Array.from({ length: checked.value.counts ?? 1 }, (_, i) => ({
          app_id: hexDigest(`app:${state.user.username}:${start + i}`, 40),
          nonce: start + i,
        }));
        return json({ app_ids });
      }),
    ),
    http.get(
      `${ctx.base}/kms/:kmsId`,
      route(ctx, ({ state, params, version }) => {
        const kms = state.kms.find((k) => k.id === params.kmsId || k.slug === params.kmsId);
        if (!kms) return notFound(state, "KMS");
        return json(version >= KMS_CONTRACT_API_VERSION ? toKmsContract(kms) : kms);
      }),
    ),
    http.get(
      `${ctx.base}/kms/:kmsId/pubkey/:appId`,
      route(ctx, ({ state, params }) => {
        const appId = validate(KmsAppId, params.appId, "path");
        if (!appId.ok) return validationError(state, appId.items.map((item) => ({ ...item, loc: ["path", "app_id"] })));
        const kms = state.kms.find((k) => k.id === params.kmsId || k.slug === params.kmsId);
        if (!kms) return notFound(state, "KMS");
        const bare = appId.value.replace(/^0x/i, "").toLowerCase();
        return json({
          public_key: hexDigest(`env-pubkey:${kms.id}:${bare}`, 64),
          signature: hexDigest(`signature:${kms.id}:${bare}`, 130),
        });
      }),
    ),
  ];
}
