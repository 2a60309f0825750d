import { defineConfig } from "tsup";

// A private program, not a library: ESM only, no declarations, dependencies stay external.
export default defineConfig({
  entry: { demo: "src/demo.ts", emulator: "src/emulator/index.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  clean: true,
  sourcemap: true,
});
