/** What a response body turned out to be. */
export type BodyKind = "empty" | "json" | "truncated-json" | "html" | "text";

/** A response body, parsed as far as it can be, never throwing. */
export interface ParsedBody {
  /** What the body turned out to be. */
  readonly kind: BodyKind;
  /** JSON value for `json`, the text otherwise, `undefined` when empty. */
  readonly value: unknown;
  /** The body as received. */
  readonly text: string;
}

/**
 * Parses a body defensively: JSON when it is JSON, and for everything else (an HTML error page from a
 * proxy, plain text, an empty 429, JSON cut off mid-way) a description instead of a parse crash.
 */
export function parseBody(text: string, contentType: string | null | undefined): ParsedBody {
  // The first non-blank character decides; no trimmed copy of what may be a large body.
  const start = text.search(/\S/);
  if (start === -1) return { kind: "empty", value: undefined, text };
  const first = text[start];
  const bracketed = first === "{" || first === "[";
  if (bracketed || /\bjson\b/i.test(contentType ?? "")) {
    try {
      return { kind: "json", value: JSON.parse(text), text };
    } catch {
      if (bracketed) return { kind: "truncated-json", value: text, text };
    }
  }
  if (/^<(?:!doctype|html|head|body)\b/i.test(text.slice(start, start + 16)) || /\bhtml\b/i.test(contentType ?? "")) {
    return { kind: "html", value: text, text };
  }
  return { kind: "text", value: text, text };
}

/** A short phrase describing a non-JSON body for messages: `an HTML page ("502 Bad Gateway")`. */
export function describeBody(body: ParsedBody): string {
  switch (body.kind) {
    case "empty":
      return "an empty body";
    case "truncated-json":
      return `a truncated or malformed JSON body (${JSON.stringify(clip(body.text, 80))})`;
    case "html": {
      const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body.text)?.[1]?.trim();
      return title ? `an HTML page ("${clip(title, 80)}")` : "an HTML page";
    }
    case "text":
      return `the text ${JSON.stringify(clip(body.text.trim(), 200))}`;
    case "json":
      return `the JSON ${clip(JSON.stringify(body.value), 200)}`;
  }
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
