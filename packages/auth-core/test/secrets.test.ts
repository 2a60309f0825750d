import { inspect } from "node:util";
import { redact, scrubText, Secret } from "../src/index.js";

const KEY = "phak_8Zt2cWq1k9LmN0pQxY7u3f9a";

describe("redact", () => {
  test("keeps a public prefix and the last four characters of a long secret", () => {
    expect(redact(KEY)).toBe("phak_…3f9a");
    expect(redact("secret_abcdefghijklmnopqrstuvwx")).toBe("secret_…uvwx");
  });

  test("shows no characters of a short secret", () => {
    expect(redact("shorttoken")).toBe("…");
    expect(redact("sk-short")).toBe("sk-…");
  });
});

describe("Secret", () => {
  const secret = new Secret(KEY);

  test("reveal() is the only way to the value", () => {
    expect(secret.reveal()).toBe(KEY);
    expect(`${secret}`).toBe("phak_…3f9a");
    expect(String(secret)).toBe("phak_…3f9a");
    expect(JSON.stringify({ secret })).toBe('{"secret":"phak_…3f9a"}');
    expect(inspect(secret)).toBe("Secret(phak_…3f9a)");
    expect(inspect({ nested: { secret } }, { depth: 5 })).not.toContain(KEY);
    expect(Object.keys(secret)).toEqual([]);
  });
});

describe("scrubText", () => {
  test("replaces every occurrence by the redacted form", () => {
    expect(scrubText(`bad key ${KEY}, really ${KEY}`, [KEY])).toBe("bad key phak_…3f9a, really phak_…3f9a");
  });

  test("leaves very short secrets alone rather than mangling ordinary words", () => {
    expect(scrubText("a b c", ["a"])).toBe("a b c");
  });
});
