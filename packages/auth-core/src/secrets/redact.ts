// A recognisable, non-secret prefix such as "phak_", "secret_", "psk_" or "sk-".
const PREFIX = /^[A-Za-z]{2,8}[_-]/;

/**
 * The form of a secret that may be shown: its public prefix (if it has one) and, for long secrets,
 * its last four characters — enough to tell two keys apart, never enough to use one.
 *
 * @example
 * ```ts
 * redact("phak_8Zt2cWq1k9LmN0pQ3f9a"); // "phak_…3f9a"
 * redact("short");                     // "…"
 * ```
 */
export function redact(secret: string): string {
  const prefix = PREFIX.exec(secret)?.[0] ?? "";
  const rest = secret.length - prefix.length;
  // Showing 4 characters of a short secret would give away too large a share of it.
  const tail = rest >= 16 ? secret.slice(-4) : "";
  return `${prefix}…${tail}`;
}

// Shorter strings are too likely to occur by chance in ordinary text to be replaced safely.
const MIN_SCRUB_LENGTH = 6;

/** Replaces every occurrence of each secret in `text` by its redacted form. */
export function scrubText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SCRUB_LENGTH && result.includes(secret)) {
      result = result.split(secret).join(redact(secret));
    }
  }
  return result;
}

/**
 * Deep copy of a JSON-like value with every occurrence of each secret redacted from its strings.
 * Used on error bodies, in case a server echoes the key it rejected.
 */
export function scrubValue(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  if (typeof value === "string") return scrubText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets));
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[scrubText(key, secrets)] = scrubValue(item, secrets);
    return copy;
  }
  return value;
}
