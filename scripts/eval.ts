import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { fidelityForDir, fidelityTable } from '../eval/run-fidelity.js';
import { evaluateTags, loadLabels, loadThemePasses, secondLabellerAgreement, seedPassages, tagTable, themeAgreement } from '../eval/tags.js';
import { corpusApi, loadQueries, searchTable, summarise } from '../eval/search.js';
import { labelSets } from '../eval/label-sets.js';
import { classTable, engineTable, evaluateSets, missedTargets, searchSets, sideBySide } from '../eval/harness.js';
import { ENGINE_NAMES } from '../core/engines/registry.js';
import { crossValidate, FOLDS } from '../eval/cross-validate.js';
import { crossValidateBoosts, crossValidateRanking } from '../eval/search-cv.js';
import { loadTaxonomy } from '../core/taxonomy.js';
import { scoreReferences } from '../eval/references.js';
import { loadReferenceEntries, referenceEntryPassages, referenceHalf } from '../eval/reference-entries.js';
import { loadWritten, scoreWritten, WRITTEN_VALIDATION_FILES } from '../eval/written-tags.js';
import { Tagger } from '../indexer/tag/tagger.js';
import { SET_FIELDS } from '../core/facets.js';
import { logger } from '../server/http/logger.js';
import type { TagEvaluation } from '../eval/tags.js';
import { exitWithUsageIfAsked } from './usage.js';

exitWithUsageIfAsked(`
npm run eval [-- OPTIONS]

Quality against the labelled data under test/: extraction fidelity of the PDF fixtures, tags
and search on the tuning half, the validation sets and the held-out half (aggregates only),
5-fold cross-validation of the tuned constants. Writes eval/results.json.

  --tuning-only      leave the held-out half out (and eval/results.json as it is)
  --fidelity-only    stop after extraction fidelity (writes nothing)
  --pdf-dir DIR      add a folder of <id>.pdf + <id>.truth.json pairs
  --only-dirs        score only the --pdf-dir folders, not the committed fixtures
  --verbose          every fixture's misses and the tuning side's errors
  -h, --help         this text
`);

/**
 * A held-out half's tag figures as committed in eval/results.json: each facet's micro and macro
 * totals and the kind accuracy, never a tag's or an item's own row, so that nobody can fit a
 * cue to the held-out half's misses by reading the file.
 */
function totalsOnly(e: TagEvaluation) {
  const facets = Object.fromEntries(Object.entries(e.facets).map(([f, v]) => [f, { micro: v.micro, macro: v.macro }]));
  return { labels: e.labels, matched: e.matched, unmatched: e.unmatched.length, facets, kindAccuracy: e.kind.accuracy };
}

// npm run eval [-- --tuning-only] [--verbose] [--shared] [--fidelity-only] [--pdf-dir DIR]: quality
// measured against labelled data kept under test/ (and ../shared when it is there). Prints tables
// and writes eval/results.json (not with --tuning-only, which would drop the held-out figures).
// --fidelity-only stops after extraction fidelity (and writes nothing); --pdf-dir adds a folder of <id>.pdf + <id>.truth.json pairs (your own variants);
// --only-dirs leaves out the committed fixture folders, so a --pdf-dir is scored alone.

const TARGET_F1 = 0.97;

