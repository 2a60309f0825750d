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
    /** This page's items. */
    items: v.array(item),
    /** How many items there are across all pages. */
    total: v.number(),
    /** This page's number, counted from 1. */
    page: v.number(),
    /** How many items a page holds. */
    page_size: v.number(),
    /** How many pages there are. */
    pages: v.number(),
  });
}

/**
 * The cursor envelope's `pagination` object (`GET /workspaces`). `next_cursor` is `null` on the
 * last page; `total` may be `null` when the server does not count.
 */
export const CursorPagination = v.looseObject({
  /** Whether another page follows. */
  has_more: v.boolean(),
  /** The cursor of the next page; `null` on the last one. */
  next_cursor: v.nullable(v.string()),
  /** How many items there are in all, or `null` when the server does not count. */
  total: v.nullable(v.number()),
});
/** See {@link CursorPagination}. */
export type CursorPagination = {
  [K in keyof v.InferOutput<typeof CursorPagination>]: v.InferOutput<typeof CursorPagination>[K];
};

/**
 * The cursor-based envelope `{data, pagination: {has_more, next_cursor, total}}` (`GET /workspaces`).
 */
export function cursorPaginated<TItem extends v.GenericSchema>(item: TItem) {
  return v.looseObject({
    /** This page's items. */
    data: v.array(item),
    /** Whether more pages follow, and the cursor of the next one. */
    pagination: CursorPagination,
  });
}

/** Query parameters of the page-based endpoints. Pages start at 1. */
export const PageQuery = v.strictObject({
  /** The page to return, counted from 1. */
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** How many items per page; the server's default when omitted. */
  page_size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
/** See {@link PageQuery}. */
export type PageQuery = { [K in keyof v.InferInput<typeof PageQuery>]: v.InferInput<typeof PageQuery>[K] };
