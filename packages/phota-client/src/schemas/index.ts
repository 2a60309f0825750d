export { ApiRootResponse } from "./api-root";
export { type AsyncRulesValue, withAsyncRules } from "./async-rules";
export { EditRequest, type EditRequestInput } from "./edit";
export { EnhanceRequest, type EnhanceRequestInput } from "./enhance";
export { CONTENT_MODERATION, PhotaErrorBody, ValidationIssue, isContentModeration } from "./error";
export { GenerateRequest, type GenerateRequestInput } from "./generate";
export { ImageResult, KnownSubjects } from "./image-result";
export { HttpsUrl, ImageInput, ProfileId, ProfileIds } from "./inputs";
export {
  JOB_FAILED_STATUSES,
  JOB_PENDING_STATUSES,
  JOB_SUCCEEDED_STATUSES,
  Job,
  JobError,
  JobHandle,
  JobStatusValue,
  isJobFailed,
  isJobSucceeded,
} from "./job";
export { AspectRatio, BaseModel, KNOWN_BASE_MODELS, Quality, Resolution, modelOptionEntries } from "./model-options";
export {
  ClientRequestId,
  NumOutputImages,
  OutputFormat,
  ResponseMode,
  asyncOptionEntries,
  outputOptionEntries,
} from "./output-options";
export { AddProfileRequest, ListProfilesQuery, ProfileTag, TrainingTier } from "./profile-requests";
export {
  AddProfileResponse,
  DeleteProfileResponse,
  PROFILE_TERMINAL_STATUSES,
  ProfileEntry,
  ProfileList,
  ProfileStatus,
  ProfileStatusValue,
  profileEntryId,
} from "./profile-responses";
export { RemixRequest, type RemixRequestInput } from "./remix";
export { WEBHOOK_SECRET_FIELDS, WebhookSecretResponse, webhookSecretValue } from "./webhook-secret";
