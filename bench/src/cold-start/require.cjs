// Child of cold-start.js: a fresh CommonJS Node process that require()s one package (argv[2]; "-" for
// none) and reports how long require took, measured here with performance.now() so that Node's own
// start-up is not counted. It then exits by itself, as a short CLI would (the parent times the process).
const specifier = process.argv[2];
const start = performance.now();
if (specifier !== "-") require(specifier);
const importMs = performance.now() - start;
process.stdout.write(JSON.stringify({ importMs, sinceProcessStart: performance.now() }));
