module.exports = require("@cloud-sdk/jest-config")({
  // Every test file starts with no PODSTACK_* variable and an empty home directory, so no test
  // reads the developer's own ~/.podstack/credentials.
  setupFiles: ["<rootDir>/test/support/isolate-environment.ts"],
});
