import { runDemo } from "./demo-main.js";

// `pnpm demo` (emulator) and `pnpm demo -- --live` (real services, read-only).
const code = await runDemo(process.argv.slice(2), { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY === true });
process.exitCode = code;
