import { OPERATION_IDS, ROUTES } from "../../src/routes";
import { WIRE_FACTS } from "../../src/wire-facts";

const STATUS_WORDS = {
  documented: "documented",
  assumed: "**assumed**",
  sdk: "this SDK's own",
} as const;

const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

/** The README's "What is documented, what is assumed" tables, rendered from the source. */
export function assumptionsMarkdown(): string {
  const routes = OPERATION_IDS.map((id) => {
    const route = ROUTES[id];
    const project = route.project === "none" ? "—" : `\`project_id\` in ${route.project}`;
    const query =
      route.query.length === 0 ? "—" : route.query.map((name) => `\`${name}\``).join(", ");
    const answer = { empty: "204, no body", text: "text", json: "JSON" }[route.responds];
    const retried = route.idempotent ? "yes" : "only after 429";
    const status = route.documented ? "documented" : STATUS_WORDS.assumed;
    return `| \`${id}\` | \`${route.method} /v1/${
      route.path
    }\` | ${status} | ${project} | ${query} | ${answer} | ${retried} | ${escapeCell(
      route.basis,
    )} |`;
  });
  const facts = WIRE_FACTS.map(
    (fact) =>
      `| ${fact.topic} | ${escapeCell(fact.fact)} | ${STATUS_WORDS[fact.status]} | ${escapeCell(
        fact.basis,
      )} |`,
  );
  return [
    "| Operation | Route | Status | Project | Query | Answer | Retried after a timeout or 5xx | Basis |",
    "|---|---|---|---|---|---|---|---|",
    ...routes,
    "",
    "| Topic | What the client does | Status | Basis |",
    "|---|---|---|---|",
    ...facts,
  ].join("\n");
}
