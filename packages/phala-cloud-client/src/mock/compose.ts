import type { AppCompose } from "../schemas";
import { hexDigest } from "./ids";
import type { MockCompose, MockCvm } from "./types";

/**
 * The compose hash of an app compose: a stand-in for dstack's SHA-256 over the app-compose JSON.
 * Any change to the compose (file, pre-launch script, allowed envs, flags) changes it.
 */
export function composeHash(compose: MockCompose): string {
  const canonical = JSON.stringify(compose, Object.keys(compose).sort());
  return hexDigest(`compose:${canonical}`, 64);
}

/** The app compose as `GET /cvms/{id}/compose_file` returns it. */
export function toAppCompose(cvm: MockCvm): AppCompose {
  const { compose } = cvm;
  return {
    manifest_version: 2,
    name: compose.name,
    runner: "docker-compose",
    docker_compose_file: compose.docker_compose_file,
    ...(compose.pre_launch_script !== undefined ? { pre_launch_script: compose.pre_launch_script } : {}),
    allowed_envs: [...compose.allowed_envs],
    features: ["kms", "tproxy-net"],
    kms_enabled: compose.kms_enabled,
    gateway_enabled: compose.gateway_enabled,
    public_logs: cvm.public_logs,
    public_sysinfo: cvm.public_sysinfo,
    public_tcbinfo: cvm.public_tcbinfo,
    ...(compose.storage_fs !== undefined ? { storage_fs: compose.storage_fs } : {}),
  };
}
