import createTsupConfig from "@cloud-sdk/tsup-config";

export default createTsupConfig({
  entry: { index: "src/index.ts", node: "src/node.ts", "node-unavailable": "src/node-unavailable.ts" },
  // ky is ESM-only. Left external, the CJS build would do `__toESM(require("ky"), 1).default`, which is
  // the namespace object under Node's require(esm): "ky.default.create is not a function" (toolchain P14).
  // Bundled, dist/index.cjs is self-contained and users install one package fewer.
  noExternal: ["ky"],
});
