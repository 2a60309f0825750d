import type { PhotaMockShapes } from "./shapes";
import type { MockProfile } from "./state";

/** The state a profile's next status read shows, without advancing it. */
export function profileStatus(profile: MockProfile): string {
  return profile.steps[Math.min(profile.position, profile.steps.length - 1)] ?? "VALIDATING";
}

/** The body of `GET /profiles/{id}/status`; advances training one step (time moves on reads). */
export function readProfileStatus(
  profile: MockProfile,
  shapes: PhotaMockShapes,
): { profile_id: string; status: string; message?: string | null } {
  const status = profileStatus(profile);
  if (profile.position < profile.steps.length - 1) profile.position += 1;
  const failed = status === "ERROR" || status === "INACTIVE";
  const message = failed ? profile.failureMessage : null;
  // Nothing to say: `null`, or no field at all when the mock was asked for that shape.
  if (message === null && shapes.profileStatusMessage === "absent") return { profile_id: profile.profile_id, status };
  return { profile_id: profile.profile_id, status, message };
}
