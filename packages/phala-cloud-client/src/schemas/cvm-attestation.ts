import * as v from "valibot";

/** Subject or issuer of a certificate in {@link CvmAttestation}. */
export const CertificateName = v.looseObject({
  common_name: v.nullish(v.string()),
  organization: v.nullish(v.string()),
  country: v.nullish(v.string()),
  state: v.nullish(v.string()),
  locality: v.nullish(v.string()),
});
/** See {@link CertificateName}. */
export type CertificateName = v.InferOutput<typeof CertificateName>;

/** A certificate of the app's chain; the leaf carries the TDX `quote`. */
export const AppCertificate = v.looseObject({
  subject: CertificateName,
  issuer: CertificateName,
  serial_number: v.string(),
  not_before: v.string(),
  not_after: v.string(),
  version: v.string(),
  fingerprint: v.string(),
  signature_algorithm: v.string(),
  sans: v.nullish(v.array(v.string())),
  is_ca: v.boolean(),
  position_in_chain: v.nullish(v.number()),
  quote: v.nullish(v.string()),
  app_id: v.nullish(v.string()),
  cert_usage: v.nullish(v.string()),
});
/** See {@link AppCertificate}. */
export type AppCertificate = v.InferOutput<typeof AppCertificate>;

/** An entry of the TDX event log. */
export const TcbEventLogEntry = v.looseObject({
  imr: v.number(),
  event_type: v.number(),
  digest: v.string(),
  event: v.string(),
  event_payload: v.string(),
});
/** See {@link TcbEventLogEntry}. */
export type TcbEventLogEntry = v.InferOutput<typeof TcbEventLogEntry>;

/** The measured TCB: MRTD, RTMRs, the event log and the app compose that was measured. */
export const TcbInfo = v.looseObject({
  mrtd: v.string(),
  rootfs_hash: v.nullish(v.string()),
  rtmr0: v.string(),
  rtmr1: v.string(),
  rtmr2: v.string(),
  rtmr3: v.string(),
  event_log: v.array(TcbEventLogEntry),
  app_compose: v.string(),
});
/** See {@link TcbInfo}. */
export type TcbInfo = v.InferOutput<typeof TcbInfo>;

/** `GET /cvms/{id}/attestation`. Certificates and TCB info are `null` while the VM is offline. */
export const CvmAttestation = v.looseObject({
  name: v.nullish(v.string()),
  is_online: v.boolean(),
  is_public: v.optional(v.boolean()),
  error: v.nullish(v.string()),
  app_certificates: v.nullish(v.array(AppCertificate)),
  tcb_info: v.nullish(TcbInfo),
  compose_file: v.nullish(v.string()),
});
/** See {@link CvmAttestation}. */
export type CvmAttestation = v.InferOutput<typeof CvmAttestation>;
