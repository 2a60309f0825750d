import { CredentialFileError } from "../errors/credential-file-error.js";

/** An INI document: section name → key → value. Objects have no prototype, so no key can reach one. */
export type IniSections = Readonly<Record<string, Readonly<Record<string, string>>>>;

// Names that would reach Object.prototype through an ordinary object.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Parses an INI text the way credentials files are written:
 * - `[name]` starts a section (a profile); keys before the first section are ignored;
 * - `;` and `#` start a comment, at the start of a line or after white space;
 * - `key = value` splits on the first `=`; spaces around keys and values are ignored;
 * - CRLF and LF line endings, and a UTF-8 byte-order mark, are accepted;
 * - a later duplicate key wins;
 * - a section or key named `__proto__` (or `constructor`, `prototype`) is rejected.
 *
 * Errors give the line number and the problem, never the line's text, which may hold a token.
 *
 * @example
 * ```ts
 * parseIni("[default]\napi_token = abc\n").default?.api_token; // "abc"
 * ```
 */
export function parseIni(text: string): IniSections {
  const sections: Record<string, Record<string, string>> = Object.create(null);
  let current: Record<string, string> | undefined;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  lines.forEach((rawLine, index) => {
    const line = stripComment(rawLine).trim();
    if (line === "") return;
    if (line.startsWith("[")) {
      const match = /^\[([^\]]*)\]$/.exec(line);
      // The line is never quoted: a broken header may be a token pasted on the wrong line.
      if (!match) throw syntaxError("a line starting with [ must be a section header like [name], closed by ] and nothing after it", index);
      const name = (match[1] ?? "").trim();
      if (name === "") throw syntaxError("a section name is empty", index);
      if (FORBIDDEN.has(name)) throw syntaxError(`a section may not be named "${name}"`, index);
      current = sections[name] ??= Object.create(null) as Record<string, string>;
      return;
    }
    const equals = line.indexOf("=");
    if (equals === -1 || current === undefined) return;
    const key = line.slice(0, equals).trim();
    if (FORBIDDEN.has(key)) throw syntaxError(`a key may not be named "${key}"`, index);
    if (key) current[key] = line.slice(equals + 1).trim();
  });
  return sections;
}

function stripComment(line: string): string {
  const match = /(^|\s)[;#]/.exec(line);
  return match ? line.slice(0, match.index) : line;
}

function syntaxError(problem: string, index: number): CredentialFileError {
  return new CredentialFileError(`Invalid credentials file, line ${index + 1}: ${problem}.`, { line: index + 1 });
}
