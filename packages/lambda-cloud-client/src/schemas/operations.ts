import type * as v from "valibot";
import { AuditEventsQuery, AuditEventsResponseBody } from "./audit-event.js";
import { EmptyResponseBody } from "./envelope.js";
import {
  CreateFabricPartitionRequest,
  FabricPartitionResponseBody,
  UpdateFabricPartitionRequest,
} from "./fabric.js";
import {
  CreateFilesystemRequest,
  CreateFilesystemResponseBody,
  DeleteFilesystemResponseBody,
  ListFilesystemsResponseBody,
} from "./filesystem.js";
import { FirewallRulesResponseBody, ReplaceFirewallRulesRequest } from "./firewall-rule.js";
import {
  CreateFirewallRulesetRequest,
  FirewallRulesetResponseBody,
  GlobalFirewallRulesetResponseBody,
  ListFirewallRulesetsResponseBody,
  UpdateFirewallRulesetRequest,
  UpdateGlobalFirewallRulesetRequest,
} from "./firewall-ruleset.js";
import { ListImagesResponseBody } from "./image.js";
import { InstanceResponseBody, ListInstancesResponseBody } from "./instance.js";
import {
  LaunchInstanceResponseBody,
  RestartInstancesResponseBody,
  TerminateInstancesResponseBody,
} from "./instance-operations.js";
import { InstanceIdsRequest, LaunchInstanceRequest, ListInstancesQuery, UpdateInstanceRequest } from "./instance-requests.js";
import { ListInstanceTypesResponseBody } from "./instance-type.js";
import { ListRegionsResponseBody } from "./region.js";
import { AddSSHKeyRequest, AddSSHKeyResponseBody, ListSSHKeysResponseBody } from "./ssh-key.js";
import {
  CreateTicketRequest,
  CreateTicketResponseBody,
  ListTicketsQuery,
  ListTicketsResponseBody,
  TicketResponseBody,
  UpdateTicketRequest,
} from "./ticket.js";
import {
  AttachmentDownloadResponseBody,
  AttachmentResponseBody,
  InitiateAttachmentUploadRequest,
  InitiateAttachmentUploadResponseBody,
  ListAttachmentsQuery,
  ListAttachmentsResponseBody,
} from "./ticket-attachment.js";

/**
 * The description of one API operation: how it is called and what its bodies look like. The type
 * parameters keep a row's exact schemas; without them, any schema fits.
 */
export interface LambdaCloudOperation<
  TResponse extends v.GenericSchema = v.GenericSchema,
  TRequest extends v.GenericSchema | undefined = v.GenericSchema | undefined,
  TQuery extends v.GenericSchema | undefined = v.GenericSchema | undefined,
> {
  /** The HTTP method, as in the spec. */
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path below the base URL (`…/api/v1`), with `{param}` placeholders as in the spec. */
  readonly path: string;
  /** Success status: 200 everywhere except `PATCH /tickets/{ticket_id}` (202). */
  readonly status: 200 | 202;
  /** Schema of the JSON request body; absent when the operation sends none. */
  readonly request?: TRequest;
  /** Schema of the query parameters; absent when the operation takes none. */
  readonly query?: TQuery;
  /** Schema of the whole success body, envelope included. */
  readonly response: TResponse;
}

/**
 * The type of {@link LAMBDA_CLOUD_OPERATIONS}: one member per operation, keyed by the spec's
 * `operationId`, each with the exact schemas of its bodies (so that the client infers what an
 * operation returns). Written out so that the reference documents each operation once.
 */
