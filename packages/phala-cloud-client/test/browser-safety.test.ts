import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const SRC = join(__dirname, "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

// Comments are dropped: JSDoc examples may show Node-side usage (`msw/node`) legitimately.
const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
const files = sources(SRC).map((path) => ({ path: relative(SRC, path), text: stripComments(readFileSync(path, "utf8")) }));

describe("src/ is browser safe", () => {
  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.map((f) => f.path)).toContain("mock/index.ts");
  });

  it.each(files.map((f) => [f.path, f.text]))("%s imports no Node built-in and no msw/node", (_path, text) => {
    const imports = [...text.matchAll(/from\s+"([^"]+)"|require\(\s*"([^"]+)"\s*\)|import\(\s*"([^"]+)"\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );
    for (const spec of imports) {
      expect(spec).not.toMatch(/^node:|^(fs|path|os|crypto|http|https|stream|events|url|util|buffer|child_process)$/);
      expect(spec).not.toBe("msw/node");
    }
  });

  it.each(files.map((f) => [f.path, f.text]))("%s does not touch process", (_path, text) => {
    expect(text).not.toMatch(/\bprocess\./);
  });
});
