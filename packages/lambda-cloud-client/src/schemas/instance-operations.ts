import * as v from "valibot";
import { dataEnvelope } from "./envelope.js";
import { Instance } from "./instance.js";

/** The `data` of a launch: the ids of the instances that were started. */
export const InstanceLaunchResponse = v.looseObject({
  /** The ids of the launched instances. */
  instance_ids: v.array(v.string()),
});
/** See {@link InstanceLaunchResponse}. */
export type InstanceLaunchResponse = {
  [K in keyof v.InferOutput<typeof InstanceLaunchResponse>]: v.InferOutput<typeof InstanceLaunchResponse>[K];
};

/** `POST /instance-operations/launch`: `{"data": {"instance_ids": [...]}}`. */
export const LaunchInstanceResponseBody = dataEnvelope(InstanceLaunchResponse);
/** See {@link LaunchInstanceResponseBody}. */
export type LaunchInstanceResponseBody = {
  [K in keyof v.InferOutput<typeof LaunchInstanceResponseBody>]: v.InferOutput<typeof LaunchInstanceResponseBody>[K];
};

/** The `data` of a restart: the instances that were restarted. */
export const InstanceRestartResponse = v.looseObject({
  /** The instances that were restarted. */
  restarted_instances: v.array(Instance),
});
/** See {@link InstanceRestartResponse}. */
export type InstanceRestartResponse = {
  [K in keyof v.InferOutput<typeof InstanceRestartResponse>]: v.InferOutput<typeof InstanceRestartResponse>[K];
};

/** `POST /instance-operations/restart`: `{"data": {"restarted_instances": [...]}}`. */
export const RestartInstancesResponseBody = dataEnvelope(InstanceRestartResponse);
/** See {@link RestartInstancesResponseBody}. */
export type RestartInstancesResponseBody = {
  [K in keyof v.InferOutput<typeof RestartInstancesResponseBody>]: v.InferOutput<typeof RestartInstancesResponseBody>[K];
};

/**
 * The `data` of a terminate. It may not list every requested id (1.4.0 said so explicitly):
 * compare it with what you asked for.
 */
export const InstanceTerminateResponse = v.looseObject({
  /** The instances that were terminated. */
  terminated_instances: v.array(Instance),
});
/** See {@link InstanceTerminateResponse}. */
export type InstanceTerminateResponse = {
  [K in keyof v.InferOutput<typeof InstanceTerminateResponse>]: v.InferOutput<typeof InstanceTerminateResponse>[K];
};

/** `POST /instance-operations/terminate`: `{"data": {"terminated_instances": [...]}}`. */
export const TerminateInstancesResponseBody = dataEnvelope(InstanceTerminateResponse);
/** See {@link TerminateInstancesResponseBody}. */
export type TerminateInstancesResponseBody = {
  [K in keyof v.InferOutput<typeof TerminateInstancesResponseBody>]: v.InferOutput<typeof TerminateInstancesResponseBody>[K];
};
