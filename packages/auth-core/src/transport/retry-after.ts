/**
 * How long the server asked to wait, in milliseconds, from `retry-after-ms` or `retry-after`
 * (delay-seconds or an HTTP date). Undefined when absent or unreadable; never negative.
 *
 * @example
 * ```ts
 * parseRetryAfter({ "retry-after": "2" });                             // 2000
 * parseRetryAfter({ "retry-after": "Wed, 21 Oct 2026 07:28:00 GMT" }); // ms until then
 * ```
 */
export function parseRetryAfter(headers: Readonly<Record<string, string>>, now = Date.now()): number | undefined {
  const milliseconds = headers["retry-after-ms"];
  if (milliseconds !== undefined) {
    const value = Number(milliseconds);
    if (Number.isFinite(value) && milliseconds.trim() !== "") return Math.max(0, value);
  }
  const retryAfter = headers["retry-after"]?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(retryAfter)) return Math.max(0, Number(retryAfter) * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
