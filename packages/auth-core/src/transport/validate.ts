import * as v from "valibot";
import type { ValidationIssue } from "../errors/validation-issue.js";

/** Turns valibot issues into plain ones: a dotted path, what was expected, what was received. */
export function toValidationIssues(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  return issues.map((issue) => {
    // valibot reports a missing key of an object as `expected: "\"id\""`, and a key a strict object
    // does not accept as `expected: never`; say both in words.
    const missing = issue.type.endsWith("object") && issue.received === "undefined" && /^".*"$/.test(issue.expected ?? "");
    const unknown = issue.type === "strict_object" && issue.expected === "never";
    return {
      path: formatPath(issue.path),
      kind: issue.kind,
      expected: missing ? REQUIRED : unknown ? NO_SUCH_FIELD : (issue.expected ?? issue.message),
      received: issue.received,
      message: issue.message,
    };
  });
}

const REQUIRED = "a required field";
const NO_SUCH_FIELD = "no such field";

/** One line per issue, at most three, e.g. `data[0].id: expected string, received undefined`. */
export function summarizeIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issue.path || "the value";
    if (issue.expected === REQUIRED) return `${where}: missing (required)`;
    if (issue.expected === NO_SUCH_FIELD) return `${where}: not an accepted field`;
    // A rule's own sentence (a custom message on a regex, a length, a check) says it better than
    // "expected /^…$/"; valibot's default sentence ("Invalid length: Expected … but received …") does not.
    if ((issue.kind === "validation" && !isDefaultMessage(issue)) || issue.expected === issue.message) return `${where}: ${issue.message}`;
    return `${where}: expected ${issue.expected}, received ${issue.received}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  return shown.join("; ") + more;
}

function isDefaultMessage(issue: ValidationIssue): boolean {
  return issue.message.startsWith("Invalid ") && issue.message.endsWith(`eceived ${issue.received}`);
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
