import * as v from "valibot";
import { dataEnvelope } from "./envelope.js";
import { Instance } from "./instance.js";

/** The `data` of a launch: the ids of the instances that were started. */
export const InstanceLaunchResponse = v.looseObject({ instance_ids: v.array(v.string()) });
/** See {@link InstanceLaunchResponse}. */
export type InstanceLaunchResponse = v.InferOutput<typeof InstanceLaunchResponse>;

/** `POST /instance-operations/launch`: `{"data": {"instance_ids": [...]}}`. */
export const LaunchInstanceResponseBody = dataEnvelope(InstanceLaunchResponse);
/** See {@link LaunchInstanceResponseBody}. */
export type LaunchInstanceResponseBody = v.InferOutput<typeof LaunchInstanceResponseBody>;

/** The `data` of a restart: the instances that were restarted. */
export const InstanceRestartResponse = v.looseObject({ restarted_instances: v.array(Instance) });
/** See {@link InstanceRestartResponse}. */
export type InstanceRestartResponse = v.InferOutput<typeof InstanceRestartResponse>;

/** `POST /instance-operations/restart`: `{"data": {"restarted_instances": [...]}}`. */
export const RestartInstancesResponseBody = dataEnvelope(InstanceRestartResponse);
/** See {@link RestartInstancesResponseBody}. */
export type RestartInstancesResponseBody = v.InferOutput<typeof RestartInstancesResponseBody>;

/**
 * The `data` of a terminate. It may not list every requested id (1.4.0 said so explicitly):
 * compare it with what you asked for.
 */
export const InstanceTerminateResponse = v.looseObject({ terminated_instances: v.array(Instance) });
/** See {@link InstanceTerminateResponse}. */
export type InstanceTerminateResponse = v.InferOutput<typeof InstanceTerminateResponse>;

/** `POST /instance-operations/terminate`: `{"data": {"terminated_instances": [...]}}`. */
export const TerminateInstancesResponseBody = dataEnvelope(InstanceTerminateResponse);
/** See {@link TerminateInstancesResponseBody}. */
export type TerminateInstancesResponseBody = v.InferOutput<typeof TerminateInstancesResponseBody>;
