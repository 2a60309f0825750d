import * as v from "valibot";
import type { ValidationIssue } from "../errors/validation-issue.js";

/** Turns valibot issues into plain ones: a dotted path, what was expected, what was received. */
export function toValidationIssues(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  return issues.map((issue) => {
    // valibot reports a missing key of an object as `expected: "\"id\""`; say it in words instead.
    const missing = issue.type.endsWith("object") && issue.received === "undefined" && /^".*"$/.test(issue.expected ?? "");
    return {
      path: formatPath(issue.path),
      expected: missing ? REQUIRED : (issue.expected ?? "a valid value"),
      received: issue.received,
      message: issue.message,
    };
  });
}

const REQUIRED = "a required field";

/** One line per issue, at most three, e.g. `data[0].id: expected string, received undefined`. */
export function summarizeIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issue.path || "the value";
    if (issue.expected === REQUIRED) return `${where}: missing (required)`;
    return `${where}: expected ${issue.expected}, received ${issue.received}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  return shown.join("; ") + more;
}

function formatPath(path: v.BaseIssue<unknown>["path"]): string {
  if (!path) return "";
  let result = "";
  for (const item of path) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === "number") result += `[${key}]`;
    else if (typeof key === "string") result += /^[A-Za-z_$][\w$]*$/.test(key) ? `${result ? "." : ""}${key}` : `[${JSON.stringify(key)}]`;
    else result += "[?]";
  }
  return result;
}
