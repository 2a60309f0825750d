// Shared tsup preset. Each package's tsup.config.ts is one call:
//   export default createTsupConfig({ entry: { index: "src/index.ts", mock: "src/mock/index.ts" } });
const fs = require("node:fs");
const path = require("node:path");

/**
 * @param {{ entry: Record<string, string> | string[], noExternal?: string[] }} options
 */
module.exports = function createTsupConfig({ entry, noExternal = [] }) {
  const packageJson = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8"));
  return {
    entry,
    format: ["esm", "cjs"],
    // tsup 8.5 hands `baseUrl` to the TS 6 compiler API for the d.ts build: TS5101 without this (P17).
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    // No source maps in the published packages: they would double the install size (bench budget: ≤ 3 MB
    // with valibot), and the unminified ESM and CJS builds read well in a debugger as they are.
    sourcemap: false,
    target: "es2022",
    splitting: true,
    // No keepNames: it wraps every function and class in a `__name(...)` call, which costs bundle size
    // (about 2 kB gzipped per client app) and time on every request that creates a closure. Error
    // names do not depend on it: CloudSdkError sets `name` from each class's declared errorType, so a
    // class renamed by the bundler (ky's `TimeoutError` next to ours) still prints as itself.
    keepNames: false,
    treeshake: true,
    define: {
      __PACKAGE_NAME__: JSON.stringify(packageJson.name),
      __PACKAGE_VERSION__: JSON.stringify(packageJson.version),
    },
    noExternal,
  };
};
