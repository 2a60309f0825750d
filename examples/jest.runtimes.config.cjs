// `pnpm test:runtimes`: the packed clients in Node (20 and LTS), Bun, Deno, workerd and Chromium.
module.exports = require("@cloud-sdk/jest-config")({ testMatch: ["<rootDir>/runtimes/**/*.test.ts"] });
