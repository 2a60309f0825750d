/** Phota's production base URL. */
export const PHOTA_DEFAULT_BASE_URL = "https://api.photalabs.com/v1/phota";

/** Environment variable read for the key when `apiKey` is not given (the name Phota's docs use). */
export const PHOTA_API_KEY_ENV = "PHOTA_API_KEY";
/** Environment variable read for the base URL when `baseURL` is not given. */
export const PHOTA_BASE_URL_ENV = "PHOTA_BASE_URL";
/** Environment variable read for the log level when `logLevel` is not given. */
export const PHOTA_LOG_ENV = "PHOTA_LOG";

/**
 * Default per-attempt time limit of the image calls: Phota stops a synchronous call at 600 s and
 * answers 504 (refunding its cost). Ten seconds more lets that 504 arrive before the client gives
 * up, so the caller learns what the server did instead of seeing a bare client timeout.
 */
export const PHOTA_DEFAULT_TIMEOUT_MS = 610_000;

/** Default per-attempt limit of every other call (status, lists, jobs, profiles), which answer quickly. */
export const PHOTA_QUICK_TIMEOUT_MS = 60_000;
