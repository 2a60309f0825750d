export { PodstackErrorBody, readErrorBody } from "./error-body";
export type { ErrorBodyFields } from "./error-body";
export { OPERATION_SCHEMAS } from "./operations";
export type { OperationSchemas, OperationSchemaTable } from "./operations";
export { Pod, PodList } from "./pod";
export { PodCreateParams } from "./pod-create";
export { PodForceParams, PodListParams } from "./pod-params";
export type { PodDeleteParams, PodStopParams } from "./pod-params";
export {
  isPodStatus,
  normalizePodStatus,
  POD_STATUSES,
  PodStatus,
  TERMINAL_POD_STATUSES,
} from "./pod-status";
export { Project, ProjectList } from "./project";
export { User } from "./user";
export { Volume, VolumeList } from "./volume";
export { PodVolumeMount, PodVolumeMountInfo } from "./volume-mount";
export { VolumeCreateParams, VolumeDeleteParams, VolumeResizeParams } from "./volume-params";
export { WalletBalance } from "./wallet";
export { ExecResult, PodExecParams, VmExecParams } from "./exec";
export { PodEvent, PodEventList, PodLogsParams, PodMetrics, VmMetrics } from "./pod-observe";
export { encodeLabels } from "./pod-params";
export {
  FAILED_TASK_STATES,
  isTaskFailed,
  isTaskSucceeded,
  SUCCEEDED_TASK_STATES,
  Task,
} from "./task";
export { CreateFromTemplateParams, PodTemplate, SaveTemplateParams } from "./template";
export {
  FirewallRule,
  FirewallRuleList,
  Vm,
  VmConsole,
  VmImage,
  VmImageList,
  VmList,
  VmSnapshot,
  VmSnapshotList,
} from "./vm";
export {
  FirewallRuleParams,
  SnapshotCreateParams,
  VmCreateParams,
  VmListParams,
  VmResizeParams,
} from "./vm-params";
export { Bucket, BucketList } from "./bucket";
export { BucketCredentials } from "./bucket-credentials";
export { BucketCreateParams, BucketDeleteParams } from "./bucket-params";
export type { BucketObject, ObjectListPage } from "./bucket-object";
