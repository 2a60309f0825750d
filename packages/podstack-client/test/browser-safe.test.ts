import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const SRC = join(__dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
      ? [join(dir, entry.name)]
      : [],
  );
}

const NODE_BUILTINS = [
  "fs",
  "path",
  "os",
  "crypto",
  "http",
  "https",
  "url",
  "util",
  "stream",
  "buffer",
  "child_process",
];

describe("src/ is browser safe", () => {
  // The ./node entry (src/node.ts, src/node/) is Node-only by design; browsers get node-unavailable.ts.
  const files = sourceFiles(SRC).filter((file) => {
    const name = relative(SRC, file);
    return name !== "node.ts" && !name.startsWith(`node${sep}`);
  });

  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(SRC, file), file]))(
    "%s imports no Node built-in and touches no bare process",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      const imports = [
        ...text.matchAll(/from\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1] ?? m[2]);
      for (const specifier of imports) {
        expect(specifier?.startsWith("node:")).toBe(false);
        expect(NODE_BUILTINS).not.toContain(specifier);
      }
      expect(imports).not.toContain("msw/node");
      for (const line of text.split("\n").filter((l) => /\bprocess\./.test(l))) {
        expect(line).toMatch(/typeof process !== "undefined"/);
      }
    },
  );
});
