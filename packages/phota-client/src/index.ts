/**
 * @cloud-sdk/phota-client: the Phota API (identity-preserving edit, generate, enhance, remix,
 * async jobs, profiles), on @cloud-sdk/auth-core.
 */

// The client
export { PhotaClient } from "./client";
export type { PhotaClientOptions } from "./client-options";
export {
  PHOTA_API_KEY_ENV,
  PHOTA_BASE_URL_ENV,
  PHOTA_DEFAULT_BASE_URL,
  PHOTA_DEFAULT_TIMEOUT_MS,
  PHOTA_LOG_ENV,
  PHOTA_QUICK_TIMEOUT_MS,
} from "./defaults";

// Image calls: parameter and result types, and the base64 helpers
export type {
  AnyMode,
  AsyncMode,
  BytesImageResult,
  BytesMode,
  EditParams,
  EnhanceParams,
  GenerateParams,
  ImageCallResult,
  RemixParams,
  UrlsImageResult,
  UrlsMode,
} from "./resources/image-types";
export { decodeImage, decodeImages, encodeImage } from "./images/base64";

// Jobs and profiles
export type { Jobs, JobWaitOptions } from "./resources/jobs";
export { JOB_POLL_INTERVAL_MS, JOB_WAIT_TIMEOUT_MS } from "./resources/jobs";
export type { ProfileWaitOptions, Profiles } from "./resources/profiles";
export { PROFILE_POLL_INTERVAL_MS, PROFILE_WAIT_TIMEOUT_MS } from "./resources/profiles";
export type { WaitOptions } from "./resources/context";

// Errors: Phota's, and auth-core's that a caller may catch
export {
  AuthenticationError,
  BadRequestError,
  ContentModerationError,
  GatewayTimeoutError,
  InsufficientCreditError,
  JobFailedError,
  NotFoundError,
  PermissionDeniedError,
  PhotaError,
  type PhotaErrorInit,
  ProfileTrainingError,
  RateLimitError,
  ServerError,
  ValidationError,
} from "./errors";
export {
  AbortError,
  ApiError,
  CloudSdkError,
  ConfigurationError,
  ConnectionError,
  CredentialRefreshError,
  InsecureTransportError,
  MissingCredentialError,
  RedirectError,
  RequestValidationError,
  ResponseTooLargeError,
  ResponseValidationError,
  TimeoutError,
  WaitTimeoutError,
} from "@cloud-sdk/auth-core";
export type {
  ApiKeyOption,
  FetchFunction,
  HeadersInput,
  LogLevel,
  Logger,
  RequestOptions,
  ResponseValidation,
} from "@cloud-sdk/auth-core";

// Schemas and their types
export {
  AddProfileRequest,
  AddProfileResponse,
  ApiRootResponse,
  AspectRatio,
  type AsyncRulesValue,
  BaseModel,
  CONTENT_MODERATION,
  ClientRequestId,
  DeleteProfileResponse,
  EditRequest,
  type EditRequestInput,
  EnhanceRequest,
  type EnhanceRequestInput,
  GenerateRequest,
  type GenerateRequestInput,
  HttpsUrl,
  ImageInput,
  ImageResult,
  JOB_FAILED_STATUSES,
  JOB_PENDING_STATUSES,
  JOB_SUCCEEDED_STATUSES,
  Job,
  JobError,
  JobHandle,
  JobStatusValue,
  KNOWN_BASE_MODELS,
  KnownSubjects,
  ListProfilesQuery,
  NumOutputImages,
  OutputFormat,
  PROFILE_TERMINAL_STATUSES,
  PhotaErrorBody,
  ProfileEntry,
  ProfileId,
  ProfileIds,
  ProfileList,
  ProfileStatus,
  ProfileStatusValue,
  ProfileTag,
  Quality,
  RemixRequest,
  type RemixRequestInput,
  Resolution,
  ResponseMode,
  TrainingTier,
  ValidationIssue,
  WEBHOOK_SECRET_FIELDS,
  WebhookSecretResponse,
  asyncOptionEntries,
  isContentModeration,
  isJobFailed,
  isJobSucceeded,
  modelOptionEntries,
  outputOptionEntries,
  profileEntryId,
  webhookSecretValue,
  withAsyncRules,
} from "./schemas";
