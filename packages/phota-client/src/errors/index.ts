export { createPhotaApiError } from "./create-api-error";
export {
  AuthenticationError,
  BadRequestError,
  ContentModerationError,
  GatewayTimeoutError,
  InsufficientCreditError,
  NotFoundError,
  PermissionDeniedError,
  PhotaError,
  type PhotaErrorInit,
  RateLimitError,
  ServerError,
  ValidationError,
} from "./phota-error";
export { JobFailedError, ProfileTrainingError } from "./wait-errors";
