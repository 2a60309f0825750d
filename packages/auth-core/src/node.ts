/**
 * Node-only credential sources: reading INI credentials files. Import from
 * `@cloud-sdk/auth-core/node`; in browsers and edge runtimes that entry resolves to versions that
 * find nothing, so shared code still loads there.
 */
export { expandHome, homeDirectory } from "./node/expand-home.js";
export { readIniFile, readIniFileSync, type IniFile, type ReadIniFileOptions } from "./node/read-ini-file.js";
export { fromIniFile, type FromIniFileOptions } from "./node/from-ini-file.js";
/** True in this build: credentials files can be read. */
export const credentialFilesSupported = true;
