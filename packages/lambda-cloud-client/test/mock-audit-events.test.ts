import * as v from "valibot";
import { AuditEventsResponseBody, toAuditEventsPage } from "../src/index.js";
import { createLambdaCloudMock } from "../src/mock/index.js";
import { api } from "./support/api.js";
import { useLambdaMock } from "./support/server.js";

const { server, call } = useLambdaMock();

async function page(query: string) {
  const res = await call("GET", `/audit-events${query}`);
  expect(res.status).toBe(200);
  return { raw: res.json, page: toAuditEventsPage(v.parse(AuditEventsResponseBody, res.json)) };
}

describe("audit events", () => {
  it("serves the seeded events over 3 pages, following page_token", async () => {
    const seen: string[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const query: string = token === null ? "" : `?page_token=${encodeURIComponent(token)}`;
      const { raw, page: current } = await page(query);
      expect(raw).toHaveProperty("page_token"); // the 1.10.0 shape, token next to data
      seen.push(...current.events.map((e) => e.event_id));
      token = current.page_token;
      pages += 1;
    } while (token !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it("filters by inclusive start and end, and by resource_type", async () => {
    const { page: window } = await page("?start=2025-09-12T10:30:45.123456Z&end=2025-09-14T10:30:45.123456Z");
    expect(window.events.map((e) => e.event_time)).toEqual([
      "2025-09-12T10:30:45.123456Z",
      "2025-09-13T10:30:45.123456Z",
      "2025-09-14T10:30:45.123456Z",
    ]);
    expect(window.page_token).toBeNull();
    const { page: keys } = await page("?resource_type=cloud.api_key");
    expect(keys.events.map((e) => e.action)).toEqual(["created", "deleted"]);
  });

  it("refuses a page token it did not issue, or one replayed with other filters", async () => {
    const bad = await call("GET", "/audit-events?page_token=garbage");
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: { code: "global/invalid-parameters" } });
    const { page: first } = await page("");
    const replayed = await call("GET", `/audit-events?resource_type=cloud.instance&page_token=${encodeURIComponent(first.page_token ?? "")}`);
    expect(replayed.status).toBe(400);
  });

  it("refuses a start that is not a timestamp", async () => {
    expect((await call("GET", "/audit-events?start=yesterday")).status).toBe(400);
  });

  it("can serve the 1.8.3 shape, {data: {events, page_token}}", async () => {
    const legacy = createLambdaCloudMock({ baseURL: "http://legacy.test/api/v1", auditEventsShape: "1.8.3", auditEventsPageSize: 5 });
    server.use(...legacy.handlers);
    const first = await api(legacy)("GET", "/audit-events");
    expect(first.json).toMatchObject({ data: { events: expect.any(Array), page_token: expect.any(String) } });
    expect(first.json).not.toHaveProperty("page_token");
    const parsed = toAuditEventsPage(v.parse(AuditEventsResponseBody, first.json));
    expect(parsed.events).toHaveLength(5);
    const second = await api(legacy)("GET", `/audit-events?page_token=${encodeURIComponent(parsed.page_token ?? "")}`);
    const last = toAuditEventsPage(v.parse(AuditEventsResponseBody, second.json));
    expect(last.events).toHaveLength(2);
    expect(last.page_token).toBeNull();
  });

  it("refuses a page size that is not a positive integer", () => {
    expect(() => createLambdaCloudMock({ auditEventsPageSize: 0 })).toThrow(RangeError);
  });
});
