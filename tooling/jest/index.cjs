// Shared jest preset. Jest runs in CommonJS mode; @swc/jest transforms the TypeScript sources and
// the ESM-only packages that msw 2.15 and ky pull in (see ../../../shared/toolchain.md §2.6, P9, P10).
const fs = require("node:fs");
const path = require("node:path");

// ky + msw 2.15's ESM-only dependencies. A new ESM-only runtime dependency goes here.
const ESM_ONLY = ["ky", "rettime", "until-async", "@open-draft/deferred-promise"];

const swc = (syntax) => [
  require.resolve("@swc/jest"),
  {
    jsc: { target: "es2022", parser: { syntax } },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  },
];

/**
 * @param {Record<string, unknown>} [overrides]
 */
module.exports = function createJestConfig(overrides = {}) {
  const packageJson = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8"));
  return {
    testEnvironment: "node",
    testMatch: ["<rootDir>/test/**/*.test.ts"],
    transform: {
      "^.+\\.(ts|tsx|mts|cts)$": swc("typescript"),
      "^.+\\.(js|mjs|cjs)$": swc("ecmascript"),
    },
    // pnpm path: node_modules/.pnpm/@scope+name@1.2.3/node_modules/@scope/name/...
    transformIgnorePatterns: [
      `/node_modules/(?!(?:\\.pnpm/)?(?:${ESM_ONLY.map((name) => name.replace("/", "[+/]")).join("|")})[@/])`,
    ],
    moduleFileExtensions: ["ts", "tsx", "mts", "cts", "js", "mjs", "cjs", "json"],
    // Sources import siblings as "./file.js" (what Node's ESM resolution needs after the build);
    // in jest those are the .ts files themselves.
    moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
    // The build injects the same constant through tsup's `define`.
    globals: { __PACKAGE_NAME__: packageJson.name, __PACKAGE_VERSION__: packageJson.version },
    ...overrides,
  };
};
