import { http, type HttpHandler } from "msw";
import { CommitCvmProvisionRequest, ErrorCodes, ProvisionCvmRequest } from "../../schemas";
import { composeHash } from "../compose";
import { type MockContext, route } from "../context";
import { hashedId, hexDigest, uuidFrom } from "../ids";
import { detailError, json, structuredError, validationError } from "../responses";
import { now, transition } from "../state";
import type { MockCvm, MockProvision } from "../types";
import { addRevision } from "../views/apps";
import { kmsOf } from "../views/lookups";
import { toVmRecord } from "../views/vm-record";
import { readJson, validate } from "../validation";
import { chooseKms, chooseNode, chooseSize } from "./provision-choices";

/** `POST /cvms/provision` (step 1) and `POST /cvms` (step 2, idempotent on app_id + compose_hash). */
export function cvmProvisionHandlers(ctx: MockContext): HttpHandler[] {
  return [
    http.post(
      `${ctx.base}/cvms/provision`,
      route(ctx, async ({ request, state }) => {
        const body = await readJson(request);
        if (!body.ok) return validationError(state, body.items);
        const checked = validate(ProvisionCvmRequest, body.value, "body");
        if (!checked.ok) return validationError(state, checked.items);
        const input = checked.value;
        if (state.cvms.some((cvm) => cvm.name === input.name)) {
          return structuredError(state, 409, {
            error_code: ErrorCodes.DUPLICATE_CVM_NAME,
            message: `A CVM named '${input.name}' already exists in this workspace`,
            details: [{ field: "name", value: input.name, message: null }],
            suggestions: ["Choose another name, or update the existing CVM"],
          });
        }
        const size = chooseSize(state, input);
        if (size instanceof Response) return size;
        const node = chooseNode(state, input);
        if (node instanceof Response) return node;
        const kms = chooseKms(state, input, node);
        if (kms instanceof Response) return kms;
        const compose = {
          name: input.compose_file.name || input.name,
          docker_compose_file: input.compose_file.docker_compose_file ?? "",
          ...(input.compose_file.pre_launch_script !== undefined ? { pre_launch_script: input.compose_file.pre_launch_script } : {}),
          allowed_envs: input.compose_file.allowed_envs ?? input.env_keys ?? [],
          kms_enabled: input.compose_file.kms_enabled ?? true,
          gateway_enabled: input.compose_file.gateway_enabled ?? input.compose_file.tproxy_enabled ?? true,
          ...(input.compose_file.storage_fs !== undefined ? { storage_fs: input.compose_file.storage_fs } : {}),
        };
        const onChain = kms.chain_id !== null;
        const nonce = input.nonce ?? state.counters.nonce;
        state.counters.nonce = Math.max(state.counters.nonce, nonce + 1);
        const expectedAppId = hexDigest(`app:${state.user.username}:${nonce}`, 40);
        if (!onChain && input.app_id && input.app_id.replace(/^0x/i, "").toLowerCase() !== expectedAppId) {
          return detailError(state, 400, `app_id does not match the app id of nonce ${nonce}`);
        }
        const app_id = onChain ? null : expectedAppId;
        const hash = composeHash(compose);
        const provision: MockProvision = {
          compose_hash: hash,
          app_id,
          name: input.name,
          node_id: node.teepod_id,
          kms_id: kms.id,
          ...size,
          image: input.image ?? node.images.find((img) => !img.is_dev)?.name ?? "dstack-0.5.3",
          compose,
          listed: input.listed ?? false,
          public_logs: input.compose_file.public_logs ?? true,
          public_sysinfo: input.compose_file.public_sysinfo ?? true,
          public_tcbinfo: input.compose_file.public_tcbinfo ?? true,
          app_env_encrypt_pubkey: hexDigest(`env-pubkey:${hash}`, 64),
        };
        state.provisions[hash] = provision;
        return json({
          app_id,
          app_env_encrypt_pubkey: provision.app_env_encrypt_pubkey,
          compose_hash: hash,
          kms_info: kms,
          fmspc: node.fmspc ?? null,
          device_id: node.device_id ?? null,
          os_image_hash: node.images.find((img) => img.name === provision.image)?.os_image_hash ?? null,
          instance_type: provision.instance_type,
          node_id: node.teepod_id,
          kms_id: kms.id,
        });
      }),
    ),
    http.post(
      `${ctx.base}/cvms`,
      route(ctx, async ({ request, state }) => {
        const body = await readJson(request);
        if (!body.ok) return validationError(state, body.items);
        const checked = validate(CommitCvmProvisionRequest, body.value, "body");
        if (!checked.ok) return validationError(state, checked.items);
        const input = checked.value;
        const appId = input.app_id.replace(/^(0x|app_)/i, "").toLowerCase();
        const existing = state.cvms.find((cvm) => cvm.app_id === appId);
        if (existing) {
          if (existing.compose_hash === input.compose_hash) return json(toVmRecord(state, existing));
          return structuredError(state, 409, {
            error_code: ErrorCodes.CVM_APP_ID_CONFLICT,
            message: "This app_id already has an active CVM with a different compose_hash",
            details: [
              { field: "app_id", value: appId, message: null },
              { field: "compose_hash", value: input.compose_hash, message: null },
            ],
            suggestions: ["Use the compose_hash of the existing CVM, or provision a new app"],
          });
        }
        const provision = state.provisions[input.compose_hash];
        if (!provision) return detailError(state, 400, "Provision not found or expired; call POST /cvms/provision again");
        const onChain = kmsOf(state, provision.kms_id).chain_id !== null;
        if (!onChain && provision.app_id !== appId) return detailError(state, 400, "app_id does not match the provisioned app_id");
        if (onChain && !input.contract_address) return detailError(state, 400, "contract_address is required for an on-chain KMS");
        delete state.provisions[input.compose_hash];
        const n = ++state.counters.cvm;
        const created_at = now(state);
        const { app_env_encrypt_pubkey, compose_hash, app_id: _ignored, ...rest } = provision;
        const cvm: MockCvm = {
          ...rest,
          id: n,
          hashed_id: hashedId("cvm", n),
          app_id: appId,
          vm_uuid: uuidFrom(`vm:${appId}:${n}`),
          instance_id: hexDigest(`instance:${appId}:${n}`, 40),
          status: "creating",
          pending: [],
          progress: null,
          gpus: 0,
          contract_address: input.contract_address ?? null,
          deployer_address: input.deployer_address ?? null,
          compose_hash,
          encrypted_env: input.encrypted_env ?? null,
          encrypted_env_pubkey: app_env_encrypt_pubkey,
          created_at,
          updated_at: created_at,
          workspace_id: state.workspaces.find((ws) => ws.slug === state.currentWorkspace)?.id ?? "",
        };
        transition(state, cvm, "creating", ["running"]);
        state.cvms.push(cvm);
        addRevision(state, cvm, "deploy", created_at);
        return json(toVmRecord(state, cvm));
      }),
    ),
  ];
}
