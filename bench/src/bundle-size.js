// Bundle size: what an app pays to ship a client. Each app of bundle-apps.js is bundled by esbuild
// (bundle, minify, ESM, es2022) for platform "browser" and for platform "node", then gzipped with zlib
// at level 9; min and min+gz bytes are reported. A browser build that esbuild cannot make is reported
// with esbuild's reason. The metafile gives the largest contributors (minified bytes per package).
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { APPS } from "./bundle-apps.js";
import { bytes } from "./format.js";

const benchDir = fileURLToPath(new URL("..", import.meta.url));

export async function measureBundles() {
  const apps = [];
  for (const app of APPS) {
    const builds = {};
    for (const platform of ["browser", "node"]) builds[platform] = await bundle(app.source, platform);
    apps.push({ ...app, builds });
  }
  const sizes = (result) => (result.error ? [`fails: ${result.error}`, "—"] : [bytes(result.min), bytes(result.minGz)]);
  const kind = (app) => (app.ours ? "ours" : app.peer ? "peer" : "reference");
  return {
    id: "bundle",
    title: "3. Bundle size",
    how:
      "Each app imports one client and makes one call (source in bench/src/bundle-apps.js). esbuild 0.27 " +
      "(bundle, minify, format esm, target es2022, resolved from bench/) for platform browser and platform node; " +
      "min+gz = zlib gzip level 9 of the minified output. Bytes; 1 kB = 1,000 bytes. " +
      "\"largest parts\" = minified bytes per package in the browser bundle (the node one if the browser build fails), from esbuild's metafile.",
    tables: [
      {
        columns: ["app", "kind", "browser min", "browser min+gz", "node min", "node min+gz"],
        rows: apps.map((app) => [app.name, kind(app), ...sizes(app.builds.browser), ...sizes(app.builds.node)]),
      },
      {
        caption: "Largest parts of each bundle",
        columns: ["app", "largest parts (minified bytes)"],
        rows: apps.map((app) => [app.name, describeParts(app.builds.browser.error ? app.builds.node : app.builds.browser)]),
      },
    ],
    data: { apps },
  };
}

async function bundle(source, platform) {
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: benchDir, loader: "js", sourcefile: "app.js" },
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2022",
      platform,
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const code = result.outputFiles[0].contents;
    return { min: code.length, minGz: gzipSync(code, { level: 9 }).length, parts: partsOf(result.metafile) };
  } catch (error) {
    return { error: describeFailure(error) };
  }
}

/** esbuild's reason, shortened: the first error and how many more, with the modules it could not resolve. */
function describeFailure(error) {
  const errors = error.errors ?? [];
  if (errors.length === 0) return String(error.message ?? error).split("\n")[0];
  const names = errors.map((e) => /^Could not resolve "([^"]+)"/.exec(e.text)?.[1]);
  const first = errors[0].text.replace(/\n.*/s, "");
  if (names.every(Boolean)) {
    const builtins = errors.every((e) => e.notes.some((note) => note.text.includes("built into node")));
    return `could not resolve ${[...new Set(names)].map((m) => `"${m}"`).join(", ")}${builtins ? " (Node built-ins)" : ""}, ${errors.length} error(s)`;
  }
  return `${first}${errors.length > 1 ? ` (and ${errors.length - 1} more error(s))` : ""}`;
}

/** Minified bytes per package (node_modules name, or the workspace package's folder). */
function partsOf(metafile) {
  const output = Object.values(metafile.outputs)[0];
  const totals = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const modules = path.lastIndexOf("node_modules/");
    let name;
    if (modules >= 0) {
      const rest = path.slice(modules + "node_modules/".length).split("/");
      name = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    } else {
      const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(path);
      name = workspace ? `@cloud-sdk/${workspace[1]}` : "app";
    }
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function describeParts(result) {
  if (result.error) return "—";
  const shown = result.parts.slice(0, 4).map(([name, size]) => `${name} ${bytes(size)}`);
  return result.parts.length > 4 ? `${shown.join(", ")}, ${result.parts.length - 4} more` : shown.join(", ");
}
