/**
 * `@cloud-sdk/podstack-client`: a TypeScript client of the Podstack API (GPU pods, virtual
 * machines, NFS volumes, tasks, projects, wallet), on top of `@cloud-sdk/auth-core`. The fake for tests is in
 * `@cloud-sdk/podstack-client/mock`.
 */

// The client
export { Client } from "./client";
export type { RawRequestOptions } from "./client";
export type { ClientOptions } from "./client-options";
export { ENVIRONMENT_VARIABLES } from "./config/environment";
export { DEFAULT_CREDENTIALS_FILE } from "./config/credentials-file";
export type { Auth } from "./resources/auth";
export type { Pods, WaitUntilRunningOptions } from "./resources/pods";
export type { Projects } from "./resources/projects";
export type { Volumes } from "./resources/volumes";
export type { Wallet } from "./resources/wallet";
export type {
  PodExecOptions,
  PodLogsOptions,
  PodLogsStreamOptions,
} from "./resources/pods";
export type { SshDetails } from "./resources/ssh-details";
export type { Tasks, TaskWaitOptions } from "./resources/tasks";
export type { VmExecOptions, VmForceOptions, Vms, VmWaitUntilRunningOptions } from "./resources/vms";
export { resolveRoutes } from "./route-overrides";
export type {
  ResolvedRoute,
  ResolvedRoutes,
  RouteOverride,
  RouteOverrides,
} from "./route-overrides";
export type { Buckets, CopyParams, PresignOptions } from "./resources/buckets";
export type { CopyResult } from "./s3/copy";
export type { DeleteObjectError, DeleteObjectsResult } from "./s3/delete-objects";
export { DEFAULT_MAX_DOWNLOAD_BYTES } from "./s3/download";
export type { DownloadOptions, ObjectStream } from "./s3/download";
export type { ListObjectsParams } from "./s3/list-objects";
export type { UploadBody } from "./s3/part-source";
export type { ObjectCallOptions } from "./s3/s3-settings";
export type { ProgressCallback, UploadOptions, UploadResult } from "./s3/upload";

// Errors: Podstack's own (the Python SDK's names), then auth-core's that the client also throws
export {
  AuthenticationError,
  BucketObjectError,
  InsufficientBalanceError,
  NetworkError,
  PermissionError,
  PodFailedError,
  PodstackError,
  QuotaExceededError,
  RateLimitError,
  ResourceNotFoundError,
  ServerError,
  SshUnavailableError,
  TaskFailedError,
  ValidationError,
  VmFailedError,
} from "./errors";
export type { BucketObjectErrorInit, PodstackErrorInit } from "./errors";
export {
  AbortError,
  ApiError,
  CloudSdkError,
  ConfigurationError,
  ConnectionError,
  CredentialFileError,
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
  FetchFunction,
  HeadersInput,
  HttpMethod,
  Logger,
  LogLevel,
  QueryInput,
  RequestOptions,
  ResponseValidation,
  ValidationIssue,
} from "@cloud-sdk/auth-core";

// Schemas and types of the API's objects
export {
  Bucket,
  BucketCreateParams,
  BucketCredentials,
  BucketDeleteParams,
  BucketList,
  isPodStatus,
  normalizePodStatus,
  OPERATION_SCHEMAS,
  Pod,
  POD_STATUSES,
  PodCreateParams,
  PodForceParams,
  PodList,
  PodListParams,
  PodStatus,
  PodstackErrorBody,
  PodVolumeMount,
  PodVolumeMountInfo,
  Project,
  ProjectList,
  readErrorBody,
  TERMINAL_POD_STATUSES,
  User,
  Volume,
  VolumeCreateParams,
  VolumeDeleteParams,
  VolumeList,
  VolumeResizeParams,
  WalletBalance,
} from "./schemas";
export type {
  ErrorBodyFields,
  OperationSchemas,
  OperationSchemaTable,
  PodDeleteParams,
  PodStopParams,
} from "./schemas";
export {
  CreateFromTemplateParams,
  encodeLabels,
  ExecResult,
  FAILED_TASK_STATES,
  FirewallRule,
  FirewallRuleList,
  FirewallRuleParams,
  isTaskFailed,
  isTaskSucceeded,
  PodEvent,
  PodEventList,
  PodExecParams,
  PodLogsParams,
  PodMetrics,
  PodTemplate,
  SaveTemplateParams,
  SnapshotCreateParams,
  SUCCEEDED_TASK_STATES,
  Task,
  Vm,
  VmConsole,
  VmCreateParams,
  VmExecParams,
  VmImage,
  VmImageList,
  VmList,
  VmListParams,
  VmMetrics,
  VmResizeParams,
  VmSnapshot,
  VmSnapshotList,
} from "./schemas";
export type { BucketObject, ObjectListPage } from "./schemas";

// The wire contract: what is documented, what is assumed
export { readProjectId, withProjectId } from "./project-context";
export type { WireParts } from "./project-context";
export {
  buildPath,
  findRoute,
  OPERATION_IDS,
  PODSTACK_API_PREFIX,
  PODSTACK_DEFAULT_BASE_URL,
  PROJECT_CONTEXT,
  pathPlaceholders,
  ROUTES,
} from "./routes";
export type {
  OperationId,
  ProjectPlacement,
  ResourceType,
  RouteAnswer,
  RouteDefinition,
  RouteMethod,
} from "./routes";
export { WIRE_FACTS } from "./wire-facts";
export type { FactStatus, WireFact } from "./wire-facts";
