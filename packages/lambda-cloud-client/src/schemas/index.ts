// Each schema's type is spelled `{ [K in keyof v.InferOutput<typeof X>]: v.InferOutput<typeof X>[K] }`,
// not `v.InferOutput<typeof X>`. It is the same type, but a mapped type declared by the alias keeps
// the alias's name: editors and the API reference then show `Instance` where it is used instead of
// the whole expanded object, and typedoc documents each field once, on the schema's entry. A union
// of schemas is spelled as the union of their types, for the same reason.
export {
  AuditEvent,
  AuditEventsPage,
  AuditEventsQuery,
  AuditEventsResponseBody,
  AuditEventsResponseBodyV1_10,
  AuditEventsResponseBodyV1_8,
  toAuditEventsPage,
} from "./audit-event.js";
export { dataEnvelope, EmptyResponse, EmptyResponseBody } from "./envelope.js";
export { ApiErrorObject, ApiErrorResponseBody, LAMBDA_ERROR_CODES, LambdaErrorCode } from "./error.js";
export {
  CreateFabricPartitionRequest,
  DeleteFabricPartitionResponseBody,
  FabricPartition,
  FabricPartitionResponseBody,
  UpdateFabricPartitionRequest,
} from "./fabric.js";
export {
  CreateFilesystemRequest,
  CreateFilesystemResponseBody,
  DeleteFilesystemResponseBody,
  Filesystem,
  FilesystemDeleteResponse,
  ListFilesystemsResponseBody,
  User,
  UserStatus,
} from "./filesystem.js";
export {
  FirewallRule,
  FirewallRuleInput,
  FirewallRuleInputFields,
  FirewallRulesResponseBody,
  NetworkProtocol,
  ReplaceFirewallRulesRequest,
} from "./firewall-rule.js";
export {
  CreateFirewallRulesetRequest,
  DeleteFirewallRulesetResponseBody,
  FirewallRuleset,
  FirewallRulesetResponseBody,
  GlobalFirewallRuleset,
  GlobalFirewallRulesetResponseBody,
  ListFirewallRulesetsResponseBody,
  UpdateFirewallRulesetRequest,
  UpdateGlobalFirewallRulesetRequest,
} from "./firewall-ruleset.js";
export { Image, ImageArchitecture, ListImagesResponseBody } from "./image.js";
export {
  FilesystemMountEntry,
  FirewallRulesetEntry,
  Instance,
  InstanceActionAvailability,
  InstanceActionAvailabilityDetails,
  InstanceActionUnavailableCode,
  InstanceResponseBody,
  InstanceStatus,
  ListInstancesResponseBody,
  TagEntry,
} from "./instance.js";
export {
  InstanceLaunchResponse,
  InstanceRestartResponse,
  InstanceTerminateResponse,
  LaunchInstanceResponseBody,
  RestartInstancesResponseBody,
  TerminateInstancesResponseBody,
} from "./instance-operations.js";
export {
  ImageSpecificationFamily,
  ImageSpecificationID,
  InstanceIdsRequest,
  LaunchInstanceRequest,
  ListInstancesQuery,
  RequestedFilesystemMountEntry,
  RequestedTagEntry,
  RestartInstancesRequest,
  TerminateInstancesRequest,
  UpdateInstanceRequest,
} from "./instance-requests.js";
export {
  InstanceType,
  InstanceTypes,
  InstanceTypeSpecs,
  InstanceTypesItem,
  ListInstanceTypesResponseBody,
} from "./instance-type.js";
export {
  LAMBDA_CLOUD_OPERATIONS,
  type LambdaCloudOperation,
  type LambdaCloudOperationId,
  type LambdaCloudOperations,
} from "./operations.js";
export { DateTimeString, Integer } from "./primitives.js";
export { ListRegionsResponseBody, Region, RegionName } from "./region.js";
export {
  AddSSHKeyRequest,
  AddSSHKeyResponseBody,
  DeleteSSHKeyResponseBody,
  GeneratedSSHKey,
  ListSSHKeysResponseBody,
  SSHKey,
} from "./ssh-key.js";
export {
  CreateTicketRequest,
  CreateTicketResponseBody,
  ListTicketsQuery,
  ListTicketsResponseBody,
  Ticket,
  TicketComment,
  TicketCommentInput,
  TicketCreateResponse,
  TicketListResponse,
  TicketResponseBody,
  TicketSeverity,
  TicketStatus,
  TicketType,
  UpdateTicketRequest,
  UpdateTicketResponseBody,
} from "./ticket.js";
export {
  Attachment,
  AttachmentDownloadResponse,
  AttachmentDownloadResponseBody,
  AttachmentInitiateResponse,
  AttachmentListResponse,
  AttachmentResponseBody,
  AttachmentUploadStatus,
  DeleteAttachmentResponseBody,
  InitiateAttachmentUploadRequest,
  InitiateAttachmentUploadResponseBody,
  ListAttachmentsQuery,
  ListAttachmentsResponseBody,
} from "./ticket-attachment.js";
