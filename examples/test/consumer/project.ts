import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Packs a workspace package with pnpm (workspace:* becomes the real version) and answers the tarball's path. */
export function pack(packageDirectory: string, destination: string): string {
  const output = execFileSync("pnpm", ["pack", "--pack-destination", destination], { cwd: packageDirectory, encoding: "utf8" });
  const tarball = output.trim().split("\n").pop()!.trim();
  return tarball.startsWith("/") ? tarball : join(destination, tarball);
}

/**
 * A new project outside the workspace with only the given tarballs installed by npm (their runtime
 * dependencies come from the registry, as they would for a user).
 */
export function createConsumerProject(tarballs: readonly string[]): string {
  const directory = mkdtempSync(join(tmpdir(), "cloud-sdk-consumer-"));
  writeFileSync(join(directory, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }, null, 2));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline", "--loglevel=error", ...tarballs], {
    cwd: directory,
    stdio: "pipe",
  });
  return directory;
}

/** Every package installed under node_modules, nested ones included: `name@version`. */
export function installedPackages(directory: string): string[] {
  const found: string[] = [];
  const walk = (nodeModules: string) => {
    let entries: string[];
    try {
      entries = readdirSync(nodeModules);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith(".")) continue;
      if (entry.startsWith("@")) {
        for (const scoped of readdirSync(join(nodeModules, entry))) visit(join(nodeModules, entry, scoped), `${entry}/${scoped}`);
      } else visit(join(nodeModules, entry), entry);
    }
  };
  const visit = (path: string, name: string) => {
    found.push(name);
    walk(join(path, "node_modules"));
  };
  walk(join(directory, "node_modules"));
  return found.sort();
}

/** Bytes of every file below a directory. */
export function directorySize(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((total, entry) => total + directorySize(join(path, entry)), 0);
}

/** Writes files into the project. */
export function writeFiles(directory: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(directory, name, ".."), { recursive: true });
    writeFileSync(join(directory, name), content);
  }
}
