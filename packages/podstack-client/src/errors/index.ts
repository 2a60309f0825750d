export { podstackErrorFactory } from "./create-api-error";
export type { ErrorMessageContext } from "./create-api-error";
export {
  AuthenticationError,
  InsufficientBalanceError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  ResourceNotFoundError,
  ServerError,
  ValidationError,
} from "./http-errors";
export { NetworkError, wrapTransportError } from "./network-error";
export { PodFailedError } from "./pod-failed-error";
export { PodstackError } from "./podstack-error";
export { SshUnavailableError } from "./ssh-unavailable-error";
export { TaskFailedError } from "./task-failed-error";
export { VmFailedError } from "./vm-failed-error";
export type { PodstackErrorInit } from "./podstack-error";
export { BucketObjectError, s3Hint } from "./bucket-object-error";
export type { BucketObjectErrorInit } from "./bucket-object-error";
