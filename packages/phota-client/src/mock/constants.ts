/** The key the fake accepts unless `apiKey` is given. Not a real Phota key. */
export const PHOTA_MOCK_API_KEY = "phota_mock_key_0c7d2e19b84f4a6d";

/** Phota's production base URL, which the fake answers on by default. */
export { PHOTA_DEFAULT_BASE_URL } from "../defaults";

/** Where the fake's signed download URLs point (`response_mode: "urls"`); it serves them too. */
export const PHOTA_MOCK_DOWNLOAD_BASE_URL = "https://storage.photalabs.test/phota-mock";

/** A prompt containing this word is refused with a 400 `CONTENT_MODERATION`. */
export const PHOTA_MOCK_MODERATION_TRIGGER = "MODERATION_TEST";

/** An async job whose prompt contains this word ends `failed` (its reserved cost is refunded). */
export const PHOTA_MOCK_JOB_FAILURE_TRIGGER = "JOB_FAILURE_TEST";

/** The 403 detail for a request without the header (the v0.7.0 OpenAPI spec's wording). */
export const MISSING_API_KEY_DETAIL = "Missing X-API-Key header (no API key provided).";

/** The 401 detail for a wrong key (the authentication guide's exact text). */
export const INVALID_API_KEY_DETAIL = "Missing or invalid API key in the X-API-Key header.";

/** The header Phota sends when a request relies on the `output_format` default, and its value. */
export const DEPRECATION_HEADER = "X-Phota-Deprecation-Date";
/** The date of the `output_format` default change (png → jpg). */
export const OUTPUT_FORMAT_DEPRECATION_DATE = "2026-05-08";

/** Lifetime of the signed download URLs, in seconds (24 h, as documented). */
export const DOWNLOAD_URL_TTL_SECONDS = 86_400;
