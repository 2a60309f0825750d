import * as v from "valibot";

/**
 * One input image: raw base64 or a public URL (Phota auto-detects which). Not checked further
 * here, because both forms are opaque strings and the server knows the formats it decodes.
 */
export const ImageInput = v.pipe(v.string(), v.nonEmpty("An image must be a non-empty base64 string or URL."));
/** Raw base64 image data or a public image URL. */
export type ImageInput = v.InferOutput<typeof ImageInput>;

/** A trained profile's id, as returned by `profiles/add`. */
export const ProfileId = v.pipe(v.string(), v.nonEmpty("A profile id must not be empty."));
/** A profile id. */
export type ProfileId = v.InferOutput<typeof ProfileId>;

/** The profiles whose identity the request may apply; identity is opt-in per request. */
export const ProfileIds = v.array(ProfileId);

/** An absolute `https://` URL: Phota only calls back and only trains from secure URLs. */
export const HttpsUrl = v.pipe(
  v.string(),
  v.url("Must be an absolute URL."),
  v.regex(/^https:\/\//i, "Must be an https:// URL."),
);
/** An absolute https URL. */
export type HttpsUrl = v.InferOutput<typeof HttpsUrl>;