export interface LambdaCloudOperations {
  /** `GET /instances`, sent by `client.instances.list()`. */
  readonly listInstances: LambdaCloudOperation<typeof ListInstancesResponseBody, undefined, typeof ListInstancesQuery>;
  /** `GET /instances/{id}`, sent by `client.instances.get()`. */
  readonly getInstance: LambdaCloudOperation<typeof InstanceResponseBody>;
  /** `POST /instances/{id}`, sent by `client.instances.update()`. */
  readonly postInstance: LambdaCloudOperation<typeof InstanceResponseBody, typeof UpdateInstanceRequest>;
  /** `GET /instance-types`, sent by `client.instanceTypes.list()`. */
  readonly listInstanceTypes: LambdaCloudOperation<typeof ListInstanceTypesResponseBody>;
  /** `POST /instance-operations/launch`, sent by `client.instances.launch()`. */
  readonly launchInstance: LambdaCloudOperation<typeof LaunchInstanceResponseBody, typeof LaunchInstanceRequest>;
  /** `POST /instance-operations/restart`, sent by `client.instances.restart()`. */
  readonly restartInstance: LambdaCloudOperation<typeof RestartInstancesResponseBody, typeof InstanceIdsRequest>;
  /** `POST /instance-operations/terminate`, sent by `client.instances.terminate()`. */
  readonly terminateInstance: LambdaCloudOperation<typeof TerminateInstancesResponseBody, typeof InstanceIdsRequest>;
  /** `GET /ssh-keys`, sent by `client.sshKeys.list()`. */
  readonly listSSHKeys: LambdaCloudOperation<typeof ListSSHKeysResponseBody>;
  /** `POST /ssh-keys`, sent by `client.sshKeys.add()`. */
  readonly addSSHKey: LambdaCloudOperation<typeof AddSSHKeyResponseBody, typeof AddSSHKeyRequest>;
  /** `DELETE /ssh-keys/{id}`, sent by `client.sshKeys.delete()`. */
  readonly deleteSSHKey: LambdaCloudOperation<typeof EmptyResponseBody>;
  /** `GET /file-systems`, sent by `client.fileSystems.list()`. */
  readonly listFilesystems: LambdaCloudOperation<typeof ListFilesystemsResponseBody>;
  /** `POST /filesystems`, sent by `client.fileSystems.create()`. */
  readonly createFilesystem: LambdaCloudOperation<typeof CreateFilesystemResponseBody, typeof CreateFilesystemRequest>;
  /** `DELETE /filesystems/{id}`, sent by `client.fileSystems.delete()`. */
  readonly filesystemDelete: LambdaCloudOperation<typeof DeleteFilesystemResponseBody>;
  /** `GET /images`, sent by `client.images.list()`. */
  readonly listImages: LambdaCloudOperation<typeof ListImagesResponseBody>;
  /** `GET /regions`, sent by `client.regions.list()`. */
  readonly listRegions: LambdaCloudOperation<typeof ListRegionsResponseBody>;
  /** `GET /firewall-rules`, sent by `client.firewallRules.list()`. */
  readonly firewallRulesList: LambdaCloudOperation<typeof FirewallRulesResponseBody>;
  /** `PUT /firewall-rules`, sent by `client.firewallRules.replace()`. */
  readonly firewallRulesSet: LambdaCloudOperation<typeof FirewallRulesResponseBody, typeof ReplaceFirewallRulesRequest>;
  /** `GET /firewall-rulesets`, sent by `client.firewallRulesets.list()`. */
  readonly firewallRulesetsList: LambdaCloudOperation<typeof ListFirewallRulesetsResponseBody>;
  /** `POST /firewall-rulesets`, sent by `client.firewallRulesets.create()`. */
  readonly createFirewallRuleset: LambdaCloudOperation<
    typeof FirewallRulesetResponseBody,
    typeof CreateFirewallRulesetRequest
  >;
  /** `GET /firewall-rulesets/global`, sent by `client.firewallRulesets.getGlobal()`. */
  readonly getGlobalFirewallRuleset: LambdaCloudOperation<typeof GlobalFirewallRulesetResponseBody>;
  /** `PATCH /firewall-rulesets/global`, sent by `client.firewallRulesets.updateGlobal()`. */
  readonly updateGlobalFirewallRuleset: LambdaCloudOperation<
    typeof GlobalFirewallRulesetResponseBody,
    typeof UpdateGlobalFirewallRulesetRequest
  >;
  /** `GET /firewall-rulesets/{id}`, sent by `client.firewallRulesets.get()`. */
  readonly getFirewallRuleset: LambdaCloudOperation<typeof FirewallRulesetResponseBody>;
  /** `PATCH /firewall-rulesets/{id}`, sent by `client.firewallRulesets.update()`. */
  readonly updateFirewallRuleset: LambdaCloudOperation<
    typeof FirewallRulesetResponseBody,
    typeof UpdateFirewallRulesetRequest
  >;
  /** `DELETE /firewall-rulesets/{id}`, sent by `client.firewallRulesets.delete()`. */
  readonly deleteFirewallRuleset: LambdaCloudOperation<typeof EmptyResponseBody>;
  /** `GET /audit-events`, sent by `client.auditEvents.list()`. */
  readonly getAuditEvents: LambdaCloudOperation<typeof AuditEventsResponseBody, undefined, typeof AuditEventsQuery>;
  /** `POST /fabric`, sent by `client.fabric.create()`. */
  readonly createFabricPartition: LambdaCloudOperation<
    typeof FabricPartitionResponseBody,
    typeof CreateFabricPartitionRequest
  >;
  /** `POST /fabric/{id}`, sent by `client.fabric.update()`. */
  readonly updateFabricPartition: LambdaCloudOperation<
    typeof FabricPartitionResponseBody,
    typeof UpdateFabricPartitionRequest
  >;
  /** `DELETE /fabric/{id}`, sent by `client.fabric.delete()`. */
  readonly deleteFabricPartition: LambdaCloudOperation<typeof EmptyResponseBody>;
  /** `GET /tickets`, sent by `client.tickets.list()`. */
  readonly listTickets: LambdaCloudOperation<typeof ListTicketsResponseBody, undefined, typeof ListTicketsQuery>;
  /** `POST /tickets`, sent by `client.tickets.create()`. */
  readonly createTicket: LambdaCloudOperation<typeof CreateTicketResponseBody, typeof CreateTicketRequest>;
  /** `GET /tickets/{ticket_id}`, sent by `client.tickets.get()`. */
  readonly getTicket: LambdaCloudOperation<typeof TicketResponseBody>;
  /** `PATCH /tickets/{ticket_id}`, sent by `client.tickets.update()`. */
  readonly updateTicket: LambdaCloudOperation<typeof EmptyResponseBody, typeof UpdateTicketRequest>;
  /** `GET /tickets/{ticket_id}/attachments`, sent by `client.tickets.attachments.list()`. */
  readonly listAttachments: LambdaCloudOperation<
    typeof ListAttachmentsResponseBody,
    undefined,
    typeof ListAttachmentsQuery
  >;
  /** `POST /tickets/{ticket_id}/attachments`, sent by `client.tickets.attachments.initiateUpload()`. */
  readonly initiateAttachmentUpload: LambdaCloudOperation<
    typeof InitiateAttachmentUploadResponseBody,
    typeof InitiateAttachmentUploadRequest
  >;
  /** `DELETE /tickets/{ticket_id}/attachments/{attachment_id}`, sent by `client.tickets.attachments.delete()`. */
  readonly deleteAttachment: LambdaCloudOperation<typeof EmptyResponseBody>;
  /** `POST /tickets/{ticket_id}/attachments/{attachment_id}/complete`, sent by `client.tickets.attachments.completeUpload()`. */
  readonly completeAttachmentUpload: LambdaCloudOperation<typeof AttachmentResponseBody>;
  /** `GET /tickets/{ticket_id}/attachments/{attachment_id}/download`, sent by `client.tickets.attachments.getDownloadURL()`. */
  readonly getAttachmentDownloadUrl: LambdaCloudOperation<typeof AttachmentDownloadResponseBody>;
}

