import * as v from "valibot";
import { CvmStatus } from "./cvm-common";

/**
 * The VM record (`VMSchema` in the official SDK): the answer of `commitCvmProvision` and of the
 * lifecycle actions (start, stop, shutdown, restart). `id` is numeric up to API 2026-01-21 and a
 * hashed string from 2026-05-22; both are accepted. Memory is in MB, disk in GB.
 */
export const VmRecord = v.looseObject({
  id: v.union([v.number(), v.string()]),
  name: v.string(),
  status: CvmStatus,
  teepod_id: v.number(),
  teepod: v.nullish(
    v.looseObject({ id: v.number(), name: v.string(), region_identifier: v.nullish(v.string()) }),
  ),
  user_id: v.nullish(v.union([v.number(), v.string()])),
  app_id: v.nullable(v.string()),
  vm_uuid: v.nullable(v.string()),
  instance_id: v.nullable(v.string()),
  app_url: v.nullish(v.string()),
  base_image: v.nullish(v.string()),
  vcpu: v.number(),
  memory: v.number(),
  disk_size: v.number(),
  manifest_version: v.nullish(v.number()),
  version: v.nullish(v.string()),
  runner: v.nullish(v.string()),
  docker_compose_file: v.nullish(v.string()),
  features: v.nullish(v.array(v.string())),
  created_at: v.string(),
  encrypted_env_pubkey: v.nullish(v.string()),
  app_auth_contract_address: v.nullish(v.string()),
  deployer_address: v.nullish(v.string()),
});
/** See {@link VmRecord}. */
export type VmRecord = v.InferOutput<typeof VmRecord>;

/** Body of `restartCvm`: `POST /cvms/{id}/restart`. `force` may skip the graceful shutdown. */
export const RestartCvmRequest = v.strictObject({
  force: v.optional(v.boolean()),
});
/** See {@link RestartCvmRequest}. */
export type RestartCvmRequest = v.InferInput<typeof RestartCvmRequest>;
