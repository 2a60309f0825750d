/**
 * `@cloud-sdk/podstack-client`: schemas, types and the routes table of the Podstack API.
 * The client itself arrives in a later release.
 */
export {
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
export type { ErrorBodyFields, OperationSchemas, PodDeleteParams, PodStopParams } from "./schemas";
export { readProjectId, withProjectId } from "./project-context";
export type { WireParts } from "./project-context";
export {
  buildPath,
  OPERATION_IDS,
  PODSTACK_DEFAULT_BASE_URL,
  PROJECT_CONTEXT,
  ROUTES,
} from "./routes";
export type { OperationId, ProjectPlacement, RouteDefinition, RouteMethod } from "./routes";