/**
 * Every operation of Lambda Cloud API 1.10.0, keyed by the spec's `operationId`, with the
 * schemas of its request body, query and whole response body (envelope included).
 *
 * @example
 * ```ts
 * const op = LAMBDA_CLOUD_OPERATIONS.launchInstance; // { method: "POST", path: "/instance-operations/launch", ... }
 * const body = v.parse(op.response, await response.json());
 * ```
 */
export const LAMBDA_CLOUD_OPERATIONS: LambdaCloudOperations = {
  listInstances: { method: "GET", path: "/instances", status: 200, query: ListInstancesQuery, response: ListInstancesResponseBody },
  getInstance: { method: "GET", path: "/instances/{id}", status: 200, response: InstanceResponseBody },
  postInstance: { method: "POST", path: "/instances/{id}", status: 200, request: UpdateInstanceRequest, response: InstanceResponseBody },
  listInstanceTypes: { method: "GET", path: "/instance-types", status: 200, response: ListInstanceTypesResponseBody },
  launchInstance: { method: "POST", path: "/instance-operations/launch", status: 200, request: LaunchInstanceRequest, response: LaunchInstanceResponseBody },
  restartInstance: { method: "POST", path: "/instance-operations/restart", status: 200, request: InstanceIdsRequest, response: RestartInstancesResponseBody },
  terminateInstance: { method: "POST", path: "/instance-operations/terminate", status: 200, request: InstanceIdsRequest, response: TerminateInstancesResponseBody },
  listSSHKeys: { method: "GET", path: "/ssh-keys", status: 200, response: ListSSHKeysResponseBody },
  addSSHKey: { method: "POST", path: "/ssh-keys", status: 200, request: AddSSHKeyRequest, response: AddSSHKeyResponseBody },
  deleteSSHKey: { method: "DELETE", path: "/ssh-keys/{id}", status: 200, response: EmptyResponseBody },
  listFilesystems: { method: "GET", path: "/file-systems", status: 200, response: ListFilesystemsResponseBody },
  createFilesystem: { method: "POST", path: "/filesystems", status: 200, request: CreateFilesystemRequest, response: CreateFilesystemResponseBody },
  filesystemDelete: { method: "DELETE", path: "/filesystems/{id}", status: 200, response: DeleteFilesystemResponseBody },
  listImages: { method: "GET", path: "/images", status: 200, response: ListImagesResponseBody },
  listRegions: { method: "GET", path: "/regions", status: 200, response: ListRegionsResponseBody },
  firewallRulesList: { method: "GET", path: "/firewall-rules", status: 200, response: FirewallRulesResponseBody },
  firewallRulesSet: { method: "PUT", path: "/firewall-rules", status: 200, request: ReplaceFirewallRulesRequest, response: FirewallRulesResponseBody },
  firewallRulesetsList: { method: "GET", path: "/firewall-rulesets", status: 200, response: ListFirewallRulesetsResponseBody },
  createFirewallRuleset: { method: "POST", path: "/firewall-rulesets", status: 200, request: CreateFirewallRulesetRequest, response: FirewallRulesetResponseBody },
  getGlobalFirewallRuleset: { method: "GET", path: "/firewall-rulesets/global", status: 200, response: GlobalFirewallRulesetResponseBody },
  updateGlobalFirewallRuleset: { method: "PATCH", path: "/firewall-rulesets/global", status: 200, request: UpdateGlobalFirewallRulesetRequest, response: GlobalFirewallRulesetResponseBody },
  getFirewallRuleset: { method: "GET", path: "/firewall-rulesets/{id}", status: 200, response: FirewallRulesetResponseBody },
  updateFirewallRuleset: { method: "PATCH", path: "/firewall-rulesets/{id}", status: 200, request: UpdateFirewallRulesetRequest, response: FirewallRulesetResponseBody },
  deleteFirewallRuleset: { method: "DELETE", path: "/firewall-rulesets/{id}", status: 200, response: EmptyResponseBody },
  getAuditEvents: { method: "GET", path: "/audit-events", status: 200, query: AuditEventsQuery, response: AuditEventsResponseBody },
  createFabricPartition: { method: "POST", path: "/fabric", status: 200, request: CreateFabricPartitionRequest, response: FabricPartitionResponseBody },
  updateFabricPartition: { method: "POST", path: "/fabric/{id}", status: 200, request: UpdateFabricPartitionRequest, response: FabricPartitionResponseBody },
  deleteFabricPartition: { method: "DELETE", path: "/fabric/{id}", status: 200, response: EmptyResponseBody },
  listTickets: { method: "GET", path: "/tickets", status: 200, query: ListTicketsQuery, response: ListTicketsResponseBody },
  createTicket: { method: "POST", path: "/tickets", status: 200, request: CreateTicketRequest, response: CreateTicketResponseBody },
  getTicket: { method: "GET", path: "/tickets/{ticket_id}", status: 200, response: TicketResponseBody },
  updateTicket: { method: "PATCH", path: "/tickets/{ticket_id}", status: 202, request: UpdateTicketRequest, response: EmptyResponseBody },
  listAttachments: { method: "GET", path: "/tickets/{ticket_id}/attachments", status: 200, query: ListAttachmentsQuery, response: ListAttachmentsResponseBody },
  initiateAttachmentUpload: { method: "POST", path: "/tickets/{ticket_id}/attachments", status: 200, request: InitiateAttachmentUploadRequest, response: InitiateAttachmentUploadResponseBody },
  deleteAttachment: { method: "DELETE", path: "/tickets/{ticket_id}/attachments/{attachment_id}", status: 200, response: EmptyResponseBody },
  completeAttachmentUpload: { method: "POST", path: "/tickets/{ticket_id}/attachments/{attachment_id}/complete", status: 200, response: AttachmentResponseBody },
  getAttachmentDownloadUrl: { method: "GET", path: "/tickets/{ticket_id}/attachments/{attachment_id}/download", status: 200, response: AttachmentDownloadResponseBody },
};

/** The spec's `operationId` of every operation in {@link LAMBDA_CLOUD_OPERATIONS}. */
export type LambdaCloudOperationId = keyof typeof LAMBDA_CLOUD_OPERATIONS;
