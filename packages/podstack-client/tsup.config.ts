import createTsupConfig from "@cloud-sdk/tsup-config";

export default createTsupConfig({
  entry: {
    index: "src/index.ts",
    mock: "src/mock/index.ts",
    node: "src/node.ts",
    "node-unavailable": "src/node-unavailable.ts",
  },
});
