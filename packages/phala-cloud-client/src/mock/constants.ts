import { DEFAULT_BASE_URL } from "../client-options";

/** The real API's default base URL; the fake answers on it unless told otherwise. */
export const PHALA_CLOUD_DEFAULT_BASE_URL = DEFAULT_BASE_URL;

/** The API key the fake accepts by default (`X-API-Key`). Keys look like `phak_…`. */
export const PHALA_CLOUD_MOCK_API_KEY = "phak_mock_7f3a9c2e4b1d8a6f";

/**
 * Name of the session cookie the fake accepts in cookie mode. Phala does not document its cookie;
 * this name is the fake's own. Node's fetch sends a cookie only when given one explicitly
 * (`headers: { cookie: "phala_session=…" }`); a browser sends it with `credentials: "include"`.
 */
export const PHALA_CLOUD_MOCK_SESSION_COOKIE_NAME = "phala_session";

/** The session cookie value the fake accepts by default. */
export const PHALA_CLOUD_MOCK_SESSION_COOKIE = "mock-session-5d1e0b7c";

/** The 401 body of FastAPI's API-key dependency, for a missing or wrong credential. */
export const NOT_AUTHENTICATED_DETAIL = "Not authenticated";
