import type { HeadersInput } from "@cloud-sdk/auth-core";

/** The caller's per-call headers with `extra` on top (a record keeps `null` removals). */
export function withHeaders(base: HeadersInput | undefined, extra: Record<string, string>): HeadersInput {
  if (!base) return extra;
  const record = (typeof Headers !== "undefined" && base instanceof Headers) || Array.isArray(base) ? Object.fromEntries(base as Iterable<[string, string]>) : base;
  return { ...record, ...extra };
}
