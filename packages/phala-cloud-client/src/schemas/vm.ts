import * as v from "valibot";
import { CvmStatus } from "./cvm-common";

/**
 * The VM record (`VMSchema` in the official SDK): the answer of `commitCvmProvision` and of the
 * lifecycle actions (start, stop, shutdown, restart). `id` is numeric up to API 2026-01-21 and a
 * hashed string from 2026-05-22; both are accepted. Memory is in MB, disk in GB.
 */
export const VmRecord = v.looseObject({
  /** The VM's id: a number up to API 2026-01-21, a hashed string from 2026-05-22. */
  id: v.union([v.number(), v.string()]),
  /** The VM's name. */
  name: v.string(),
  /** Where the VM is in its lifecycle (`creating`, `running`, …). */
  status: CvmStatus,
  /** The id of the node (teepod) the VM runs on. */
  teepod_id: v.number(),
  /** That node, when given. */
  teepod: v.nullish(
    v.looseObject({
      /** The node's id. */
      id: v.number(),
      /** The node's name. */
      name: v.string(),
      /** The node's region, when known. */
      region_identifier: v.nullish(v.string()),
    }),
  ),
  /** The id of the user the VM belongs to, when given. */
  user_id: v.nullish(v.union([v.number(), v.string()])),
  /** The id of the app the VM runs, or `null`. */
  app_id: v.nullable(v.string()),
  /** The VM's UUID, or `null`. */
  vm_uuid: v.nullable(v.string()),
  /** The VM's instance id, or `null`. */
  instance_id: v.nullable(v.string()),
  /** The app's URL, when it has one. */
  app_url: v.nullish(v.string()),
  /** The name of the OS image the VM boots, when given. */
  base_image: v.nullish(v.string()),
  /** Number of virtual CPUs. */
  vcpu: v.number(),
  /** Memory, in MB. */
  memory: v.number(),
  /** Disk size, in GB. */
  disk_size: v.number(),
  /** The app-compose format version, when given. */
  manifest_version: v.nullish(v.number()),
  /** A version the record carries; which software's is not documented. */
  version: v.nullish(v.string()),
  /** What runs the app (e.g. `docker-compose`), when given. */
  runner: v.nullish(v.string()),
  /** The docker compose file the VM runs, when given. */
  docker_compose_file: v.nullish(v.string()),
  /** The app compose's features, when given. */
  features: v.nullish(v.array(v.string())),
  /** When the VM was created. */
  created_at: v.string(),
  /** The public key to encrypt the VM's env to, when given. */
  encrypted_env_pubkey: v.nullish(v.string()),
  /** On an on-chain KMS: the address of the app's auth contract. */
  app_auth_contract_address: v.nullish(v.string()),
  /** On an on-chain KMS: the address that deployed that contract. */
  deployer_address: v.nullish(v.string()),
});
/** See {@link VmRecord}. */
export type VmRecord = { [K in keyof v.InferOutput<typeof VmRecord>]: v.InferOutput<typeof VmRecord>[K] };

/** Body of `restartCvm`: `POST /cvms/{id}/restart`. `force` may skip the graceful shutdown. */
export const RestartCvmRequest = v.strictObject({
  /** Restart without waiting for a graceful shutdown; `false` when omitted. */
  force: v.optional(v.boolean()),
});
/** See {@link RestartCvmRequest}. */
export type RestartCvmRequest = {
  [K in keyof v.InferInput<typeof RestartCvmRequest>]: v.InferInput<typeof RestartCvmRequest>[K];
};
