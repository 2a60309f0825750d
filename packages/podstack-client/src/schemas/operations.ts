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
import { Bucket, BucketList } from "./bucket";
import { BucketCredentials } from "./bucket-credentials";
import { BucketCreateParams, BucketDeleteParams } from "./bucket-params";

/** The schemas of one operation: its parameters (if any) and its JSON response (if any). */
export interface OperationSchemas {
  /** Validates the caller's parameters (body fields or query options) before sending. */
  readonly params?: v.GenericSchema<unknown, unknown>;
  /** Validates the JSON response; absent for routes that answer 204. */
  readonly response?: v.GenericSchema<unknown, unknown>;
}

/**
 * Which schema checks what, per operation of `ROUTES`. The client validates with these; the
 * tests run every fake response through them.
 */
export const OPERATION_SCHEMAS = {
  /** The schemas of `client.auth.whoami()`. */
  "auth.whoami": {
    /** Checks the answer: the user the token belongs to. */
    response: User,
  },
  /** The schemas of `client.pods.create()`. */
  "pods.create": {
    /** Checks the new pod's parameters (the JSON body) before sending. */
    params: PodCreateParams,
    /** Checks the answer: the created pod. */
    response: Pod,
  },
  /** The schemas of `client.pods.list()`. */
  "pods.list": {
    /** Checks the filters (project and status) before sending. */
    params: PodListParams,
    /** Checks the answer: the pods, a bare array. */
    response: PodList,
  },
  /** The schemas of `client.pods.get()`. */
  "pods.get": {
    /** Checks the answer: the pod. */
    response: Pod,
  },
  /** The schemas of `client.pods.start()`. */
  "pods.start": {
    /** Checks the answer: the pod, as the start left it. */
    response: Pod,
  },
  /** The schemas of `client.pods.stop()`. */
  "pods.stop": {
    /** Checks the `force` option before sending. */
    params: PodForceParams,
    /** Checks the answer: the pod, as the stop left it. */
    response: Pod,
  },
  /** The schemas of `client.pods.restart()`. */
  "pods.restart": {
    /** Checks the answer: the pod, as the restart left it. */
    response: Pod,
  },
  /** The schemas of `client.pods.delete()`; the answer is a 204 without a body. */
  "pods.delete": {
    /** Checks the `force` option (which a running pod needs) before sending. */
    params: PodForceParams,
  },
  /** The schemas of `client.volumes.create()`. */
  "volumes.create": {
    /** Checks the new volume's name, quota and project (the JSON body) before sending. */
    params: VolumeCreateParams,
    /** Checks the answer: the created volume. */
    response: Volume,
  },
  /** The schemas of `client.volumes.list()`. */
  "volumes.list": {
    /** Checks the answer: the volumes, a bare array. */
    response: VolumeList,
  },
  /** The schemas of `client.volumes.get()`. */
  "volumes.get": {
    /** Checks the answer: the volume. */
    response: Volume,
  },
  /** The schemas of `client.volumes.resize()`. */
  "volumes.resize": {
    /** Checks the new quota (the JSON body) before sending. */
    params: VolumeResizeParams,
    /** Checks the answer: the resized volume. */
    response: Volume,
  },
  /** The schemas of `client.volumes.delete()`; the answer is a 204 without a body. */
  "volumes.delete": {
    /** Checks the `force` option (which a volume holding data needs) before sending. */
    params: VolumeDeleteParams,
  },
  /** The schemas of `client.projects.list()`. */
  "projects.list": {
    /** Checks the answer: the projects, a bare array. */
    response: ProjectList,
  },
  /** The schemas of `client.wallet.balance()`. */
  "wallet.balance": {
    /** Checks the answer: the balance and its currency. */
    response: WalletBalance,
  },
  /** The schemas of `client.buckets.create()`. */
  "buckets.create": {
    /** Checks the new bucket's name and visibility (the JSON body) before sending. */
    params: BucketCreateParams,
    /** Checks the answer: the created bucket. */
    response: Bucket,
  },
  /** The schemas of `client.buckets.list()`. */
  "buckets.list": {
    /** Checks the answer: the buckets, a bare array. */
    response: BucketList,
  },
  /** The schemas of `client.buckets.get()`. */
  "buckets.get": {
    /** Checks the answer: the bucket. */
    response: Bucket,
  },
  /** The schemas of `client.buckets.delete()`; the answer is a 204 without a body. */
  "buckets.delete": {
    /** Checks the `force` option (which a bucket holding objects needs) before sending. */
    params: BucketDeleteParams,
  },
  /** The schemas of `client.buckets.getCredentials()`. */
  "buckets.getCredentials": {
    /** Checks the answer and wraps the secret key in a `Secret`. */
    response: BucketCredentials,
  },
} as const satisfies Record<OperationId, OperationSchemas>;
