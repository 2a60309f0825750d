import type { ImageResult } from "../schemas/image-result";
import { DOWNLOAD_URL_TTL_SECONDS, PHOTA_MOCK_DOWNLOAD_BASE_URL } from "./constants";
import { nextId } from "./ids";
import { encodeImage } from "../images/base64";
import { tinyImage } from "./images";
import type { PhotaMockShapes } from "./shapes";
import type { PhotaMockState } from "./state";

/** What an image call asked for, once defaults are applied. */
export interface ResultRequest {
  format: "png" | "jpg";
  mode: "bytes" | "urls";
  count: number;
  /** Trained profiles that appear in every output image. */
  subjects: readonly string[];
}

/** A signed-looking URL the fake also serves (see the downloads handler). */
function downloadUrl(state: PhotaMockState, file: string): string {
  const signature = nextId(state, "sig").slice(4);
  return `${PHOTA_MOCK_DOWNLOAD_BASE_URL}/${file}?expires_in=${DOWNLOAD_URL_TTL_SECONDS}&signature=${signature}`;
}

/**
 * An `EditResponse`: fresh tiny images, inline (`bytes`) or behind download URLs (`urls`), the
 * other list empty, and every subject counted once per image. With no subject, `known_subjects`
 * follows `shapes.knownSubjects`.
 */
export function buildImageResult(state: PhotaMockState, request: ResultRequest, shapes: PhotaMockShapes): ImageResult {
  const images: string[] = [];
  const download_urls: string[] = [];
  for (let i = 0; i < request.count; i++) {
    const id = nextId(state, "img");
    if (request.mode === "bytes") {
      images.push(encodeImage(tinyImage(request.format, id)));
    } else {
      const file = `${id}.${request.format}`;
      state.downloads.set(file, request.format);
      download_urls.push(downloadUrl(state, file));
    }
  }
  const counts = Object.fromEntries(request.subjects.map((id) => [id, request.count]));
  if (request.subjects.length > 0 || shapes.knownSubjects === "object") return { known_subjects: { counts }, images, download_urls };
  // Nobody recognised, and the fake was asked for a reference's variant: `null`, or no field at all.
  const result: Record<string, unknown> = { images, download_urls };
  if (shapes.knownSubjects === "null") result["known_subjects"] = null;
  return result as ImageResult;
}
