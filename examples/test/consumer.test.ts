import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startEmulators, type Emulators } from "../src/emulator/index.js";
import { CONSUMER_CASES } from "./consumer/providers.js";
import { createConsumerProject, directorySize, installedPackages, pack, writeFiles } from "./consumer/project.js";

// Consumer tests: each provider package is packed, installed with npm into a new project outside the
// workspace (nothing else goes in), then used as users will: import, require, and type-checked with
// the public types under moduleResolution bundler and node16.
const WORKSPACE = resolve(__dirname, "../..");
const TSC = resolve(__dirname, "../node_modules/.bin/tsc");
const FORBIDDEN = ["msw", "jest", "turbo", "typescript", "ky", "@typescript/native", "@cloud-sdk/tsconfig", "@cloud-sdk/jest-config"];
const ALL_PROVIDERS = CONSUMER_CASES.map((entry) => entry.packageName);
const execFileAsync = promisify(execFile);

let emulators: Emulators;
let tarballs: string;
let authCoreTarball: string;
const sizes: string[] = [];

beforeAll(async () => {
  emulators = await startEmulators();
  tarballs = mkdtempSync(join(tmpdir(), "cloud-sdk-tarballs-"));
  authCoreTarball = pack(join(WORKSPACE, "packages/auth-core"), tarballs);
}, 60_000);

afterAll(async () => {
  await emulators?.close();
  if (sizes.length > 0) process.stdout.write(`\nConsumer installs (packed tarball, installed node_modules):\n${sizes.join("\n")}\n`);
});

const tsconfig = (moduleResolution: "bundler" | "node16") =>
  JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      module: moduleResolution === "bundler" ? "Preserve" : "Node16",
      moduleResolution,
      strict: true,
      noEmit: true,
      types: [],
    },
    files: [moduleResolution === "bundler" ? "types.ts" : "types.mts"],
  });

describe.each(CONSUMER_CASES)("$packageName as a user installs it", (consumer) => {
  let project: string;
  let tarball: string;

  beforeAll(() => {
    tarball = pack(join(WORKSPACE, "packages", consumer.directory), tarballs);
    project = createConsumerProject([authCoreTarball, tarball]);
    writeFiles(project, {
      "esm.mjs": consumer.esm,
      "cjs.cjs": consumer.cjs,
      "types.ts": consumer.types,
      "types.mts": consumer.types,
      "tsconfig.bundler.json": tsconfig("bundler"),
      "tsconfig.node16.json": tsconfig("node16"),
    });
    sizes.push(
      `  ${consumer.packageName.padEnd(34)} tarball ${(statSync(tarball).size / 1024).toFixed(1)} kB, auth-core ${(statSync(authCoreTarball).size / 1024).toFixed(1)} kB; ` +
        `node_modules ${(directorySize(join(project, "node_modules")) / 1024).toFixed(0)} kB in ${installedPackages(project).length} packages`,
    );
  }, 120_000);

  test("the installed tree holds only the provider, auth-core and their runtime dependencies", () => {
    const installed = installedPackages(project);
    // Exactly the provider and what its package.json and auth-core's declare (auth-core, valibot, and
    // for Podstack aws4fetch): nothing a development dependency brought along.
    const declared = (directory: string) =>
      Object.keys((JSON.parse(readFileSync(join(WORKSPACE, "packages", directory, "package.json"), "utf8")) as { dependencies?: object }).dependencies ?? {});
    const expected = new Set([consumer.packageName, "@cloud-sdk/auth-core", ...declared(consumer.directory), ...declared("auth-core")]);
    expect(installed).toEqual([...expected].sort());
    expect(installed).toContain("valibot");
    for (const name of [...FORBIDDEN, ...ALL_PROVIDERS.filter((other) => other !== consumer.packageName)]) {
      expect(installed).not.toContain(name);
    }
  });

  // Asynchronous on purpose: the emulator answering the child lives in this process's event loop.
  const run = async (file: string, emulator: Emulators[keyof Omit<Emulators, "close">]) => {
    const { stdout } = await execFileAsync(process.execPath, [file], {
      cwd: project,
      encoding: "utf8",
      env: { PATH: process.env.PATH, BASE_URL: emulator.baseURL, API_KEY: emulator.apiKey },
    });
    return JSON.parse(stdout) as Record<string, unknown>;
  };

  test("an ESM file imports the client and calls the package's own fake", async () => {
    const result = await run("esm.mjs", emulators[consumer.emulator]);
    expect(Object.values(result).every((value) => value !== undefined && value !== 0)).toBe(true);
  }, 30_000);

  test("a CommonJS file requires the client and makes the same call", async () => {
    expect(await run("cjs.cjs", emulators[consumer.emulator])).toEqual(await run("esm.mjs", emulators[consumer.emulator]));
  }, 30_000);

  test.each(["bundler", "node16"] as const)("the public types pass tsc --noEmit with moduleResolution %s", async (resolution) => {
    const result = await execFileAsync(TSC, ["-p", `tsconfig.${resolution}.json`], { cwd: project, encoding: "utf8" }).then(
      () => "no errors",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe("no errors");
  }, 30_000);
});
