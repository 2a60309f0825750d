export { createLambdaCloudMock, LAMBDA_CLOUD_DEFAULT_BASE_URL, LAMBDA_CLOUD_MOCK_API_KEY } from "./create-mock.js";
export { LAMBDA_CLOUD_ERRORS, type LambdaCloudErrors } from "./errors.js";
export { defaultFailureBody } from "./failures.js";
export { defaultSeed } from "./seed.js";
export type {
  LambdaCloudMock,
  LambdaCloudMockFailure,
  LambdaCloudMockOptions,
  LambdaCloudMockSeed,
  LambdaCloudMockState,
} from "./types.js";
