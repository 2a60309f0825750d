// Each object schema's type is spelled `{ [K in keyof v.InferOutput<typeof X>]: v.InferOutput<typeof X>[K] }`
// (`InferInput` for request schemas), not `v.InferOutput<typeof X>`. It is the same type, but a mapped type
// declared by the alias keeps the alias's name: editors and the API reference then show `CvmState` where it is
// used instead of the whole expanded object, and typedoc documents each field once, on the schema's entry. A
// union of schemas is spelled as the union of their types, for the same reason. The two requests with a check
// across fields (`ProvisionCvmRequest`, `ProvisionComposeFile`) keep their fields in a schema of their own
// (`…Fields`), so that the check can take the named type as its input.
export { AppCertificate, CertificateName, CvmAttestation, TcbEventLogEntry, TcbInfo } from "./cvm-attestation";
export {
  AppCompose,
  composePayloadFits,
  MAX_COMPOSE_PAYLOAD_BYTES,
  PortPolicy,
  ProvisionComposeFile,
  ProvisionComposeFileFields,
  StorageFs,
} from "./compose-file";
export {
  AppIdRequest,
  AppListV20251028,
  AppListV20260121,
  AppProfile,
  AppRevision,
  AppRevisions,
  CvmBasicInfoV20251028,
  CvmRef,
  DstackAppMinimal,
  DstackAppV20251028,
  DstackAppV20260121,
  GetAppListRequest,
  GetAppRevisionsRequest,
} from "./apps";
export {
  AppCvmsIsAllowed,
  CheckAppIsAllowedRequest,
  CheckCvmIsAllowedRequest,
  GetKmsOnChainDetailRequest,
  IsAllowedResult,
  KmsOnChainDetail,
  OnChainDevice,
  OnChainKmsContract,
  OnChainOsImage,
} from "./allow-checks";
export {
  AppAttestation,
  AppAttestationInstance,
  AppAttestationKmsInfo,
  AppFilterOptions,
  AppRevisionDetail,
  CreateAppInstanceRequest,
  DeviceAllowlist,
  DeviceAllowlistItem,
  GetAppRevisionDetailRequest,
  GuestAgentInfo,
} from "./app-details";
export {
  CommitCvmComposeFileUpdateRequest,
  ProvisionCvmComposeFileUpdateRequest,
  ProvisionCvmComposeFileUpdateResult,
} from "./compose-update";
export {
  CvmAvailableOsImage,
  CvmAvailableOsImages,
  CvmUserConfig,
  OsImageVariant,
  UpdateOsImageRequest,
  UpdatePreLaunchScriptInProgress,
  UpdatePreLaunchScriptRequest,
  UpdatePreLaunchScriptResult,
} from "./cvm-config";
export {
  CvmBatchStatus,
  CvmStatusBatch,
  GetCvmStatusBatchRequest,
  InstanceIdRefreshResult,
  InstanceIdRefreshStatus,
  InstanceIdSource,
  RefreshCvmInstanceIdRequest,
  RefreshCvmInstanceIdsRequest,
  RefreshCvmInstanceIdsResult,
  ReplicateCvmRequest,
} from "./cvm-instances";
export {
  CommitCvmUpdateRequest,
  ConfirmCvmPatchRequest,
  CvmUpdateAccepted,
  OnChainStatus,
  PatchCvmInProgress,
  PatchCvmPreconditionRequired,
  type PatchCvmResult,
  PatchCvmRequest,
  PREPARE_ONLY_HEADER,
} from "./cvm-patch";
export { MAX_WATCH_RECONNECTS, type WatchCvmStateEvent, WatchCvmStateRequest } from "./watch-cvm-state";
export { CreditsInfo, CurrentUserV20251028, CurrentUserV20260121, UserInfo, UserRole, WorkspaceInfo } from "./current-user";
export { BillingPeriod, CvmNetworkUrls, CvmStatus } from "./cvm-common";
export {
  APP_ID_PATTERN,
  CVM_ID_REQUIRED_MESSAGE,
  CVM_NAME_MESSAGE,
  CVM_NAME_PATTERN,
  CvmIdFields,
  CvmIdInput,
  CvmName,
  hasCvmIdentifier,
  UUID_V4_PATTERN,
} from "./cvm-id";
export { GetCvmListRequest } from "./cvm-list";
export {
  CvmContainer,
  CvmContainersStats,
  CvmDiskInfo,
  CvmNetwork,
  CvmState,
  CvmStats,
  CvmSysInfo,
} from "./cvm-status";
export {
  COMPOSE_HASH_HEADER,
  DockerComposeYaml,
  TRANSACTION_HASH_HEADER,
  UpdateCvmEnvsInProgress,
  UpdateCvmEnvsRequest,
  UpdateCvmResourcesRequest,
  UpdateCvmVisibilityRequest,
  UpdateDockerComposeInProgress,
  UpdateDockerComposeRequest,
} from "./cvm-updates";
export {
  CvmDetailV20251028,
  CvmInfoV20251028,
  CvmNodeV20251028,
  MachineInfoV20251028,
  PaginatedCvmInfosV20251028,
  VmInfoV20251028,
} from "./cvm-v20251028";
export {
  CvmGatewayV20260121,
  CvmInfoDetailV20260121,
  CvmInfoV20260121,
  CvmKmsInfoV20260121,
  CvmOsInfoV20260121,
  CvmProgressV20260121,
  CvmResourceV20260121,
  NodeRef,
  PaginatedCvmInfosV20260121,
  UserRef,
  WorkspaceRef,
} from "./cvm-v20260121";
export {
  ErrorLink,
  FastApiErrorBody,
  FastApiValidationItem,
  findStructuredError,
  PhalaErrorBody,
  StructuredError,
  StructuredErrorDetail,
} from "./error-body";
export { ErrorCode, ErrorCodes } from "./error-codes";
export {
  AllInstanceTypeFamilies,
  FamilyInstanceTypes,
  InstanceType,
  InstanceTypeFamily,
  ListFamilyInstanceTypesRequest,
} from "./instance-types";
export {
  AppEnvEncryptPubKey,
  GetAppEnvEncryptPubKeyRequest,
  GetKmsInfoRequest,
  GetKmsListRequest,
  KmsAppId,
  KmsInfo,
  KmsListResponse,
  KmsType,
  NextAppIds,
  NextAppIdsRequest,
  ProvisionKmsType,
} from "./kms";
export { AvailableNodes, AvailableOsImage, ResourceThreshold, TeepodCapacity } from "./nodes";
export { GetOsImagesRequest, OsImage, OsImageList } from "./os-images";
export { CursorPagination, cursorPaginated, PageQuery, pagePaginated } from "./pagination";
export {
  ComposePreconditionRequired,
  LegacyPrecondition465,
  Precondition465Body,
  StructuredPrecondition465,
  toComposePrecondition,
  UpdateCvmEnvsResult,
  UpdateDockerComposeResult,
} from "./precondition";
export { CommitCvmProvisionRequest, ProvisionCvmRequest, ProvisionCvmRequestFields, ProvisionCvmResponse } from "./provision";
export {
  CreateSshKeyRequest,
  DeleteSshKeyRequest,
  ImportGithubProfileRequest,
  ImportGithubProfileResult,
  SSH_PUBLIC_KEY_PATTERN,
  SshKey,
  SshKeyList,
  SyncGithubSshKeysResult,
} from "./ssh-keys";
export {
  schemasForVersion,
  VERSIONED_SCHEMAS,
  type VersionedResponse,
  type VersionedResponseName,
  type VersionedSchemas,
  type VersionedSchemaTable,
} from "./versioned";
export { RestartCvmRequest, VmRecord } from "./vm";
export {
  GetWorkspaceNodesRequest,
  ListWorkspacesRequest,
  QuotaLimit,
  Workspace,
  WorkspaceBillingStatus,
  WorkspaceList,
  WorkspaceNodes,
  WorkspaceQuotas,
  WorkspaceSlugRequest,
} from "./workspaces";
