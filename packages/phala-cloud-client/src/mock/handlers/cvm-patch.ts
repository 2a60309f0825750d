import { http, type HttpHandler } from "msw";
import * as v from "valibot";
import { AppCompose, CommitCvmComposeFileUpdateRequest, ErrorCodes, PatchCvmRequest } from "../../schemas";
import { isRegistered } from "../allowlist";
import { composeHash } from "../compose";
import { type MockContext, type RouteInfo, route } from "../context";
import { hexDigest } from "../ids";
import { onChainGate } from "../on-chain-gate";
import { json, structuredError, validationError } from "../responses";
import { now } from "../state";
import type { MockCompose, MockCvm, MockPendingUpdate } from "../types";
import { readJson, validate } from "../validation";
import { isOnChain, kmsOf, nodeOf } from "../views/lookups";
import { applyCompose, withCvm } from "./cvm-updates";

const TX_HASH = /^0x[0-9a-fA-F]{64}$/;
const COMPOSE_FIELDS = ["docker_compose_file", "pre_launch_script", "allowed_envs"] as const;
// The wire body of PATCH /cvms/{id}: the client's parameters without `prepareOnly` (a header).
const PatchBody = v.omit(PatchCvmRequest, ["prepareOnly"]);
// The body of POST /cvms/{id}/compose_file/provision: the app compose, plus `update_env_vars`.
const ProvisionBody = v.looseObject({ ...AppCompose.entries, update_env_vars: v.nullish(v.boolean()) });

const bare = (hash: string) => hash.replace(/^0x/i, "").toLowerCase();

/** Applies a patch's non-compose fields the fake keeps; the others are accepted and dropped. */
function applyChanges(cvm: MockCvm, changes: Record<string, unknown>): void {
  const { public_logs, public_sysinfo, public_tcbinfo, encrypted_env, vcpu, memory, disk_size, image, gpus } = changes as v.InferOutput<typeof PatchBody>;
  if (public_logs !== undefined) cvm.public_logs = public_logs;
  if (public_sysinfo !== undefined) cvm.public_sysinfo = public_sysinfo;
  if (public_tcbinfo !== undefined) cvm.public_tcbinfo = public_tcbinfo;
  if (encrypted_env !== undefined) cvm.encrypted_env = encrypted_env;
  if (vcpu !== undefined) cvm.vcpu = vcpu;
  if (memory !== undefined) cvm.memory = memory;
  if (disk_size !== undefined) cvm.disk_size = disk_size;
  if (image !== undefined) cvm.image = image;
  if (gpus !== undefined) cvm.gpus = gpus.count;
}

/** Applies a held update and forgets it; answers the update's correlation id. */
function applyPending(info: RouteInfo, cvm: MockCvm, hash: string, pending: MockPendingUpdate): string {
  delete info.state.pendingUpdates[hash];
  applyChanges(cvm, pending.changes);
  return applyCompose(info, cvm, pending.compose, hash);
}

// PATCH /cvms/{id} answers 202 with the correlation id only (the Python SDK's test fixture).
const accepted = (correlation_id: string) => json({ correlation_id }, 202);

function pendingFor(info: RouteInfo, cvm: MockCvm, hash: string | null | undefined): MockPendingUpdate | undefined {
  const pending = hash ? info.state.pendingUpdates[bare(hash)] : undefined;
  return pending?.cvm_id === cvm.id ? pending : undefined;
}

function unknownHash(info: RouteInfo, hash: string): Response {
  return structuredError(info.state, 466, {
    error_code: ErrorCodes.HASH_INVALID_OR_EXPIRED,
    message: "Compose hash is invalid or expired",
    details: [{ field: "compose_hash", value: hash, message: "no update of this CVM is waiting for this hash" }],
  });
}

/** The 465 of a held patch, with the prepare-only extras when it was prepared only. */
function hashRequired(info: RouteInfo, cvm: MockCvm, hash: string, token: string | null): Response {
  const device_id = nodeOf(info.state, cvm).device_id ?? "";
  const details = [
    { field: "compose_hash", value: hash, message: null },
    { field: "app_id", value: `0x${cvm.app_id}`, message: null },
    { field: "device_id", value: device_id, message: null },
    { field: "kms_info", value: kmsOf(info.state, cvm.kms_id), message: null },
    { field: "onchain_status", value: { compose_hash_allowed: false, device_id_allowed: true, is_allowed: false }, message: null },
  ];
  if (token) {
    details.push(
      { field: "commit_token", value: token, message: null },
      { field: "commit_url", value: `https://cloud.phala.com/dashboard/cvms/${cvm.hashed_id}/commit?token=${token}`, message: null },
      { field: "api_commit_url", value: `/cvms/${cvm.hashed_id}/commit-update`, message: null },
    );
  }
  return structuredError(info.state, 465, {
    error_code: ErrorCodes.HASH_REGISTRATION_REQUIRED,
    message: "Compose hash registration required on-chain",
    details,
    suggestions: ["Register the compose hash on the app contract (addComposeHash)", "Then confirm with the X-Compose-Hash and X-Transaction-Hash headers"],
  });
}

/** PATCH /cvms/{id} phase 2: the proof headers and an empty body apply the held patch. */
function confirm(info: RouteInfo, cvm: MockCvm, headerHash: string): Response {
  const hash = bare(headerHash);
  const pending = pendingFor(info, cvm, hash);
  if (!pending) return unknownHash(info, headerHash);
  const blocked = onChainGate(info.state, cvm, hash, info.request);
  if (blocked) return blocked;
  return accepted(applyPending(info, cvm, hash, pending));
}

