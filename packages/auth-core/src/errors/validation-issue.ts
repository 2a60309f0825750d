/** One problem found by a schema, in plain words: where, what was expected, what was there. */
export interface ValidationIssue {
  /** Dotted path of the field, e.g. `data[0].id`; empty for the value itself. */
  readonly path: string;
  /** "schema" (wrong type or shape), "validation" (a rule such as a length or a pattern) or "transformation". */
  readonly kind?: "schema" | "validation" | "transformation" | undefined;
  /** What the schema expected, e.g. `string`. */
  readonly expected: string;
  /** What was there, e.g. `undefined`. */
  readonly received: string;
  /** The schema's own sentence. */
  readonly message: string;
}
