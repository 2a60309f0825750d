import type { Output } from "./output.js";
import { lambdaWalkthrough } from "./walkthroughs/lambda.js";
import { phalaWalkthrough } from "./walkthroughs/phala.js";
import { photaWalkthrough } from "./walkthroughs/phota.js";
import { podstackWalkthrough } from "./walkthroughs/podstack.js";
import type { Target } from "./walkthroughs/step.js";

/** One provider of the demo. */
export interface DemoProvider {
  readonly id: "lambda" | "phala" | "podstack" | "phota";
  readonly name: string;
  /** The provider's environment variables: the emulator mode clears them so they cannot change what it shows. */
  readonly environmentVariables: readonly string[];
  readonly walkthrough: (out: Output, target: Target) => Promise<void>;
}

/** The four providers, in the order the demo shows them. */
export const PROVIDERS: readonly DemoProvider[] = [
  { id: "lambda", name: "Lambda Cloud", environmentVariables: ["LAMBDA_API_KEY", "LAMBDA_API_BASE_URL"], walkthrough: lambdaWalkthrough },
  { id: "phala", name: "Phala Cloud", environmentVariables: ["PHALA_CLOUD_API_KEY", "PHALA_CLOUD_API_PREFIX"], walkthrough: phalaWalkthrough },
  {
    id: "podstack",
    name: "Podstack",
    environmentVariables: ["PODSTACK_API_TOKEN", "PODSTACK_PROJECT", "PODSTACK_PROFILE", "PODSTACK_CREDENTIALS_FILE", "PODSTACK_API_ENDPOINT"],
    walkthrough: podstackWalkthrough,
  },
  { id: "phota", name: "Phota", environmentVariables: ["PHOTA_API_KEY", "PHOTA_BASE_URL"], walkthrough: photaWalkthrough },
];
