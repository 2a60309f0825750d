import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { installedPackages } from "../test/consumer/project.js";
import { runCommand } from "../runtimes/runners.js";
import { changelogSection, expectedVersions, readChangesets, type Changeset } from "./changesets.js";
import { npmrc, startRegistry, type LocalRegistry } from "./registry.js";

// The release, rehearsed: in a clone of the current HEAD, the pending changesets are versioned and
// published with changesets to a local Verdaccio (`@cloud-sdk/*` only there, the rest proxied to the npm
// registry), then each provider is installed from it into an empty project, as a user would. Then a patch
// to auth-core alone is released, and the existing installs take it through their caret range.
const WORKSPACE = resolve(__dirname, "../..");
const AUTH_CORE = "@cloud-sdk/auth-core";
const PACKAGES: Record<string, string> = {
  [AUTH_CORE]: "auth-core",
  "@cloud-sdk/lambda-cloud-client": "lambda-cloud-client",
  "@cloud-sdk/phala-cloud-client": "phala-cloud-client",
  "@cloud-sdk/podstack-client": "podstack-client",
  "@cloud-sdk/phota-client": "phota-client",
};
const PROVIDERS = Object.keys(PACKAGES).filter((name) => name !== AUTH_CORE);
const STEP_TIMEOUT_MS = 180_000;

let work: string;
let repository: string;
let registry: LocalRegistry | undefined;
let env: NodeJS.ProcessEnv;
let firstChangesets: Changeset[];
let firstVersions: Record<string, string>;
const projects: Record<string, string> = {};

const versionOf = (name: string) => (JSON.parse(readFileSync(join(repository, "packages", PACKAGES[name]!, "package.json"), "utf8")) as { version: string }).version;

/** Runs a command; fails with its output when it exits non-zero. */
async function run(command: string, args: string[], cwd: string): Promise<string> {
  const finished = await runCommand(command, args, { cwd, env });
  if (finished.code !== 0) {
    const verdaccio = registry?.log().trim().split("\n").slice(-20).join("\n") ?? "";
    throw new Error(`${command} ${args.join(" ")} exited ${finished.code}:\n${finished.stdout}\n${finished.stderr}${verdaccio ? `\nVerdaccio said:\n${verdaccio}` : ""}`);
  }
  return finished.stdout;
}

/** The packument of a package on the local registry. */
async function packument(name: string): Promise<{ "dist-tags": { latest: string }; versions: Record<string, { dependencies?: Record<string, string> }> }> {
  const response = await fetch(`${registry!.url}${name.replace("/", "%2f")}`);
  if (!response.ok) throw new Error(`${name} on the local registry: ${response.status}`);
  return (await response.json()) as never;
}

const changeset = (...args: string[]) => run(join(repository, "node_modules/.bin/changeset"), args, repository);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "cloud-sdk-release-"));
  repository = join(work, "repository");
  registry = await startRegistry(work);
  writeFileSync(join(work, "npmrc"), npmrc(registry));
  env = {
    PATH: process.env.PATH,
    HOME: work,
    NPM_CONFIG_USERCONFIG: join(work, "npmrc"),
    npm_config_registry: registry.url,
    NPM_CONFIG_CACHE: join(work, "npm-cache"),
    GIT_CONFIG_NOSYSTEM: "1",
    TURBO_TELEMETRY_DISABLED: "1",
  };
  await run("git", ["clone", "--quiet", "--no-hardlinks", WORKSPACE, repository], work);
  // pnpm publish resolves `workspace:` ranges from the installed packages: install the packages and the
  // root (changesets) from the store, offline, without scripts. The built dist/ comes from the workspace
  // (turbo built it before this test).
  const store = (await runCommand("pnpm", ["store", "path"], { cwd: WORKSPACE, env: process.env })).stdout.trim();
  await run("pnpm", ["install", "--frozen-lockfile", "--offline", "--ignore-scripts", "--reporter=append-only", `--store-dir=${store}`, "--filter=cloud-sdk", "--filter=./packages/*"], repository);
  for (const directory of Object.values(PACKAGES)) {
    const dist = join(WORKSPACE, "packages", directory, "dist");
    if (!existsSync(dist)) throw new Error(`${dist} is missing: build the packages first (pnpm test:release runs through turbo, which does)`);
    cpSync(dist, join(repository, "packages", directory, "dist"), { recursive: true });
  }
}, STEP_TIMEOUT_MS);

afterAll(async () => {
  await registry?.stop();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
}, 30_000);

