// HTTP-date in its three forms (RFC 9110 §5.6.7): IMF-fixdate, RFC 850 and asctime. Date.parse alone
// accepts far more ("5, 10" is a date in 2001 for V8), and such a value must be ignored, not obeyed.
const HTTP_DATE =
  /^(?:[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Za-z]{6,9}, \d{2}-[A-Za-z]{3}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;

/**
 * How long the server asked to wait, in milliseconds, from `retry-after`: delay-seconds (digits
 * only) or an HTTP-date. Undefined when absent or anything else (`-5`, `5, 10`), so backoff applies;
 * never negative.
 *
 * @example
 * ```ts
 * parseRetryAfter({ "retry-after": "2" });                             // 2000
 * parseRetryAfter({ "retry-after": "Wed, 21 Oct 2026 07:28:00 GMT" }); // ms until then
 * parseRetryAfter({ "retry-after": "-5" });                            // undefined
 * ```
 */
export function parseRetryAfter(headers: Readonly<Record<string, string>>, now = Date.now()): number | undefined {
  const retryAfter = headers["retry-after"]?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  if (!HTTP_DATE.test(retryAfter)) return undefined;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
