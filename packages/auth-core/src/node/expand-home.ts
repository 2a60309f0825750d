import { homedir } from "node:os";
import { join } from "node:path";

/**
 * The home directory: `HOME`, then `USERPROFILE`, then `HOMEDRIVE` + `HOMEPATH` (Windows), then
 * the operating system's answer. The variables come first so that a program (or a test) that sets
 * `HOME` is obeyed, as shells and the AWS SDK do.
 */
export function homeDirectory(): string {
  const env = process.env;
  if (env.HOME) return env.HOME;
  if (env.USERPROFILE) return env.USERPROFILE;
  if (env.HOMEDRIVE && env.HOMEPATH) return `${env.HOMEDRIVE}${env.HOMEPATH}`;
  return homedir();
}

/**
 * Expands a leading `~` to the home directory: `~/.podstack/credentials` →
 * `/home/ada/.podstack/credentials`. Other paths are returned unchanged.
 */
export function expandHome(path: string): string {
  if (path === "~") return homeDirectory();
  if (path.startsWith("~/") || path.startsWith("~\\")) return join(homeDirectory(), path.slice(2));
  return path;
}
