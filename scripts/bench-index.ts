import { runIndex } from '../indexer/run.js';

// Child process of npm run bench: indexes a corpus and reports time and peak memory as JSON.
const [corpusDir, indexDir] = process.argv.slice(2);
const started = performance.now();
const { report, manifest } = await runIndex({ corpusDir, indexDir, maxPages: 2000, timeoutMs: 600_000, useCache: false });
console.log(JSON.stringify({ ms: Math.round(performance.now() - started), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), documents: report.totals.documents, passages: report.totals.passages, build: manifest?.id }));
