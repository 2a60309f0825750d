/**
 * Just enough XML for S3's answers (ListObjectsV2, InitiateMultipartUpload, CompleteMultipartUpload,
 * DeleteObjects, CopyObject, Error): flat elements holding text. It scans with `indexOf` (linear
 * time, no backtracking regular expressions), never resolves entities beyond the five predefined
 * ones and numeric references, and never loads DTDs, so a hostile body cannot make it hang or
 * expand. A general parser would be ~100 kB for these six shapes.
 */

/** Most elements one call reads: S3 pages hold at most 1 000 keys; this is far above. */
const MAX_ELEMENTS = 100_000;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Decodes the predefined entities and numeric references; strips a CDATA wrapper. */
export function decodeXml(text: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(text);
  if (cdata) return cdata[1] ?? "";
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Escapes text for an XML element's content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * The raw contents of every `<tag>…</tag>` (or `<tag attr="…">…</tag>`, or `<tag/>` as `""`) in
 * `xml`, in order. Elements of the same name must not nest, which holds for S3's answers.
 */
export function xmlElements(xml: string, tag: string): string[] {
  const found: string[] = [];
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let from = 0;
  while (found.length < MAX_ELEMENTS) {
    const start = xml.indexOf(open, from);
    if (start === -1) break;
    const after = xml.charAt(start + open.length);
    const end = xml.indexOf(">", start);
    if (end === -1) break;
    if (after !== ">" && after !== " " && after !== "/" && after !== "\n" && after !== "\t" && after !== "\r") {
      from = start + open.length; // a longer name sharing the prefix, e.g. <KeyCount> for <Key>
      continue;
    }
    if (xml.charAt(end - 1) === "/") {
      found.push("");
      from = end + 1;
      continue;
    }
    const stop = xml.indexOf(close, end + 1);
    if (stop === -1) break;
    found.push(xml.slice(end + 1, stop));
    from = stop + close.length;
  }
  return found;
}

/** The decoded text of the first `<tag>`, or `undefined`. */
export function xmlText(xml: string, tag: string): string | undefined {
  const [first] = xmlElements(xml, tag);
  return first === undefined ? undefined : decodeXml(first);
}

/** `xml` with every `<tag>…</tag>` removed, to read the top-level elements of a list answer. */
export function withoutElements(xml: string, tags: readonly string[]): string {
  let rest = xml;
  for (const tag of tags) {
    const open = `<${tag}>`;
    const close = `</${tag}>`;
    let kept = "";
    let from = 0;
    for (let count = 0; count < MAX_ELEMENTS; count += 1) {
      const start = rest.indexOf(open, from);
      if (start === -1) break;
      const stop = rest.indexOf(close, start);
      if (stop === -1) break;
      kept += rest.slice(from, start);
      from = stop + close.length;
    }
    rest = kept + rest.slice(from);
  }
  return rest;
}
