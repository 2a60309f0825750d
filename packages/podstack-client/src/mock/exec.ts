/** What the fake's shell answers for a command. */
export interface MockExecResult {
  exit_code: number;
  output: string;
  error: string | null;
}

/**
 * A tiny, deterministic shell: `echo <text>` prints the text, `nvidia-smi` prints a one-GPU
 * summary, `exit <n>` and `false` fail, `sleep <n>` prints nothing; anything else "runs" and says
 * so. Enough to test code that reads `exit_code`, `output` and `error`.
 */
export function runMockCommand(command: string, gpuType: string | null): MockExecResult {
  const trimmed = command.trim();
  const [program = "", ...args] = trimmed.split(/\s+/);
  switch (program) {
    case "echo":
      return { exit_code: 0, output: `${args.join(" ")}\n`, error: null };
    case "nvidia-smi":
      return gpuType === null
        ? { exit_code: 9, output: "", error: "NVIDIA-SMI has failed: no GPU on this machine\n" }
        : { exit_code: 0, output: `GPU 0: NVIDIA ${gpuType} (UUID: GPU-mock)\n`, error: null };
    case "false":
      return { exit_code: 1, output: "", error: null };
    case "exit": {
      const code = Number(args[0] ?? 0);
      return { exit_code: Number.isInteger(code) ? code : 2, output: "", error: null };
    }
    case "sleep":
      return { exit_code: 0, output: "", error: null };
    default:
      return { exit_code: 0, output: `ran: ${trimmed}\n`, error: null };
  }
}