async function patch(info: RouteInfo, cvm: MockCvm): Promise<Response> {
  const body = await readJson(info.request);
  if (!body.ok) return validationError(info.state, body.items);
  const checked = validate(PatchBody, body.value, "body");
  if (!checked.ok) return validationError(info.state, checked.items);
  const headerHash = info.request.headers.get("x-compose-hash");
  const given = Object.entries(checked.value).filter(([, value]) => value !== undefined);
  if (headerHash && given.length === 0) return confirm(info, cvm, headerHash);
  const composeChanges = Object.fromEntries(given.filter(([key]) => (COMPOSE_FIELDS as readonly string[]).includes(key)));
  const changes = Object.fromEntries(given.filter(([key]) => !(COMPOSE_FIELDS as readonly string[]).includes(key)));
  const compose: MockCompose = { ...cvm.compose, ...composeChanges };
  const hash = composeHash(compose);
  const pending: MockPendingUpdate = { cvm_id: cvm.id, compose, changes, commit_token: null };
  if (hash === cvm.compose_hash && Object.keys(changes).length === 0) {
    return json({ status: "no_change", message: "Compose configuration unchanged" });
  }
  // Prepare-only holds any patch for a commit (assumed: the server does so whatever the KMS).
  if (info.request.headers.get("x-prepare-only") === "true") {
    pending.commit_token = `ctk_${hexDigest(`commit:${hash}:${now(info.state)}`, 24)}`;
    info.state.pendingUpdates[hash] = pending;
    return hashRequired(info, cvm, hash, pending.commit_token);
  }
  if (isOnChain(info.state, cvm) && hash !== cvm.compose_hash && !isRegistered(info.state, cvm.app_id, hash)) {
    if (!headerHash) {
      info.state.pendingUpdates[hash] = pending;
      return hashRequired(info, cvm, hash, null);
    }
    const blocked = onChainGate(info.state, cvm, hash, info.request);
    if (blocked) return blocked;
  }
  return accepted(applyPending(info, cvm, hash, pending));
}

/** `PATCH /cvms/{id}` (one patch, its confirmation, prepare-only), its commit, and the two-phase compose update. */
export function cvmPatchHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/cvms/:cvmId`;
  return [
    http.patch(base, route(ctx, (info) => withCvm(info, (cvm) => patch(info, cvm)))),
    http.post(
      `${base}/commit-update`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const Commit = v.object({ token: v.string(), compose_hash: v.string(), transaction_hash: v.string() });
          const checked = validate(Commit, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          const { token, compose_hash, transaction_hash } = checked.value;
          const pending = pendingFor(info, cvm, compose_hash);
          if (!pending || pending.commit_token !== token) return unknownHash(info, compose_hash);
          if (!TX_HASH.test(transaction_hash)) {
            return structuredError(info.state, 467, {
              error_code: ErrorCodes.TX_VERIFICATION_FAILED,
              message: "Transaction verification failed",
              details: [{ field: "transaction_hash", value: transaction_hash, message: "not a transaction hash" }],
            });
          }
          const correlation_id = applyPending(info, cvm, bare(compose_hash), pending);
          return json({ correlation_id, status: "in_progress" });
        }),
      ),
    ),
    http.post(
      `${base}/compose_file/provision`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const checked = validate(ProvisionBody, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          const { docker_compose_file, pre_launch_script, allowed_envs, name, kms_enabled, gateway_enabled } = checked.value;
          const compose: MockCompose = {
            ...cvm.compose,
            docker_compose_file,
            ...(pre_launch_script !== undefined ? { pre_launch_script } : {}),
            ...(allowed_envs !== undefined ? { allowed_envs } : {}),
            ...(name !== undefined ? { name } : {}),
            ...(kms_enabled !== undefined ? { kms_enabled } : {}),
            ...(gateway_enabled !== undefined ? { gateway_enabled } : {}),
          };
          const hash = composeHash(compose);
          info.state.pendingUpdates[hash] = { cvm_id: cvm.id, compose, changes: {}, commit_token: null };
          const onChain = isOnChain(info.state, cvm);
          return json({
            app_id: onChain ? `0x${cvm.app_id}` : cvm.app_id,
            device_id: nodeOf(info.state, cvm).device_id ?? null,
            compose_hash: hash,
            kms_info: onChain ? kmsOf(info.state, cvm.kms_id) : null,
            compose_hash_registered: !onChain || isRegistered(info.state, cvm.app_id, hash),
          });
        }),
      ),
    ),
    http.patch(
      `${base}/compose_file`,
      route(ctx, (info) =>
        withCvm(info, async (cvm) => {
          const body = await readJson(info.request);
          if (!body.ok) return validationError(info.state, body.items);
          const checked = validate(CommitCvmComposeFileUpdateRequest, body.value, "body");
          if (!checked.ok) return validationError(info.state, checked.items);
          const pending = pendingFor(info, cvm, checked.value.compose_hash);
          if (!pending) return unknownHash(info, checked.value.compose_hash);
          if (checked.value.encrypted_env !== undefined) pending.changes.encrypted_env = checked.value.encrypted_env;
          applyPending(info, cvm, bare(checked.value.compose_hash), pending);
          // 202 with an empty object, as in the Python SDK's test fixture.
          return json({}, 202);
        }),
      ),
    ),
  ];
}

