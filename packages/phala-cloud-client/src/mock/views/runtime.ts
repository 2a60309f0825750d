import type { CvmAttestation, CvmContainersStats, CvmNetwork, CvmState, CvmStats } from "../../schemas";
import { toAppCompose } from "../compose";
import { hexDigest } from "../ids";
import type { MockCvm, PhalaCloudMockState } from "../types";
import { publicUrls } from "./lookups";

const OFFLINE = "CVM is not running";

function online(cvm: MockCvm): boolean {
  return cvm.status === "running";
}

/** `GET /cvms/{id}/state`. */
export function toCvmState(cvm: MockCvm): CvmState {
  return {
    id: cvm.hashed_id,
    instance_id: cvm.instance_id,
    name: cvm.name,
    status: cvm.status,
    uptime: online(cvm) ? "5m" : null,
    exited_at: cvm.status === "stopped" ? cvm.updated_at : null,
    boot_progress: online(cvm) ? "done" : cvm.status === "starting" ? "booting" : null,
    boot_error: null,
    shutdown_progress: cvm.status === "stopping" || cvm.status === "shutting_down" ? "in progress" : null,
  };
}

/** `GET /cvms/{id}/stats`: guest-agent numbers while running. */
export function toCvmStats(cvm: MockCvm): CvmStats {
  const memory = cvm.memory * 1024 * 1024;
  return {
    is_online: online(cvm),
    is_public: cvm.public_sysinfo,
    error: online(cvm) ? null : OFFLINE,
    sysinfo: online(cvm)
      ? {
          os_name: "DStack",
          os_version: "0.5.3",
          kernel_version: "6.9.0-dstack",
          cpu_model: "INTEL(R) XEON(R) PLATINUM 8570 @2100 MHz",
          num_cpus: cvm.vcpu,
          total_memory: memory,
          available_memory: Math.round(memory * 0.6),
          used_memory: Math.round(memory * 0.4),
          free_memory: Math.round(memory * 0.5),
          total_swap: 0,
          used_swap: 0,
          free_swap: 0,
          uptime: 300,
          loadavg_one: 12,
          loadavg_five: 9,
          loadavg_fifteen: 7,
          disks: [{ name: "/dev/vda1", mount_point: "/", total_size: cvm.disk_size * 1024 ** 3, free_size: cvm.disk_size * 1024 ** 3 * 0.8 }],
        }
      : null,
    status: cvm.status,
    in_progress: cvm.pending.length > 0,
    boot_progress: online(cvm) ? "done" : null,
    boot_error: null,
  };
}

/** `GET /cvms/{id}/network`. */
export function toCvmNetwork(state: PhalaCloudMockState, cvm: MockCvm): CvmNetwork {
  return {
    is_online: online(cvm),
    is_public: true,
    error: online(cvm) ? null : OFFLINE,
    internal_ip: online(cvm) ? `10.0.3.${cvm.id % 250}` : null,
    latest_handshake: online(cvm) ? "2026-02-01T12:00:00Z" : null,
    public_urls: online(cvm) ? publicUrls(state, cvm) : null,
  };
}

/** `GET /cvms/{id}/composition`: one container per compose service the fake can spot. */
export function toCvmContainersStats(cvm: MockCvm): CvmContainersStats {
  const services = [...cvm.compose.docker_compose_file.matchAll(/^ {2}([A-Za-z0-9_.-]+):\s*$/gm)].map((m) => m[1] as string);
  return {
    is_online: online(cvm),
    is_public: cvm.public_logs,
    error: online(cvm) ? null : OFFLINE,
    docker_compose_file: cvm.compose.docker_compose_file,
    manifest_version: 2,
    version: "1.0.0",
    runner: "docker-compose",
    features: ["kms", "tproxy-net"],
    containers: online(cvm)
      ? services.map((service, i) => ({
          id: hexDigest(`container:${cvm.name}:${service}`, 64),
          names: [`/dstack-${service}-1`],
          image: "nginx:latest",
          image_id: `sha256:${hexDigest(`image:${service}`, 64)}`,
          command: null,
          created: 1769947200 + i,
          state: "running",
          status: "Up 5 minutes",
          log_endpoint: `https://${cvm.app_id}-8090.dstack.phala.network/logs/${service}`,
        }))
      : null,
  };
}

/** `GET /cvms/{id}/attestation`: a leaf certificate and the measured TCB while running. */
export function toCvmAttestation(cvm: MockCvm): CvmAttestation {
  if (!online(cvm)) {
    return { name: cvm.name, is_online: false, is_public: cvm.public_tcbinfo, error: OFFLINE, app_certificates: null, tcb_info: null, compose_file: null };
  }
  const compose = JSON.stringify(toAppCompose(cvm));
  const name = { common_name: `${cvm.app_id}.dstack`, organization: "Dstack", country: null, state: null, locality: null };
  return {
    name: cvm.name,
    is_online: true,
    is_public: cvm.public_tcbinfo,
    error: null,
    app_certificates: [
      {
        subject: name,
        issuer: { ...name, common_name: "Dstack App CA" },
        serial_number: hexDigest(`serial:${cvm.name}`, 32),
        not_before: cvm.created_at,
        not_after: "2027-02-01T00:00:00Z",
        version: "V3",
        fingerprint: hexDigest(`fingerprint:${cvm.name}`, 64),
        signature_algorithm: "ecdsa-with-SHA256",
        sans: [`${cvm.app_id}.dstack`],
        is_ca: false,
        position_in_chain: 0,
        quote: hexDigest(`quote:${cvm.compose_hash}`, 128),
        app_id: cvm.app_id,
        cert_usage: "app",
      },
    ],
    tcb_info: {
      mrtd: hexDigest(`mrtd:${cvm.image}`, 96),
      rootfs_hash: hexDigest(`rootfs:${cvm.image}`, 64),
      rtmr0: hexDigest(`rtmr0:${cvm.image}`, 96),
      rtmr1: hexDigest(`rtmr1:${cvm.image}`, 96),
      rtmr2: hexDigest(`rtmr2:${cvm.image}`, 96),
      rtmr3: hexDigest(`rtmr3:${cvm.compose_hash}`, 96),
      event_log: [{ imr: 3, event_type: 134217729, digest: hexDigest(`ev:${cvm.compose_hash}`, 96), event: "compose-hash", event_payload: cvm.compose_hash }],
      app_compose: compose,
    },
    compose_file: compose,
  };
}
