// The command line of `pnpm bench`: which sections, how many samples (full or --quick), --check.
// The full loads are the issue's; --quick is a smaller run for development (RESULTS.md not written).

export const SECTIONS = ["overhead", "validation", "bundle", "cold-start", "install", "memory"];

const FULL = {
  overhead: { sequential: 5000, concurrentRounds: 5, perRound: 200, concurrency: 50, warmup: 300 },
  validation: { sizes: [1, 100, 1000], batches: 21, batchMs: 20 },
  coldStart: { runs: 20 },
  memory: { requests: 10_000, warmup: 1000 },
};

const QUICK = {
  overhead: { sequential: 500, concurrentRounds: 2, perRound: 100, concurrency: 50, warmup: 50 },
  validation: { sizes: [1, 100, 1000], batches: 7, batchMs: 10 },
  coldStart: { runs: 3 },
  memory: { requests: 2000, warmup: 200 },
};

const HELP = `pnpm bench [--check] [--quick] [--only=section,...]

  --check   check the budgets of issue 12 and exit non-zero listing every one missed
  --quick   smaller loads for development (does not write bench/RESULTS.md)
  --only    run only these sections: ${SECTIONS.join(", ")} (does not write bench/RESULTS.md)
`;

export function parseOptions(argv) {
  const options = { check: false, quick: false, only: SECTIONS };
  for (const arg of argv) {
    if (arg === "--check") options.check = true;
    else if (arg === "--quick") options.quick = true;
    else if (arg.startsWith("--only=")) options.only = arg.slice("--only=".length).split(",").filter(Boolean);
    else if (arg === "--help" || arg === "-h") return { help: HELP };
    else return { error: `unknown argument ${JSON.stringify(arg)}\n\n${HELP}` };
  }
  const unknown = options.only.filter((name) => !SECTIONS.includes(name));
  if (unknown.length) return { error: `unknown section ${unknown.join(", ")}; the sections are ${SECTIONS.join(", ")}` };
  options.loads = options.quick ? QUICK : FULL;
  options.writeResults = !options.quick && options.only === SECTIONS;
  return options;
}
