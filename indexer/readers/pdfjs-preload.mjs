// Plain JavaScript on purpose: under tsx, a file worker imports this before tsx's loader is
// registered (process-corpus.ts). tsx rewrites every module that contains an import() and
// gives it an inline source map, which Node then parses: for pdf.js's 3 MB that was 5–13 s
// of a worker's first PDF, against 0.3 s loaded here. pdfjs.ts then finds pdf.mjs in the
// module cache (its worker module it loads as a script, which tsx never sees:
// pdfjs-worker-script.ts). The natives are put back for the reason pdfjs.ts gives, and before
// native-builtins.ts captures them.
const { push } = Array.prototype;
const { parse } = JSON;
await import('pdfjs-dist/legacy/build/pdf.mjs');
Array.prototype.push = push;
JSON.parse = parse;
