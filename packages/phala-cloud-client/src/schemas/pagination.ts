import * as v from "valibot";

/**
 * The page-based envelope `{items, total, page, page_size, pages}` used by `/cvms/paginated`,
 * `/kms`, `/os-images` and `/workspaces/{slug}/nodes`.
 *
 * @example
 * ```ts
 * const KmsList = pagePaginated(KmsInfo);
 * ```
 */
export function pagePaginated<TItem extends v.GenericSchema>(item: TItem) {
  return v.looseObject({
    items: v.array(item),
    total: v.number(),
    page: v.number(),
    page_size: v.number(),
    pages: v.number(),
  });
}

/**
 * The cursor envelope's `pagination` object (`GET /workspaces`). `next_cursor` is `null` on the
 * last page; `total` may be `null` when the server does not count.
 */
export const CursorPagination = v.looseObject({
  has_more: v.boolean(),
  next_cursor: v.nullable(v.string()),
  total: v.nullable(v.number()),
});
/** See {@link CursorPagination}. */
export type CursorPagination = v.InferOutput<typeof CursorPagination>;

/**
 * The cursor-based envelope `{data, pagination: {has_more, next_cursor, total}}` (`GET /workspaces`).
 */
export function cursorPaginated<TItem extends v.GenericSchema>(item: TItem) {
  return v.looseObject({
    data: v.array(item),
    pagination: CursorPagination,
  });
}

/** Query parameters of the page-based endpoints. Pages start at 1. */
export const PageQuery = v.strictObject({
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
/** See {@link PageQuery}. */
export type PageQuery = v.InferInput<typeof PageQuery>;
