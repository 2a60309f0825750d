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

/** The description of one API operation: how it is called and what its bodies look like. */
export interface LambdaCloudOperation {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path below the base URL (`…/api/v1`), with `{param}` placeholders as in the spec. */
  readonly path: string;
  /** Success status: 200 everywhere except `PATCH /tickets/{ticket_id}` (202). */
  readonly status: 200 | 202;
  readonly request?: v.GenericSchema;
  readonly query?: v.GenericSchema;
  readonly response: v.GenericSchema;
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
export const LAMBDA_CLOUD_OPERATIONS = {
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
} as const satisfies Record<string, LambdaCloudOperation>;

/** The spec's `operationId` of every operation in {@link LAMBDA_CLOUD_OPERATIONS}. */
export type LambdaCloudOperationId = keyof typeof LAMBDA_CLOUD_OPERATIONS;
