import * as v from "valibot";

/** Subject or issuer of a certificate in {@link CvmAttestation}. */
export const CertificateName = v.looseObject({
  /** The common name (CN). */
  common_name: v.nullish(v.string()),
  /** The organisation (O). */
  organization: v.nullish(v.string()),
  /** The country (C). */
  country: v.nullish(v.string()),
  /** The state or province (ST). */
  state: v.nullish(v.string()),
  /** The locality (L). */
  locality: v.nullish(v.string()),
});
/** See {@link CertificateName}. */
export type CertificateName = {
  [K in keyof v.InferOutput<typeof CertificateName>]: v.InferOutput<typeof CertificateName>[K];
};

/** A certificate of the app's chain; the leaf carries the TDX `quote`. */
export const AppCertificate = v.looseObject({
  /** Whom the certificate was issued to. */
  subject: CertificateName,
  /** Who issued the certificate. */
  issuer: CertificateName,
  /** The certificate's serial number. */
  serial_number: v.string(),
  /** When the certificate becomes valid. */
  not_before: v.string(),
  /** When the certificate expires. */
  not_after: v.string(),
  /** The certificate's X.509 version. */
  version: v.string(),
  /** The certificate's fingerprint. */
  fingerprint: v.string(),
  /** The algorithm of the issuer's signature. */
  signature_algorithm: v.string(),
  /** The subject alternative names. */
  sans: v.nullish(v.array(v.string())),
  /** Whether this is a CA certificate. */
  is_ca: v.boolean(),
  /** The certificate's position in the chain. */
  position_in_chain: v.nullish(v.number()),
  /** The TDX quote the certificate carries (on the leaf). */
  quote: v.nullish(v.string()),
  /** The id of the app the certificate was issued for. */
  app_id: v.nullish(v.string()),
  /** What the certificate is used for; the values are not documented. */
  cert_usage: v.nullish(v.string()),
});
/** See {@link AppCertificate}. */
export type AppCertificate = {
  [K in keyof v.InferOutput<typeof AppCertificate>]: v.InferOutput<typeof AppCertificate>[K];
};

/** An entry of the TDX event log. */
export const TcbEventLogEntry = v.looseObject({
  /** The measurement register the event was extended into (0–3: RTMR0 to RTMR3). */
  imr: v.number(),
  /** The event's type code. */
  event_type: v.number(),
  /** The digest extended into the register. */
  digest: v.string(),
  /** The event's name. */
  event: v.string(),
  /** The event's payload. */
  event_payload: v.string(),
});
/** See {@link TcbEventLogEntry}. */
export type TcbEventLogEntry = {
  [K in keyof v.InferOutput<typeof TcbEventLogEntry>]: v.InferOutput<typeof TcbEventLogEntry>[K];
};

/** The measured TCB: MRTD, RTMRs, the event log and the app compose that was measured. */
export const TcbInfo = v.looseObject({
  /** MRTD: the measurement of the trust domain's initial contents (its firmware). */
  mrtd: v.string(),
  /** The hash of the OS image's root filesystem, when reported. */
  rootfs_hash: v.nullish(v.string()),
  /** Runtime measurement register 0. */
  rtmr0: v.string(),
  /** Runtime measurement register 1. */
  rtmr1: v.string(),
  /** Runtime measurement register 2. */
  rtmr2: v.string(),
  /** Runtime measurement register 3, which dstack extends with the app's own measurements. */
  rtmr3: v.string(),
  /** The event log; replaying it reproduces the RTMRs. */
  event_log: v.array(TcbEventLogEntry),
  /** The app compose that was measured, as text. */
  app_compose: v.string(),
});
/** See {@link TcbInfo}. */
export type TcbInfo = { [K in keyof v.InferOutput<typeof TcbInfo>]: v.InferOutput<typeof TcbInfo>[K] };

/** `GET /cvms/{id}/attestation`. Certificates and TCB info are `null` while the VM is offline. */
export const CvmAttestation = v.looseObject({
  /** The CVM's name. */
  name: v.nullish(v.string()),
  /** Whether the CVM is online. */
  is_online: v.boolean(),
  /** Whether this information is public, when the server says. */
  is_public: v.optional(v.boolean()),
  /** Why the attestation is missing (e.g. the CVM is offline), or `null`. */
  error: v.nullish(v.string()),
  /** The app's certificate chain; `null` while the CVM is offline. */
  app_certificates: v.nullish(v.array(AppCertificate)),
  /** The measured TCB; `null` while the CVM is offline. */
  tcb_info: v.nullish(TcbInfo),
  /** The app compose, as text. */
  compose_file: v.nullish(v.string()),
});
/** See {@link CvmAttestation}. */
export type CvmAttestation = {
  [K in keyof v.InferOutput<typeof CvmAttestation>]: v.InferOutput<typeof CvmAttestation>[K];
};
