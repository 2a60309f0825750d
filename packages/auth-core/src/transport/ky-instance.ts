import ky from "ky";

// A named re-export, loaded through `import()` by load-ky.ts: a named export reads the same from the
// ESM and the CJS build, where a default export of a dynamically imported CJS chunk arrives wrapped
// once more (`module.default.default`).
export const kyInstance = ky;
