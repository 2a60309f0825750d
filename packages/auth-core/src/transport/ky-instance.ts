import ky, { isHTTPError, isTimeoutError } from "ky";

// Named re-exports, loaded through `import()` by load-ky.ts: a named export reads the same from the
// ESM and the CJS build, where a default export of a dynamically imported CJS chunk arrives wrapped
// once more (`module.default.default`).
export const kyInstance = ky;
export { isHTTPError, isTimeoutError };
