// Turns the sections' results into text: aligned plain tables for the terminal, and RESULTS.md
// (machine, date, every table, a "how measured" note per section, the budgets).

/** A plain aligned table: first columns left-aligned text, figures right-aligned. */
export function textTable({ caption, columns, rows }) {
  const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => String(row[index]).length)));
  const numeric = columns.map((_, index) => rows.every((row) => isFigure(row[index])));
  const line = (cells) => cells.map((cell, index) => (numeric[index] ? String(cell).padStart(widths[index]) : String(cell).padEnd(widths[index]))).join("  ").trimEnd();
  const out = [];
  if (caption) out.push(caption);
  out.push(line(columns), widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) out.push(line(row));
  return out.join("\n");
}

export function markdownTable({ caption, columns, rows }) {
  const numeric = columns.map((_, index) => rows.every((row) => isFigure(row[index])));
  const escape = (cell) => String(cell).replaceAll("|", "\\|");
  const out = [];
  if (caption) out.push(`**${caption}**`, "");
  out.push(`| ${columns.map(escape).join(" | ")} |`, `|${numeric.map((n) => (n ? "---:" : "---")).join("|")}|`);
  for (const row of rows) out.push(`| ${row.map(escape).join(" | ")} |`);
  return out.join("\n");
}

function isFigure(cell) {
  return /^[-—]$|^[\d.,]+\s*(×|%|µs|ms|kB|MiB|B)?$/.test(String(cell).trim());
}

export function printSection(section, write = (text) => process.stdout.write(text)) {
  write(`\n== ${section.title} ==\n`);
  for (const table of section.tables) write(`\n${textTable(table)}\n`);
  for (const note of section.notes ?? []) write(`\n${note}\n`);
}

export function renderResults({ machine, sections, budgets }) {
  const out = [
    "# Benchmark results",
    "",
    "Written by `pnpm bench` (bench/src/main.js). Re-run it to refresh; the figures below are one run on one machine.",
    "",
    `- Date: ${machine.date}`,
    `- Node: ${machine.node} (${machine.platform})`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores; ${machine.memory} RAM`,
    `- Load average (1, 5, 15 min): ${machine.load} at the start, ${machine.loadAtEnd ?? "—"} at the end`,
    `- Measured: ${machine.commit}`,
    `- Run: ${machine.run}`,
  ];
  for (const section of sections) {
    out.push("", `## ${section.title}`, "", `How measured: ${section.how}`);
    for (const table of section.tables) out.push("", markdownTable(table));
    for (const note of section.notes ?? []) out.push("", note);
  }
  if (budgets) {
    out.push("", "## Budgets (`pnpm bench --check`)", "", markdownTable(budgets.table));
  }
  return `${out.join("\n")}\n`;
}
