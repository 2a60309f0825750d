/**
 * `@cloud-sdk/phota-client/mock`: a stateful msw fake of the Phota API for tests and demos.
 */
export {
  DEPRECATION_HEADER,
  INVALID_API_KEY_DETAIL,
  MISSING_API_KEY_DETAIL,
  OUTPUT_FORMAT_DEPRECATION_DATE,
  PHOTA_DEFAULT_BASE_URL,
  PHOTA_MOCK_API_KEY,
  PHOTA_MOCK_DOWNLOAD_BASE_URL,
  PHOTA_MOCK_JOB_FAILURE_TRIGGER,
  PHOTA_MOCK_MODERATION_TRIGGER,
} from "./constants";
export { type PhotaMock, type PhotaMockOptions, createPhotaMock } from "./create-mock";
export { IMAGE_PRICE_CENTS, IMAGE_WITH_IDENTITY_PRICE_CENTS, trainingPriceCents } from "./pricing";
export { DEFAULT_PHOTA_MOCK_SHAPES, type PhotaMockShapes } from "./shapes";
export {
  DEFAULT_PHOTA_MOCK_SEED,
  type PhotaMockProfileOutcome,
  type PhotaMockProfileSeed,
  type PhotaMockProfileStart,
  type PhotaMockSeed,
} from "./seed";
export type {
  IdempotentReply,
  MockJob,
  MockProfile,
  PhotaMockFailure,
  PhotaMockState,
  RecordedImageRequest,
} from "./state";
