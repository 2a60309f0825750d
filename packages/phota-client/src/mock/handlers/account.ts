import type { HttpHandler } from "msw";
import type { MockConfig } from "../context";
import { json } from "../respond";
import { route } from "../route";
import type { PhotaMockState } from "../state";

/**
 * `GET /` (the auth guide's "try your key" call) and `GET /webhook-secret`. Both bodies are
 * undocumented: the root answers a small object, the secret comes as `webhook_secret`.
 */
export function accountHandlers(state: PhotaMockState, config: MockConfig): HttpHandler[] {
  return [
    // The root with and without its trailing slash: msw matches them as two paths.
    ...["/", ""].map((path) =>
      route(state, config, "get", path, ({ ctx }) => json(ctx, { name: "Phota API", version: "v0.7.0" })),
    ),
    route(state, config, "get", "/webhook-secret", ({ ctx }) => json(ctx, { webhook_secret: state.webhookSecret })),
  ];
}
