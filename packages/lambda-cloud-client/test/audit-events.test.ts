import { http, HttpResponse } from "msw";
import { RequestValidationError, ResponseValidationError } from "../src/index.js";
import { createLambdaCloudMock } from "../src/mock/index.js";
import { expectRequest, useLambdaClient } from "./support/client.js";

const { mock, server, client, sent } = useLambdaClient();
// A second fake answering in the 1.8.3 shape, added to the running server (msw/node shares one
// interceptor between servers, so a second server would not work).
const legacy = createLambdaCloudMock({ baseURL: "https://legacy.lambda.test/api/v1", auditEventsShape: "1.8.3" });
beforeEach(() => server.use(...legacy.handlers));
afterEach(() => legacy.reset());

const ALL_IDS = mock.state.auditEvents.map((event) => event.event_id);

describe.each([
  ["1.10.0 (page_token next to data)", "https://cloud.lambda.ai", () => client()],
  ["1.8.3 (events and page_token inside data)", "https://legacy.lambda.test", () => client({ baseURL: legacy.baseURL })],
])("client.auditEvents.list(), %s shape", (_shape, origin, makeClient) => {
  it("iterates over every event across 3 pages, following page_token", async () => {
    const ids: string[] = [];
    for await (const event of makeClient().auditEvents.list()) ids.push(event.event_id);
    expect(ids).toEqual(ALL_IDS);
    expect(ids).toHaveLength(7);
    const requests = await sent();
    expect(requests).toHaveLength(3);
    expect(requests.map((request) => request.origin)).toEqual([origin, origin, origin]);
    expectRequest(requests[0]!, { method: "GET", path: "/audit-events", apiKey: mock.apiKey });
    const firstToken = requests[1]?.query.get("page_token");
    expect(firstToken).toEqual(expect.any(String));
    expectRequest(requests[1]!, { method: "GET", path: "/audit-events", apiKey: mock.apiKey, query: { page_token: firstToken! } });
    expect(requests[2]?.query.get("page_token")).not.toBe(firstToken);
  });

  it("pages() yields each page with its items", async () => {
    const sizes: number[] = [];
    for await (const page of makeClient().auditEvents.list().pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([3, 3, 1]);
  });
});

describe("client.auditEvents.list() filters", () => {
  it("sends start (a Date, as ISO 8601), end and resource_type on every page", async () => {
    const events = await client()
      .auditEvents.list({ start: new Date("2025-09-11T00:00:00Z"), end: "2025-09-17T23:59:59Z", resource_type: "cloud.instance" })
      .toArray();
    expect(events.map((event) => event.action)).toEqual(["launched", "terminated"]);
    const [request] = await sent();
    expectRequest(request!, {
      method: "GET",
      path: "/audit-events",
      apiKey: mock.apiKey,
      query: { start: "2025-09-11T00:00:00.000Z", end: "2025-09-17T23:59:59Z", resource_type: "cloud.instance" },
    });
  });

  it("fetches lazily: stopping after 4 events fetches 2 pages", async () => {
    expect(await client().auditEvents.list().toArray(4)).toHaveLength(4);
    expect(await sent()).toHaveLength(2);
  });

  it("resumes from a page_token", async () => {
    const c = client();
    const pages = c.auditEvents.list().pages();
    const first = await pages.next();
    const token = first.done ? undefined : first.value.next;
    const rest = await c.auditEvents.list({ page_token: token }).toArray();
    expect(rest.map((event) => event.event_id)).toEqual(ALL_IDS.slice(3));
  });

  it("refuses a bad value of a known filter when list() is called, before anything is sent", async () => {
    const c = client();
    expect(() => c.auditEvents.list({ start: new Date("not a date") })).toThrow(RequestValidationError);
    expect(() => c.auditEvents.list({ resource_type: "" })).toThrow("auditEvents.list: invalid arguments: resource_type");
    expect(await sent()).toHaveLength(0);
  });

  it("sends a filter this release does not know as given, on every page; refuses one a URL cannot carry", async () => {
    const c = client();
    const events = await c.auditEvents.list({ since: "2025-01-01" } as never).toArray();
    expect(events).toHaveLength(7); // the fake does not know it either, and ignores it
    const requests = await sent();
    expect(requests).toHaveLength(3);
    expect(requests.map((request) => request.query.get("since"))).toEqual(["2025-01-01", "2025-01-01", "2025-01-01"]);
    expectRequest(requests[0]!, { method: "GET", path: "/audit-events", apiKey: mock.apiKey, query: { since: "2025-01-01" } });
    expect(() => c.auditEvents.list({ actor: { id: "u1" } } as never)).toThrow(
      "auditEvents.list: invalid arguments: actor: expected a string, number or boolean, or an array of them, received an object.",
    );
    expect(await sent()).toHaveLength(3);
  });

  it("a server that repeats a page_token is stopped with an error instead of looping forever", async () => {
    server.use(
      http.get(`${mock.baseURL}/audit-events`, () => HttpResponse.json({ data: [mock.state.auditEvents[0]], page_token: "same" })),
    );
    await expect(client().auditEvents.list().toArray()).rejects.toThrow(ResponseValidationError);
  });
});
