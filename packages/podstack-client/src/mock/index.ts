/**
 * `@cloud-sdk/podstack-client/mock`: a stateful msw fake of the Podstack API, for tests and demos.
 * Runs under `msw/node` and msw's browser worker alike.
 */
export { createPodstackMock } from "./create-mock";
export type { PodstackMock, PodstackMockOptions } from "./create-mock";
export type { PodstackMockFailure } from "./fail-next";
export { mockPod, mockVm, mockVolume } from "./factories";
export type { PodStatusCase } from "./pod-lifecycle";
export { ACCESS_DENIED } from "./project-scope";
export {
  PODSTACK_MOCK_S3_ACCESS_KEY,
  PODSTACK_MOCK_S3_ENDPOINT,
  PODSTACK_MOCK_S3_REGION,
  PODSTACK_MOCK_S3_SECRET_KEY,
} from "./s3/s3-constants";
export { defaultSeed, PODSTACK_MOCK_API_KEY, PODSTACK_MOCK_PROJECT_ID } from "./seed";
export type {
  PodstackMockEvent,
  PodstackMockFirewallRule,
  PodstackMockImage,
  PodstackMockSnapshot,
  PodstackMockTask,
  PodstackMockTemplate,
  PodstackMockVm,
  PodstackMockBucket,
  PodstackMockObject,
  PodstackMockPod,
  PodstackMockProject,
  PodstackMockSeed,
  PodstackMockState,
  PodstackMockUser,
  PodstackMockVolume,
} from "./state";
