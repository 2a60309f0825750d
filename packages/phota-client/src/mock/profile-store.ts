import type { MockProfile } from "./state";

/** The state a profile's next status read shows, without advancing it. */
export function profileStatus(profile: MockProfile): string {
  return profile.steps[Math.min(profile.position, profile.steps.length - 1)] ?? "VALIDATING";
}

/** The body of `GET /profiles/{id}/status`; advances training one step (time moves on reads). */
export function readProfileStatus(profile: MockProfile): { profile_id: string; status: string; message: string | null } {
  const status = profileStatus(profile);
  if (profile.position < profile.steps.length - 1) profile.position += 1;
  const failed = status === "ERROR" || status === "INACTIVE";
  return { profile_id: profile.profile_id, status, message: failed ? profile.failureMessage : null };
}
