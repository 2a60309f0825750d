// Child of cold-start.js: a fresh Node process that import()s one package (argv[2]; "-" for none) and
// reports how long the import took, measured here with performance.now() so that Node's own start-up
// is not counted. It then exits by itself, as a short CLI would (the parent times the whole process).
const specifier = process.argv[2];
const start = performance.now();
if (specifier !== "-") await import(specifier);
const importMs = performance.now() - start;
process.stdout.write(JSON.stringify({ importMs, sinceProcessStart: performance.now() }));
