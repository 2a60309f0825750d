import { type Paginator, paginate } from "@cloud-sdk/auth-core";

/** How a {@link PagePromise} reads one page: its items and the cursor of the next one. */
export type PageReader<TPage, TItem, TCursor> = (page: TPage) => {
  /** The page's items. */
  items: readonly TItem[];
  /** The cursor of the next page; `undefined` on the last one. */
  next: TCursor | undefined;
};

/**
 * The first page of a list, already requested, that is also an async iterable over every item of
 * every page: `await` it for one page, `for await` it for everything. Later pages are fetched as
 * the loop asks for them.
 *
 * @example
 * ```ts
 * const { data, pagination } = await client.listWorkspaces({ limit: 10 });
 * for await (const workspace of client.listWorkspaces()) console.log(workspace.slug);
 * ```
 */
export class PagePromise<TPage, TItem, TCursor = string> implements PromiseLike<TPage>, AsyncIterable<TItem> {
  readonly #first: Promise<TPage>;
  readonly #all: Paginator<TItem, TCursor>;

  constructor(
    fetchPage: (cursor: TCursor | undefined) => Promise<TPage>,
    read: PageReader<TPage, TItem, TCursor>,
    operation: string,
  ) {
    const first = fetchPage(undefined);
    // The first page may only ever be iterated, never awaited: that is not an unhandled rejection.
    first.catch(() => undefined);
    this.#first = first;
    this.#all = paginate(async (cursor: TCursor | undefined) => read(await (cursor === undefined ? first : fetchPage(cursor))), operation);
  }

  then<TResult1 = TPage, TResult2 = never>(
    onfulfilled?: ((value: TPage) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#first.then(onfulfilled, onrejected);
  }

  /** Handles a failure of the first page's request, as `Promise.prototype.catch` does. */
  catch<TResult = never>(onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null): Promise<TPage | TResult> {
    return this.#first.catch(onrejected);
  }

  /** Runs `onfinally` once the first page's request settles, as `Promise.prototype.finally` does. */
  finally(onfinally?: (() => void) | null): Promise<TPage> {
    return this.#first.finally(onfinally);
  }

  /** Every item of every page, fetching pages as needed. */
  [Symbol.asyncIterator](): AsyncIterator<TItem> {
    return this.#all[Symbol.asyncIterator]();
  }

  /** Whole pages (`{ items, next }`), in order. */
  pages(): AsyncGenerator<
    {
      /** The page's items. */
      readonly items: readonly TItem[];
      /** The cursor of the next page; `undefined` on the last one. */
      readonly next: TCursor | undefined;
    },
    void,
    undefined
  > {
    return this.#all.pages();
  }

  /** Every item, collected; stops after `limit` items when given. */
  toArray(limit?: number): Promise<TItem[]> {
    return this.#all.toArray(limit);
  }

  /** `"PagePromise"`, so that `Object.prototype.toString` names the class. */
  get [Symbol.toStringTag](): string {
    return "PagePromise";
  }
}
