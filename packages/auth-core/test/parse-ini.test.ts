import { CredentialFileError, parseIni } from "../src/index.js";

describe("parseIni", () => {
  test("reads sections as profiles, keys and values trimmed", () => {
    const sections = parseIni("[default]\napi_token = abc\n\n[production]\n  api_token=xyz  \nproject_id = p-1\n");
    expect(sections.default).toEqual({ api_token: "abc" });
    expect(sections.production).toEqual({ api_token: "xyz", project_id: "p-1" });
  });

  test("splits on the first = only", () => {
    expect(parseIni("[a]\ntoken = abc=def==\n").a?.token).toBe("abc=def==");
  });

  test("skips ; and # comments, at line start or after white space", () => {
    const sections = parseIni("; top comment\n# another\n[a]\ntoken = abc ; trailing\nother = x#y\n  # indented\n");
    expect(sections.a).toEqual({ token: "abc", other: "x#y" });
  });

  test("works with CRLF line endings and a byte-order mark", () => {
    expect(parseIni("\uFEFF[default]\r\napi_token = crlf\r\n").default?.api_token).toBe("crlf");
  });

  test("ignores keys before any section and lines without =", () => {
    expect(parseIni("orphan = 1\n[a]\njunk line\nk = v\n")).toEqual({ a: { k: "v" } });
  });

  test("a later duplicate key wins; duplicate sections merge", () => {
    expect(parseIni("[a]\nk = 1\n[b]\n[a]\nk = 2\nj = 3\n").a).toEqual({ k: "2", j: "3" });
  });

  test.each(["__proto__", "constructor", "prototype"])("rejects a section named %s", (name) => {
    expect(() => parseIni(`[default]\nk=v\n[${name}]\npolluted = yes\n`)).toThrow(CredentialFileError);
    expect(() => parseIni(`[${name}]\n`)).toThrow(`line 1: a section may not be named "${name}"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("rejects a key named __proto__", () => {
    expect(() => parseIni("[a]\n__proto__ = x\n")).toThrow('line 2: a key may not be named "__proto__"');
  });

  test("rejects a malformed section header with its line number", () => {
    const error = (() => {
      try {
        parseIni("[a]\nk=v\n[broken\n");
      } catch (caught) {
        return caught as CredentialFileError;
      }
    })();
    expect(error?.line).toBe(3);
    expect(error?.message).toContain("line 3: a line starting with [ must be a section header like [name]");
    expect(error?.message).not.toContain("[broken");
  });
});
