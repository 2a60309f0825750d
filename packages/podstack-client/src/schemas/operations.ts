import type * as v from "valibot";
import type { OperationId } from "../routes";
import { Pod, PodList } from "./pod";
import { PodCreateParams } from "./pod-create";
import { PodForceParams, PodListParams } from "./pod-params";
import { ProjectList } from "./project";
import { User } from "./user";
import { Volume, VolumeList } from "./volume";
import { VolumeCreateParams, VolumeDeleteParams, VolumeResizeParams } from "./volume-params";
import { WalletBalance } from "./wallet";

type AnySchema = v.GenericSchema<unknown, unknown>;

/** The schemas of one operation: its parameters (if any) and its JSON response (if any). */
export interface OperationSchemas {
  /** Validates the caller's parameters (body fields or query options) before sending. */
  readonly params?: AnySchema;
  /** Validates the JSON response; absent for routes that answer 204. */
  readonly response?: AnySchema;
}

/**
 * Which schema checks what, per operation of `ROUTES`. The client validates with these; the
 * tests run every fake response through them.
 */
export const OPERATION_SCHEMAS = {
  "auth.whoami": { response: User },
  "pods.create": { params: PodCreateParams, response: Pod },
  "pods.list": { params: PodListParams, response: PodList },
  "pods.get": { response: Pod },
  "pods.start": { response: Pod },
  "pods.stop": { params: PodForceParams, response: Pod },
  "pods.restart": { response: Pod },
  "pods.delete": { params: PodForceParams },
  "volumes.create": { params: VolumeCreateParams, response: Volume },
  "volumes.list": { response: VolumeList },
  "volumes.get": { response: Volume },
  "volumes.resize": { params: VolumeResizeParams, response: Volume },
  "volumes.delete": { params: VolumeDeleteParams },
  "projects.list": { response: ProjectList },
  "wallet.balance": { response: WalletBalance },
} as const satisfies Record<OperationId, OperationSchemas>;
