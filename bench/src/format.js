// How figures are written in the tables and in RESULTS.md: one place, so every section reads alike.

/** Milliseconds → "123.4" µs. */
export const us = (ms) => (Number.isFinite(ms) ? (ms * 1000).toFixed(1) : "—");
/** Milliseconds → "12.3" ms. */
export const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : "—");
/** A ratio → "1.23×". */
export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "—");
/** Bytes → "12,345". */
export const bytes = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "—");
/** Bytes → "1.23 MB" (MiB, as du -h). */
export const mebibytes = (value) => (Number.isFinite(value) ? `${(value / 1024 / 1024).toFixed(2)} MiB` : "—");
/** Bytes → "12.3 kB" (1 kB = 1,000 bytes). */
export const kilobytes = (value) => (Number.isFinite(value) ? `${(value / 1000).toFixed(1)} kB` : "—");
