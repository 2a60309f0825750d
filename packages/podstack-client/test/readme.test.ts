import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assumptionsMarkdown } from "./support/assumptions-markdown";

const README = join(__dirname, "..", "README.md");
const START =
  "<!-- assumptions:start (generated from src/routes.ts and src/wire-facts.ts: UPDATE_README=1 pnpm exec jest readme) -->";
const END = "<!-- assumptions:end -->";

describe("README", () => {
  it('"What is documented, what is assumed" matches the routes table and the wire facts', () => {
    const text = readFileSync(README, "utf8");
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const generated = `${START}\n${assumptionsMarkdown()}\n${END}`;
    if (process.env.UPDATE_README === "1") {
      writeFileSync(README, text.slice(0, start) + generated + text.slice(end + END.length));
      return;
    }
    expect(text.slice(start, end + END.length)).toBe(generated);
  });
});
