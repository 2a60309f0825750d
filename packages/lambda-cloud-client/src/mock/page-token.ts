/**
 * Opaque page tokens, as Lambda's look (base64). They carry the offset of the next page and
 * the filters they were made for, so a token replayed with other filters is refused.
 */
export function encodePageToken(offset: number, filters: string): string {
  return btoa(JSON.stringify({ o: offset, f: filters }));
}

/** The offset a token points at, or `undefined` if it is not one of ours for these filters. */
export function decodePageToken(token: string, filters: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(atob(token));
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { o, f } = parsed as { o?: unknown; f?: unknown };
    return typeof o === "number" && Number.isInteger(o) && o >= 0 && f === filters ? o : undefined;
  } catch {
    return undefined;
  }
}
