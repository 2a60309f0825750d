import { readFileSync, writeFileSync } from "node:fs";

export const TABLE_START = "<!-- runtimes:start (written by `pnpm test:runtimes`; do not edit by hand) -->";
export const TABLE_END = "<!-- runtimes:end -->";

/** One row: a runtime, and per client either the problems found (none = pass) or why it did not run. */
export interface Row {
  readonly runtime: string;
  readonly how: string;
  readonly cells: Record<string, readonly string[]> | { readonly notRun: string };
}

/** The table's Markdown: runtime × client, ✅ or ❌ with the first problem, or the reason it did not run. */
export function renderTable(rows: readonly Row[], clients: readonly { key: string; label: string }[], date: string): string {
  const header = `| Runtime | How | ${clients.map((client) => client.label).join(" | ")} |\n|---|---|${clients.map(() => "---").join("|")}|`;
  const lines = rows.map((row) => {
    const cells =
      "notRun" in row.cells
        ? clients.map((_, index) => (index === 0 ? `not run here: ${escape(row.cells.notRun as string)}` : "—"))
        : clients.map((client) => {
            const problems = (row.cells as Record<string, readonly string[]>)[client.key] ?? ["no result"];
            return problems.length === 0 ? "✅" : `❌ ${escape(problems[0]!)}`;
          });
    return `| ${row.runtime} | ${row.how} | ${cells.join(" | ")} |`;
  });
  return [
    TABLE_START,
    `Last \`pnpm test:runtimes\`: ${date}. Each packed client, installed with npm as a user installs it, reads, creates,`,
    "gets its typed error for a wrong key (checked with `instanceof`) and its message for a missing key, against",
    "the local emulator of its API; in Chromium, Phala's `useCookieAuth` also signs in with a real cookie.",
    "",
    header,
    ...lines,
    TABLE_END,
  ].join("\n");
}

function escape(text: string): string {
  const flat = text.replace(/\s+/g, " ").replace(/\|/g, "\\|");
  return flat.length > 140 ? `${flat.slice(0, 137)}...` : flat;
}

/** Replaces the table between the markers in the README (the markers must be there). */
export function writeTable(readmePath: string, table: string): void {
  const readme = readFileSync(readmePath, "utf8");
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end === -1) throw new Error(`${readmePath} has no runtime table markers`);
  writeFileSync(readmePath, readme.slice(0, start) + table + readme.slice(end + TABLE_END.length));
}
