// Install footprint: what `npm install` of one client puts on a user's disk. Our packages are packed
// with `pnpm pack` (which turns workspace:* into real versions) and the provider's tarball is installed
// together with auth-core's into an empty project, as npm would install them from the registry; the
// peers are installed from the npm registry at the benchmarked versions. Counts every package folder
// in node_modules (nested ones too), du -sk (disk) and apparent bytes, and what the bytes are.
import { spawnSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bytes, mebibytes } from "./format.js";

const packagesDir = fileURLToPath(new URL("../../packages/", import.meta.url));
const PROVIDERS = ["lambda-cloud-client", "phala-cloud-client", "podstack-client", "phota-client"];
const PEERS = ["@phala/cloud@0.2.9", "lambda-cloud-node-api@1.0.1"];
const NPM_FLAGS = ["--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline", "--loglevel=error"];

export function measureInstall() {
  const root = mkdtempSync(join(tmpdir(), "cloud-sdk-bench-install-"));
  try {
    const packs = join(root, "packs");
    const tarballs = Object.fromEntries(["auth-core", ...PROVIDERS].map((name) => [name, pack(name, packs)]));
    const installs = [];
    for (const provider of PROVIDERS) {
      const project = emptyProject(root, provider);
      npm(project, [tarballs["auth-core"].file, tarballs[provider].file]);
      installs.push({ name: `@cloud-sdk/${provider}`, ours: true, tarballBytes: tarballs[provider].bytes + tarballs["auth-core"].bytes, ...measureTree(project) });
    }
    for (const spec of PEERS) {
      const project = emptyProject(root, spec.replace(/\W+/g, "-"));
      npm(project, [spec]);
      installs.push({ name: spec, peer: true, ...measureTree(project) });
    }
    return report(tarballs, installs);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** `pnpm pack` of packages/<name>: answers the tarball's path and size. */
function pack(name, destination) {
  const result = run("pnpm", ["pack", "--json", "--pack-destination", destination], join(packagesDir, name));
  const { filename } = JSON.parse(result.stdout.slice(result.stdout.indexOf("{")));
  return { name: `@cloud-sdk/${name}`, file: filename, bytes: statSync(filename).size };
}

function emptyProject(root, name) {
  const dir = join(root, "projects", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bench-install", version: "1.0.0", private: true }));
  return dir;
}

function npm(project, specs) {
  // npm run from pnpm inherits pnpm's npm_config_* variables; keep only the ones about reaching the registry.
  const keep = /^npm_config_(registry|.*proxy|cafile|ca|strict_ssl|userconfig|cache)$/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || keep.test(key)));
  run("npm", ["install", ...NPM_FLAGS, ...specs], project, env);
}

function run(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.error?.message ?? ""}${result.stderr}`);
  return result;
}

/** Package count, du -sk, apparent bytes and their split (JS, source maps, type declarations, other). */
function measureTree(project) {
  const modules = join(project, "node_modules");
  const du = run("du", ["-sk", modules], project);
  const split = { js: 0, maps: 0, types: 0, other: 0 };
  walkFiles(modules, (path, size) => {
    if (/\.map$/.test(path)) split.maps += size;
    else if (/\.d\.[cm]?ts$/.test(path)) split.types += size;
    else if (/\.[cm]?js$/.test(path)) split.js += size;
    else split.other += size;
  });
  const apparentBytes = split.js + split.maps + split.types + split.other;
  const largest = listPackages(modules)
    .map((dir) => ({ name: dir.slice(dir.lastIndexOf("node_modules/") + "node_modules/".length), bytes: treeBytes(dir) }))
    .sort((a, b) => b.bytes - a.bytes);
  return { packages: largest.length, diskKiB: Number(du.stdout.split(/\s/)[0]), apparentBytes, split, largest };
}

function walkFiles(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(path, visit);
    else if (entry.isFile()) visit(path, lstatSync(path).size);
  }
}

/** Every node_modules/<name> and node_modules/@scope/<name> holding a package.json, at any depth. */
function listPackages(modules) {
  const found = [];
  const visitPackage = (dir) => {
    found.push(dir);
    const nested = join(dir, "node_modules");
    if (exists(nested)) visitModules(nested);
  };
  const visitModules = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith("@")) {
        for (const scoped of readdirSync(path, { withFileTypes: true })) if (scoped.isDirectory() && exists(join(path, scoped.name, "package.json"))) visitPackage(join(path, scoped.name));
      } else if (exists(join(path, "package.json"))) visitPackage(path);
    }
  };
  visitModules(modules);
  return found;
}

/** Apparent bytes of a package folder, its own nested node_modules excluded. */
function treeBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += treeBytes(path);
    else if (entry.isFile()) total += lstatSync(path).size;
  }
  return total;
}

function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function report(tarballs, installs) {
  const percent = (part, whole) => `${Math.round((100 * part) / whole)}%`;
  return {
    id: "install",
    title: "5. Install footprint",
    how:
      "Our packages: `pnpm pack` of the provider and of auth-core (workspace:* becomes 0.0.0), then `npm install <auth-core.tgz> <provider.tgz> " +
      `${NPM_FLAGS.slice(0, 4).join(" ")}\` into an empty project (npm ${npmVersion()}); valibot comes from the registry. Peers: \`npm install <name>@<version>\` the same way, ` +
      "npm's default peer handling. packages = folders with a package.json directly under any node_modules (nested included); disk = `du -sk node_modules`; " +
      "apparent = sum of file sizes. The split is of apparent bytes: .js/.cjs/.mjs, .map, .d.ts/.d.cts/.d.mts, other (README, package.json, …).",
    tables: [
      {
        caption: "Tarballs (pnpm pack)",
        columns: ["package", "tarball bytes"],
        rows: Object.values(tarballs).map((t) => [t.name, bytes(t.bytes)]),
      },
      {
        caption: "node_modules after npm install into an empty project",
        columns: ["install", "tarballs (provider + auth-core) bytes", "packages", "disk (du -sk)", "apparent bytes", "JS", "source maps", "type decls", "other"],
        rows: installs.map((i) => [
          i.name,
          i.ours ? bytes(i.tarballBytes) : "—",
          String(i.packages),
          `${bytes(i.diskKiB)} KiB`,
          bytes(i.apparentBytes),
          percent(i.split.js, i.apparentBytes),
          percent(i.split.maps, i.apparentBytes),
          percent(i.split.types, i.apparentBytes),
          percent(i.split.other, i.apparentBytes),
        ]),
      },
      {
        caption: "Largest installed packages (apparent bytes)",
        columns: ["install", "largest packages"],
        rows: installs.map((i) => [i.name, i.largest.slice(0, 4).map((p) => `${p.name} ${mebibytes(p.bytes)}`).join(", ") + (i.largest.length > 4 ? `, ${i.largest.length - 4} more` : "")]),
      },
    ],
    data: { tarballs, installs },
  };
}

function npmVersion() {
  return spawnSync("npm", ["--version"], { encoding: "utf8" }).stdout.trim();
}
