import { paginate, ResponseValidationError } from "../src/index.js";

const PAGES: Record<string, { items: number[]; next: string | undefined }> = {
  start: { items: [1, 2], next: "p2" },
  p2: { items: [3, 4], next: "p3" },
  p3: { items: [5], next: undefined },
};

describe("paginate", () => {
  const fetchPage = jest.fn(async (cursor: string | undefined) => PAGES[cursor ?? "start"]!);
  beforeEach(() => fetchPage.mockClear());

  test("iterates every item across pages, in order", async () => {
    const items: number[] = [];
    for await (const item of paginate(fetchPage, "numbers.list")) items.push(item);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, "p2", "p3"]);
  });

  test("iterates whole pages", async () => {
    const pages: (readonly number[])[] = [];
    for await (const page of paginate(fetchPage).pages()) pages.push(page.items);
    expect(pages).toEqual([[1, 2], [3, 4], [5]]);
  });

  test("fetches lazily: stopping early fetches no further page", async () => {
    expect(await paginate(fetchPage).toArray(3)).toEqual([1, 2, 3]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  test("a server that repeats a cursor is stopped, not followed forever", async () => {
    const looping = paginate(async (cursor: string | undefined) => ({ items: [cursor ?? "first"], next: "same" }), "events.list");
    const error = await looping.toArray().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toBe('events.list: the server returned the same page cursor twice ("same"); stopped to avoid an endless loop.');
  });

  test("a page error rejects the iteration", async () => {
    const failing = paginate(async (cursor: string | undefined) => {
      if (cursor) throw new Error("page 2 failed");
      return { items: [1], next: "p2" };
    });
    await expect(failing.toArray()).rejects.toThrow("page 2 failed");
  });
});
