import { ResponseValidationError } from "../errors/response-validation-error.js";

/**
 * Consecutive empty pages that still point to a next page, after which iteration stops with a
 * ResponseValidationError: no real listing hands out ten empty pages in a row.
 */
export const MAX_EMPTY_PAGES = 10;

/** One page as a provider's page fetcher returns it. */
export interface Page<TItem, TCursor> {
  /** The page's items. */
  readonly items: readonly TItem[];
  /** Where the next page starts, or undefined on the last page. */
  readonly next: TCursor | undefined;
}

/** Fetches the page starting at `cursor` (undefined: the first page). */
export type PageFetcher<TItem, TCursor> = (cursor: TCursor | undefined) => Promise<Page<TItem, TCursor>>;

/**
 * Every item of a paginated list, fetched page by page as the loop asks for them. Iterate it with
 * `for await`; `pages()` iterates whole pages; `toArray()` collects everything.
 *
 * @example
 * ```ts
 * for await (const event of client.auditEvents.list({ resource_type: "cloud.api_key" })) {
 *   console.log(event.event_time, event.action);
 * }
 * ```
 */
export class Paginator<TItem, TCursor = unknown> implements AsyncIterable<TItem> {
  readonly #fetchPage: PageFetcher<TItem, TCursor>;
  readonly #operation: string;

  constructor(fetchPage: PageFetcher<TItem, TCursor>, operation = "list") {
    this.#fetchPage = fetchPage;
    this.#operation = operation;
  }

  /** Whole pages, in order, starting from the first. */
  async *pages(): AsyncGenerator<Page<TItem, TCursor>, void, undefined> {
    const seen = new Set<string>();
    let cursor: TCursor | undefined;
    let emptyRun = 0;
    do {
      const page = await this.#fetchPage(cursor);
      yield page;
      cursor = page.next;
      emptyRun = page.items.length === 0 ? emptyRun + 1 : 0;
      if (cursor !== undefined && emptyRun >= MAX_EMPTY_PAGES) {
        // A server that keeps handing out new cursors with nothing in them would keep a loop spinning.
        throw new ResponseValidationError(
          `${this.#operation}: the server returned ${MAX_EMPTY_PAGES} empty pages in a row, each with a new cursor; stopped to avoid an endless loop. ` +
            `Retry later; if it persists, report it to the SDK maintainers.`,
          { operation: this.#operation, body: cursor, status: 200 },
        );
      }
      if (cursor !== undefined) {
        // A server that hands back a cursor it already gave would otherwise loop forever.
        const key = JSON.stringify(cursor);
        if (seen.has(key)) {
          throw new ResponseValidationError(
            `${this.#operation}: the server returned the same page cursor twice (${key}); stopped to avoid an endless loop.`,
            { operation: this.#operation, body: cursor, status: 200 },
          );
        }
        seen.add(key);
      }
    } while (cursor !== undefined);
  }

  /** Every item of every page, in order: `for await (const item of paginator)`. */
  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Every item, collected; stops after `limit` items when given. */
  async toArray(limit = Number.POSITIVE_INFINITY): Promise<TItem[]> {
    const items: TItem[] = [];
    if (limit <= 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}

/**
 * Builds a {@link Paginator} from a page fetcher.
 *
 * @example
 * ```ts
 * const events = paginate(async (pageToken) => {
 *   const page = await fetchAuditEvents({ page_token: pageToken });
 *   return { items: page.data, next: page.page_token ?? undefined };
 * }, "auditEvents.list");
 * ```
 */
export function paginate<TItem, TCursor>(fetchPage: PageFetcher<TItem, TCursor>, operation?: string): Paginator<TItem, TCursor> {
  return new Paginator(fetchPage, operation);
}
