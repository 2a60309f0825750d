export { createPhalaCloudError, toValidationErrors } from "./create-api-error";
export type { ErrorHints } from "./error-message";
export {
  AuthError,
  BusinessError,
  ConflictError,
  ResourceError,
  ServerError,
  ValidationError,
  type ValidationErrorItem,
} from "./http-errors";
export { PhalaCloudError, type PhalaCloudErrorInit, type PhalaErrorDetail } from "./phala-cloud-error";
export { RequestError, wrapTransportError } from "./request-error";
