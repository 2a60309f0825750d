// Small statistics over samples (milliseconds from performance.now()): medians and percentiles by
// the nearest-rank method, so that a reported p99 is a latency that was actually observed.

export function sorted(samples) {
  return Float64Array.from(samples).sort();
}

/** Nearest-rank percentile, p in (0, 100]. */
export function percentile(samples, p) {
  const values = sorted(samples);
  if (values.length === 0) return Number.NaN;
  return values[Math.max(0, Math.ceil((p / 100) * values.length) - 1)];
}

/** The median (mean of the two middle values for an even count). */
export function median(samples) {
  const values = sorted(samples);
  const n = values.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? values[(n - 1) / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/** `list` rotated left by `by`: used to alternate the order in which contenders run. */
export function rotate(list, by) {
  const k = ((by % list.length) + list.length) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}
