import { http, type HttpHandler } from "msw";
import { PHOTA_MOCK_DOWNLOAD_BASE_URL } from "../constants";
import { nextId } from "../ids";
import { tinyImage } from "../images";
import { bytes, detailError } from "../respond";
import type { MockConfig, RequestContext } from "../context";
import type { PhotaMockState } from "../state";

/**
 * Serves the files behind the fake's `download_urls`, so a client that downloads results works
 * against the fake too. Signed URLs need no API key, like the real ones.
 */
export function downloadHandlers(state: PhotaMockState, config: MockConfig): HttpHandler[] {
  return [
    http.get(`${PHOTA_MOCK_DOWNLOAD_BASE_URL}/:file`, ({ params }) => {
      const ctx: RequestContext = { state, config, requestId: nextId(state, "req") };
      const file = typeof params["file"] === "string" ? params["file"] : "";
      const format = state.downloads.get(file);
      if (!format) return detailError(ctx, 404, "Not found.");
      const id = file.slice(0, file.lastIndexOf("."));
      return bytes(ctx, tinyImage(format, id), format === "png" ? "image/png" : "image/jpeg");
    }),
  ];
}