test("changeset version gives each package the version and CHANGELOG entries its pending changesets ask for", async () => {
  firstChangesets = readChangesets(repository);
  expect(firstChangesets.length).toBeGreaterThan(0);
  const expected = expectedVersions(firstChangesets, versionOf);
  await changeset("version");
  firstVersions = Object.fromEntries(Object.keys(PACKAGES).map((name) => [name, versionOf(name)]));
  for (const [name, version] of Object.entries(expected)) expect(`${name}@${firstVersions[name]}`).toBe(`${name}@${version}`);
  for (const entry of firstChangesets) {
    for (const name of Object.keys(entry.releases)) {
      const changelog = readFileSync(join(repository, "packages", PACKAGES[name]!, "CHANGELOG.md"), "utf8");
      expect(changelogSection(changelog, firstVersions[name]!) ?? `no "## ${firstVersions[name]}" in ${name}'s CHANGELOG`).toContain(entry.firstLine);
    }
  }
  expect(readChangesets(repository)).toEqual([]);
}, STEP_TIMEOUT_MS);

test("changeset publish puts every package on the registry, each provider depending on auth-core by a caret range", async () => {
  await changeset("publish");
  for (const name of Object.keys(PACKAGES)) expect(`${name}@${(await packument(name))["dist-tags"].latest}`).toBe(`${name}@${firstVersions[name]}`);
  for (const name of PROVIDERS) {
    const published = (await packument(name)).versions[firstVersions[name]!];
    expect(published?.dependencies?.[AUTH_CORE]).toBe(`^${firstVersions[AUTH_CORE]}`);
  }
}, STEP_TIMEOUT_MS);

test("each provider installs from the registry into an empty project in at most 4 packages, and loads", async () => {
  for (const name of PROVIDERS) {
    const project = join(work, `consumer-${PACKAGES[name]}`);
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", name], project);
    projects[name] = project;
    const installed = installedPackages(project);
    expect(installed.length).toBeLessThanOrEqual(4);
    expect(installed).toEqual(expect.arrayContaining([name, AUTH_CORE]));
    const loaded = await run(process.execPath, ["-e", `const m = require(${JSON.stringify(name)}); console.log(Object.keys(m).length > 0)`], project);
    expect(loaded.trim()).toBe("true");
    expect(installedVersion(project, AUTH_CORE)).toBe(firstVersions[AUTH_CORE]);
  }
}, STEP_TIMEOUT_MS);

const installedVersion = (project: string, name: string) =>
  (JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

describe("a patch changeset to auth-core alone", () => {
  let patched: string;

  test("versions and publishes auth-core alone", async () => {
    await run("git", ["add", "-A"], repository);
    await run("git", ["-c", "user.name=release-test", "-c", "user.email=release-test@example.test", "commit", "-qm", "first release"], repository);
    writeFileSync(join(repository, ".changeset/release-test-auth-core-fix.md"), `---\n"${AUTH_CORE}": patch\n---\n\nRelease test: a fix in auth-core alone.\n`);
    await changeset("version");
    patched = versionOf(AUTH_CORE);
    expect(patched).toBe(expectedVersions([{ file: "", releases: { [AUTH_CORE]: "patch" }, firstLine: "" }], () => firstVersions[AUTH_CORE]!)[AUTH_CORE]);
    for (const name of PROVIDERS) expect(`${name}@${versionOf(name)}`).toBe(`${name}@${firstVersions[name]}`);
    const changed = (await run("git", ["status", "--porcelain", "--untracked-files=all", "--", "packages"], repository)).split("\n").filter(Boolean).map((line) => line.slice(3));
    expect(changed.filter((path) => !path.startsWith("packages/auth-core/"))).toEqual([]);
    expect(changelogSection(readFileSync(join(repository, "packages/auth-core/CHANGELOG.md"), "utf8"), patched)).toContain("Release test: a fix in auth-core alone.");

    await changeset("publish");
    expect((await packument(AUTH_CORE))["dist-tags"].latest).toBe(patched);
    for (const name of PROVIDERS) expect(Object.keys((await packument(name)).versions)).toEqual([firstVersions[name]]);
  }, STEP_TIMEOUT_MS);

  test("the existing provider installs take it through their range with npm update", async () => {
    for (const name of PROVIDERS) {
      expect(projects[name]).toBeDefined();
      await run("npm", ["update", "--no-audit", "--no-fund", "--loglevel=error"], projects[name]!);
      expect(`${name} → ${AUTH_CORE}@${installedVersion(projects[name]!, AUTH_CORE)}`).toBe(`${name} → ${AUTH_CORE}@${patched}`);
      expect(installedVersion(projects[name]!, name)).toBe(firstVersions[name]);
    }
  }, STEP_TIMEOUT_MS);
});