async function main(): Promise<number> {
  // The search is measured through the HTTP API in process: its access log (a JSON line per
  // query) would bury the tables, so only warnings show unless LOG_LEVEL asks for more.
  logger.level = process.env.LOG_LEVEL ?? 'warn';
  const verbose = process.argv.includes('--verbose');
  // The seed PDFs, the same documents in other layouts (two hyphenated columns, endnotes, no
  // Info dictionary) made by scripts/make-layout-variants.ts, and typeset line by line in four
  // more (LaTeX-like, journal, wide-gap with endnotes, Word-like) by scripts/make-typeset-variants.ts;
  // then three sets from other producers (make-unseen-variants.ts, make-unseen2-variants.ts, make-unseen3-variants.ts).
  const dirs: string[] = process.argv.includes('--only-dirs')
    ? []
    : ['test/fixtures/pdf', 'test/fixtures/pdf-variants', 'test/fixtures/pdf-typeset', 'test/fixtures/pdf-unseen', 'test/fixtures/pdf-unseen2', 'test/fixtures/pdf-unseen3'];
  if (existsSync('../shared/pdf') && process.argv.includes('--shared')) dirs.push('../shared/pdf');
  process.argv.forEach((a, i) => {
    if (a === '--pdf-dir' && process.argv[i + 1]) dirs.push(process.argv[i + 1]);
  });
  const failed: string[] = [];
  const results: Record<string, unknown> = {};
  let heldWritten: unknown;
  for (const dir of dirs) {
    console.log(`\n## Extraction fidelity: ${dir}\n`);
    const rows = await fidelityForDir(dir);
    console.log(fidelityTable(rows));
    for (const r of rows) {
      const ok = r.f1 >= TARGET_F1 && !r.leakedFurniture.length && !r.leakedFootnotes.length && r.metadata.title && r.metadata.authors && r.metadata.year && !r.metadata.details.length;
      if (!ok) failed.push(`extraction of ${r.doc}`);
      if (verbose || !ok) {
        for (const m of r.missed) console.log(`  ${r.doc} missed   ${m}`);
        for (const w of r.wrong) console.log(`  ${r.doc} not truth ${w}`);
        for (const l of [...r.leakedFurniture, ...r.leakedFootnotes, ...r.leakedCover]) console.log(`  ${r.doc} leaked   ${l}`);
        if (!r.metadata.title || !r.metadata.authors || !r.metadata.year) console.log(`  ${r.doc} metadata ${JSON.stringify(r.metadata.got)}`);
        for (const d of r.metadata.details) console.log(`  ${r.doc} metadata ${d}`);
      }
    }
    results[`fidelity:${dir}`] = rows.map(({ missed: _m, wrong: _w, ...rest }) => rest);
  }
  console.log(`\ntargets: block F1 ≥ ${TARGET_F1} per document, 0 leaked headers, 0 leaked footnotes, metadata right`);
  if (process.argv.includes('--fidelity-only')) {
    console.log(failed.length ? `\nbelow target: ${failed.join(', ')}` : '\nall extraction targets met');
    return failed.length ? 1 : 0;
  }

  // Held-out labels are scored only here and only when asked for nothing else: --tuning-only
  // skips them (for whoever is tuning, who must not see them).
  const tuningOnly = process.argv.includes('--tuning-only');
  const sets = labelSets(undefined, { heldOut: !tuningOnly });
  const passages = await seedPassages();
  const api = await corpusApi();
  const sides = await evaluateSets(sets, passages, api);
  const refs = await scoreReferences([...api.snap.documents.values()]);
  const boostCv = crossValidateBoosts(api.snapshot, await loadQueries());
  const rankingCv = crossValidateRanking(api.snapshot, await loadQueries());
  const picked = api.snapshot.manifest.engine;
  await api.close();
  // The same queries through every other engine's build of the same corpus: the engines must agree.
  const perEngine = new Map([[picked, sides]]);
  for (const engine of ENGINE_NAMES.filter((e) => e !== picked)) {
    const other = await corpusApi(undefined, engine);
    perEngine.set(engine, await searchSets(sets, other));
    await other.close();
  }

  console.log(`\n## Tags and search: ${sides.map((s) => s.name).join(' and ')}${tuningOnly ? ' (held-out skipped: --tuning-only)' : sets.some((s) => s.name === 'held-out') ? '' : ' (no held-out labels in test/labels/heldout/ yet)'}\n`);
  console.log(sideBySide(sides));
  console.log('\nsearch nDCG@10 per query class\n');
  console.log(classTable(sides));
  console.log(`\nsearch nDCG@10 per engine (the targets are held to ${picked}, which auto picks for the bundled corpus; a library of many passages is served by another)\n`);
  console.log(engineTable(perEngine));
  for (const side of sides) failed.push(...missedTargets(side));

  const tuning = sides[0];
  const labels = await loadLabels();
  console.log('\n## Tags in detail: tuning half (test/labels/tags.json)\n');
  console.log(tagTable(tuning.tags!));
  const fromPdf = evaluateTags(labels, await seedPassages(undefined, 'pdf'));
  const micro = SET_FIELDS.map((facet) => `${facet} ${fromPdf.facets[facet].micro.f1.toFixed(3)}`).join(', ');
  console.log(`\nthe same labels on passages extracted from the PDFs (test/fixtures/pdf): ${micro}, recommendation ${(fromPdf.kind.perKind.recommendation?.f1 ?? 0).toFixed(3)}, kind accuracy ${fromPdf.kind.accuracy.toFixed(3)} (micro-F1)`);
  const agreement = themeAgreement(await loadThemePasses());
  console.log(`\nthemes, agreement of two independent labelling passes (second against first): micro P ${agreement.precision.toFixed(3)} R ${agreement.recall.toFixed(3)} F1 ${agreement.f1.toFixed(3)}`);
  const second = await secondLabellerAgreement();
  console.log(`the training set's writers and a second blind labeller, ${second.passages} passages (second against first): ${SET_FIELDS.map((f) => `${f} F1 ${second.facets[f].f1.toFixed(3)}`).join(', ')}, kind accuracy ${second.kind.toFixed(3)}`);
  if (verbose) for (const e of tuning.tags!.errors) console.log(`  ${e}`);

  const cv = crossValidate(labels, passages, loadTaxonomy());
  console.log(`\n## Tuned constants, ${cv.folds}-fold cross-validated on the tuning half\n\n${cv.how}.\n`);
  console.log('| facet | in-sample micro-F1 | cross-validated micro-F1 | CV P | CV R |\n|---|---|---|---|---|');
  for (const facet of SET_FIELDS) {
    const c = cv.facets[facet];
    console.log(`| ${facet} | ${tuning.tags!.facets[facet].micro.f1.toFixed(3)} | ${c.f1.toFixed(3)} | ${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} |`);
  }
  for (const c of cv.chosen) console.log(`${c.option}: default ${c.default}, chosen per fold ${c.perFold.join(', ')}`);
  console.log('The cues and aliases were written reading the tuning passages: only the held-out half measures them.');
  results.tags = { ...tuning.tags, errors: undefined, themeAgreement: agreement, secondLabeller: second, fromPdf: { ...fromPdf, errors: undefined }, crossValidated: cv };

  const entriesFile = 'test/labels/reference-entries.json';
  if (existsSync(entriesFile)) {
    // Reference entries of other documents than the seeds, split in halves by source.
    const all = await loadReferenceEntries(entriesFile);
    const halves = (['tuning', 'held-out'] as const).filter((h) => h === 'tuning' || !tuningOnly);
    console.log(`\n## Reference entries of other documents (${entriesFile}), by half\n`);
    console.log(`| half | entries | sources | matched | ${SET_FIELDS.map((f) => `${f} micro-F1`).join(' | ')} |\n|---|---|---|---|${SET_FIELDS.map(() => '---').join('|')}|`);
    const scored: Record<string, unknown> = {};
    for (const half of halves) {
      const entries = all.filter((e) => referenceHalf(e) === half);
      const { labels: entryLabels, passages: entryPassages } = await referenceEntryPassages(entries);
      const e = evaluateTags(entryLabels, entryPassages);
      console.log(`| ${half} | ${entries.length} | ${new Set(entries.map((x) => x.source)).size} | ${e.matched} | ${SET_FIELDS.map((f) => e.facets[f].micro.f1.toFixed(3)).join(' | ')} |`);
      if (verbose && half === 'tuning') for (const err of [...e.errors, ...e.unmatched.map((u) => `unmatched ${u}`)]) console.log(`  ${err}`);
      scored[half] = half === 'tuning' ? { ...e, errors: undefined, unmatched: e.unmatched.length, kind: undefined } : totalsOnly(e);
    }
    results.referenceEntries = scored;
  }

  // Passages written and labelled blind for the purpose, in imagined documents: validation sets
  // (test/labels/README.md). Their looked-at halves may be read error by error; the other
  // halves are only ever scored whole, here and in scripts/tag-split.ts.
  const writtenScores: Record<string, unknown> = {};
  for (const writtenFile of WRITTEN_VALIDATION_FILES.filter((f) => existsSync(f))) {
    console.log(`\n## Written passages (${writtenFile}), by half\n`);
    console.log(`| half | documents | passages | matched | ${SET_FIELDS.map((f) => `${f} micro-F1`).join(' | ')} | recommendation F1 | kind accuracy |\n|---|---|---|---|${SET_FIELDS.map(() => '---').join('|')}|---|---|`);
    const scored: Record<string, unknown> = {};
    for (const { half, docs, evaluation: e } of scoreWritten(await loadWritten(writtenFile), new Tagger(loadTaxonomy()))) {
      const rec = e.kind.perKind.recommendation;
      console.log(`| ${half === 'looked' ? 'looked at' : 'errors never read'} | ${docs} | ${e.labels} | ${e.matched} | ${SET_FIELDS.map((f) => e.facets[f].micro.f1.toFixed(3)).join(' | ')} | ${rec ? rec.f1.toFixed(3) : '—'} | ${e.kind.accuracy.toFixed(3)} |`);
      scored[half] = { ...totalsOnly(e), recommendation: rec };
    }
    writtenScores[basename(writtenFile, '.json')] = scored;
  }
  // The first set keeps its place in results.json (results.written); later sets go beside it.
  const { 'written-tags': firstWritten, ...laterWritten } = writtenScores;
  if (firstWritten) results.written = firstWritten;
  if (Object.keys(laterWritten).length) results.writtenLater = laterWritten;

  const heldWrittenFile = 'test/labels/heldout/written-tags.json';
  if (!tuningOnly && existsSync(heldWrittenFile)) {
    // A second written set (w19–w36), written and labelled blind on 4 December like the first,
    // kept with the held-out labels: no rule was chosen on it, so only its totals are printed.
    console.log(`\n## Written passages, held out (${heldWrittenFile})\n`);
    console.log(`| set | documents | passages | matched | ${SET_FIELDS.map((f) => `${f} micro-F1 (P/R)`).join(' | ')} | recommendation F1 | kind accuracy |\n|---|---|---|---|${SET_FIELDS.map(() => '---').join('|')}|---|---|`);
    for (const { docs, evaluation: e } of scoreWritten(await loadWritten(heldWrittenFile), new Tagger(loadTaxonomy()))) {
      const rec = e.kind.perKind.recommendation;
      const cell = (f: (typeof SET_FIELDS)[number]) => `${e.facets[f].micro.f1.toFixed(3)} (${e.facets[f].micro.precision.toFixed(2)}/${e.facets[f].micro.recall.toFixed(2)})`;
      console.log(`| held-out written | ${docs} | ${e.labels} | ${e.matched} | ${SET_FIELDS.map(cell).join(' | ')} | ${rec ? rec.f1.toFixed(3) : '—'} | ${e.kind.accuracy.toFixed(3)} |`);
      heldWritten = { ...totalsOnly(e), recommendation: rec };
    }
  }

  console.log('\n## Search in detail: tuning half (test/labels/queries.json)\n');
  const scores = tuning.search ?? [];
  console.log(searchTable(scores));
  for (const s of scores) if (s.unmatched.length) console.log(`  ${s.id}: unmatched relevant passage(s): ${s.unmatched.join(' | ')}`);
  console.log(`\nsearch field boosts (core/search-fields.ts), ${FOLDS}-fold cross-validated: ${boostCv.how}.`);
  console.log(`mean nDCG@10 with all hits ranked, in process: with the current boosts ${boostCv.inSample.toFixed(3)}, cross-validated ${boostCv.crossValidated.toFixed(3)}; chosen per fold ${boostCv.chosen.map((c) => `section ${c.section}/title ${c.title}`).join(', ')}`);
  results.search = scores;
  results.searchBoostsCrossValidated = boostCv;
  console.log(`\nranking constants (server/search/ranking.ts), ${FOLDS}-fold cross-validated: ${rankingCv.how}. Mean nDCG@10 with all hits ranked, in process, with the current constants ${rankingCv.inSample.toFixed(3)}:\n`);
  console.log('| constant | current | chosen per fold | nDCG@10 cross-validated |\n|---|---|---|---|');
  for (const c of rankingCv.constants) console.log(`| ${c.option} | ${c.current} | ${c.chosen.join(', ')} | ${c.crossValidated.toFixed(3)} |`);
  results.rankingCrossValidated = rankingCv;
  // Held-out results are written as aggregates only, so nobody tunes on individual misses.
  const held = sides.find((s) => s.name === 'held-out');
  if (held) results.heldOut = { tags: held.tags && totalsOnly(held.tags), search: held.search && summarise(held.search), written: heldWritten };

  console.log('\n## Reference parsing: test/labels/references.json\n');
  const pct = (n: number) => `${((100 * n) / refs.labels).toFixed(1)} %`;
  console.log(`| entries | found | first author | year | title | all three |\n|---|---|---|---|---|---|\n| ${refs.labels} | ${pct(refs.found)} | ${pct(refs.first)} | ${pct(refs.year)} | ${pct(refs.title)} | ${pct(refs.allThree)} |`);
  if (verbose) for (const e of refs.errors) console.log(`  ${e}`);
  console.log('\ntarget: ≥ 90 % with the right first author, year and title');
  if (refs.allThree / refs.labels < 0.9) failed.push('reference parsing');
  results.references = { ...refs, errors: undefined };
  // eval/results.json holds the figures of a whole run, held-out half included: a tuning-only
  // run would drop them from the committed file, so it writes nothing
  if (tuningOnly) console.log('\n(eval/results.json left as it is: a --tuning-only run has no held-out figures)');
  else {
    await mkdir('eval', { recursive: true });
    await writeFile('eval/results.json', JSON.stringify(results, null, 2));
  }
  console.log(failed.length ? `\nbelow target: ${failed.join(', ')}` : '\nall targets met');
  return failed.length ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
