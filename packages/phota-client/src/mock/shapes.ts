/**
 * Answer shapes the fake can take, to test a client against the variants Phota's references show
 * (or that its docs leave open) without hand-written handlers.
 */
export interface PhotaMockShapes {
  /**
   * `known_subjects` of an image result (synchronous, or a job's `result`) in which no trained
   * profile was recognised: `"object"` (default) `{ counts: {} }`, `"null"` as in the fixtures of
   * `@ai-sdk/phota` (vercel/ai `packages/phota`), or `"absent"` (no field). Results that recognise
   * a profile always carry the counts, which drive the identity price.
   */
  knownSubjects: "object" | "null" | "absent";
  /**
   * `message` of a profile status when there is nothing to say: `"null"` (default, what Phota's
   * schema implies) or `"absent"` (`@ai-sdk/phota` reads the field as optional).
   */
  profileStatusMessage: "null" | "absent";
  /** The status a running job shows, default `running`; e.g. `rendering` to test unknown statuses. */
  jobRunningStatus: string;
  /** The status a failing job ends with, default `failed`; e.g. `CANCELLED` or `expired`. */
  jobFailedStatus: string;
}

/** The default shapes: what this SDK assumes Phota answers. */
export const DEFAULT_PHOTA_MOCK_SHAPES: Readonly<PhotaMockShapes> = Object.freeze({
  knownSubjects: "object",
  profileStatusMessage: "null",
  jobRunningStatus: "running",
  jobFailedStatus: "failed",
});

/** The default shapes with the given fields replaced. */
export function resolveShapes(shapes: Partial<PhotaMockShapes> | undefined): PhotaMockShapes {
  const defined = Object.entries(shapes ?? {}).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_PHOTA_MOCK_SHAPES, ...(Object.fromEntries(defined) as Partial<PhotaMockShapes>) };
}
