import { http, HttpResponse } from "msw";
import { AbortError, RequestValidationError, ResponseValidationError, TimeoutError } from "../src";
import { createPodstackMock } from "../src/mock";
import { testClient } from "./support/client";
import { recordRequests } from "./support/recorder";
import { useMockServer } from "./support/server";

// Missing token, wrong token, HTML error page and network failure: see token-resolution.test.ts
// and errors.test.ts. Here: bad input, unexpected response shape, timeout and abort.
const mock = createPodstackMock();
const server = useMockServer(mock);
const recorded = recordRequests(server);
const client = testClient({ maxRetries: 0 });

/** A handler that answers only once the client gives up on the request (no promise left pending). */
const stall = async ({ request }: { request: Request }) => {
  await new Promise((resolve) => request.signal.addEventListener("abort", resolve, { once: true }));
  return HttpResponse.json({});
};

describe("bad input is refused before sending, naming the operation and the field", () => {
  it("a missing required field", async () => {
    const error = await client.pods
      .create({ name: "x" } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toBe(
      "pods.create: invalid arguments: image: missing (required).",
    );
    expect(await recorded()).toHaveLength(0);
  });

  it("a key the SDK does not know is sent as given; the fake, strict like the assumed API, names it", async () => {
    // Exact writer, open to fields newer than this release: the field reaches the wire, and the
    // server (here the fake) is the one to say it is not accepted.
    await expect(
      client.pods.create({ name: "x", image: "y", gpu: "A100" } as never),
    ).rejects.toThrow(/^Invalid request: Validation error: gpu: /);
    const sent = await recorded();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({ name: "x", image: "y", gpu: "A100" });
  });

  it("a value out of range", async () => {
    await expect(client.pods.create({ name: "x", image: "y", ports: [70000] })).rejects.toThrow(
      "pods.create: invalid arguments: ports[0]: expected <=65535, received 70000.",
    );
    await expect(client.pods.list({ status: "" })).rejects.toThrow(RequestValidationError);
    await expect(client.pods.stop("pod-123", { force: "yes" } as never)).rejects.toThrow(
      "pods.stop: invalid arguments: force: expected boolean",
    );
  });

  it("an empty id", async () => {
    await expect(client.pods.get("")).rejects.toThrow(
      'pods.get: "id" is required and must not be empty.',
    );
    expect(await recorded()).toHaveLength(0);
  });
});

describe("an answer of an unexpected shape", () => {
  it("is a ResponseValidationError naming the operation, the field and the request id", async () => {
    server.use(
      http.get(`${mock.baseURL}/pods/pod-123`, () =>
        HttpResponse.json(
          { name: "my-pod", status: "running" },
          { headers: { "x-request-id": "req_shape" } },
        ),
      ),
    );
    const error = await client.pods.get("pod-123").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toBe(
      "Podstack API response to pods.get does not have the expected shape: id: missing (required). The API may have changed; please report it to the SDK maintainers. Request id: req_shape. " +
        'To receive the body as sent instead, set responseValidation: "warn" (or "off") on the client or on this call.',
    );
  });

  it("an HTML page with status 200 (a captive portal) says so", async () => {
    server.use(
      http.get(`${mock.baseURL}/wallet/balance`, () =>
        HttpResponse.html("<html><title>Sign in to Wi-Fi</title></html>"),
      ),
    );
    await expect(client.wallet.balance()).rejects.toThrow(
      'Podstack API answered wallet.balance with an HTML page ("Sign in to Wi-Fi") where JSON was expected (status 200).',
    );
  });
});

describe("a timeout", () => {
  it("is a TimeoutError naming the call and the limit", async () => {
    server.use(http.get(`${mock.baseURL}/projects`, stall));
    const error = await client.projects.list({ timeout: 25 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      "projects.list (GET api.podstack.ai/v1/projects) timed out after 25 ms without a complete response; the request was aborted. The server may be slow or unreachable; raise the timeout option if this call is expected to take longer.",
    );
  });
});

describe("an abort", () => {
  it("is an AbortError, at once", async () => {
    const controller = new AbortController();
    let received!: () => void;
    const arrived = new Promise<void>((resolve) => (received = resolve));
    let handled: Promise<Response> | undefined;
    server.use(
      http.get(`${mock.baseURL}/pods`, (info) => {
        received();
        handled = stall(info);
        return handled;
      }),
    );
    const pending = client.pods
      .list({}, { signal: controller.signal })
      .catch((caught: unknown) => caught);
    await arrived;
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).message).toBe(
      "pods.list was cancelled by the caller (its AbortSignal was aborted).",
    );
    await handled;
    // msw records the abort a few ticks later; let it, before jest tears the file down.
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
});
