// `pnpm test:release`: versions and publishes with changesets to a local Verdaccio, then installs from it.
module.exports = require("@cloud-sdk/jest-config")({ testMatch: ["<rootDir>/release/**/*.test.ts"] });
