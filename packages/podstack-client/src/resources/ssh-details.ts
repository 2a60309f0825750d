import type { Pod } from "../schemas";

/** How to reach a pod over SSH, as `pods.ssh` answers it. */
export interface SshDetails {
  /** The command line Podstack gives (`ssh_command`), e.g. `ssh root@pod-123.cloud.podstack.ai`. */
  readonly command: string;
  /** The user to log in as, when the command names one. */
  readonly user: string | undefined;
  /** The host to connect to, when the command names one. */
  readonly host: string | undefined;
  /** The port: the command's `-p`, else 22. */
  readonly port: number;
  /** The pod as read. */
  readonly pod: Pod;
}

/** ssh options that take a value, so that the value is not mistaken for the destination. */
const WITH_VALUE = new Set("BbcDEeFIiJLlmOopQRSWw".split("").map((letter) => `-${letter}`));

/**
 * Reads user, host and port out of an SSH command line such as `ssh -p 2222 root@host`. Parts it
 * cannot find are `undefined` (port: 22); the command itself is always kept as given.
 */
export function parseSshCommand(command: string, pod: Pod): SshDetails {
  const words = command.trim().split(/\s+/);
  let port = 22;
  let destination: string | undefined;
  for (let index = words[0] === "ssh" ? 1 : 0; index < words.length; index++) {
    const word = words[index] ?? "";
    if (word === "-p") {
      const value = Number(words[index + 1]);
      if (Number.isInteger(value) && value > 0) port = value;
      index++;
    } else if (WITH_VALUE.has(word)) {
      index++;
    } else if (!word.startsWith("-") && destination === undefined) {
      destination = word;
    }
  }
  let user: string | undefined;
  let host = destination;
  if (destination?.startsWith("ssh://")) {
    const url = new URL(destination);
    return {
      command,
      user: url.username || undefined,
      host: url.hostname || undefined,
      port: url.port ? Number(url.port) : port,
      pod,
    };
  }
  const at = destination?.lastIndexOf("@") ?? -1;
  if (destination !== undefined && at > 0) {
    user = destination.slice(0, at);
    host = destination.slice(at + 1);
  }
  return { command, user, host, port, pod };
}
