import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fidelityForDir, fidelityTable } from '../eval/run-fidelity.js';
import { TAG_TARGETS, evaluateTags, loadLabels, loadThemePasses, seedPassages, tagTable, themeAgreement } from '../eval/tags.js';
import { corpusSnapshot, loadQueries, scoreQuery, searchTable } from '../eval/search.js';
import { scoreReferences } from '../eval/references.js';

// npm run eval: quality measured against labelled data kept under test/ (and ../shared when
// it is there). Prints tables and writes eval/results.json.

const TARGET_F1 = 0.97;

async function main(): Promise<number> {
  const verbose = process.argv.includes('--verbose');
  // The seed PDFs, and the same documents in other layouts (two hyphenated columns, endnotes,
  // no Info dictionary) made by scripts/make-layout-variants.ts.
  const dirs = ['test/fixtures/pdf', 'test/fixtures/pdf-variants'];
  if (existsSync('../shared/pdf') && process.argv.includes('--shared')) dirs.push('../shared/pdf');
  const failed: string[] = [];
  const results: Record<string, unknown> = {};
  for (const dir of dirs) {
    console.log(`\n## Extraction fidelity: ${dir}\n`);
    const rows = await fidelityForDir(dir);
    console.log(fidelityTable(rows));
    for (const r of rows) {
      const ok = r.f1 >= TARGET_F1 && !r.leakedFurniture.length && !r.leakedFootnotes.length && r.metadata.title && r.metadata.authors && r.metadata.year;
      if (!ok) failed.push(`extraction of ${r.doc}`);
      if (verbose || !ok) {
        for (const m of r.missed) console.log(`  ${r.doc} missed   ${m}`);
        for (const w of r.wrong) console.log(`  ${r.doc} not truth ${w}`);
        for (const l of [...r.leakedFurniture, ...r.leakedFootnotes, ...r.leakedCover]) console.log(`  ${r.doc} leaked   ${l}`);
        if (!r.metadata.title || !r.metadata.authors || !r.metadata.year) console.log(`  ${r.doc} metadata ${JSON.stringify(r.metadata.got)}`);
      }
    }
    results[`fidelity:${dir}`] = rows.map(({ missed: _m, wrong: _w, ...rest }) => rest);
  }
  console.log(`\ntargets: block F1 ≥ ${TARGET_F1} per document, 0 leaked headers, 0 leaked footnotes, metadata right`);

  console.log('\n## Tags: test/labels/tags.json\n');
  const labels = await loadLabels();
  const tags = evaluateTags(labels, await seedPassages());
  console.log(tagTable(tags));
  const fromPdf = evaluateTags(labels, await seedPassages(undefined, 'pdf'));
  const micro = (facet: 'actors' | 'themes' | 'places') => fromPdf.facets[facet].micro.f1.toFixed(3);
  console.log(`\nthe same labels on passages extracted from the PDFs (test/fixtures/pdf): actors ${micro('actors')}, themes ${micro('themes')}, places ${micro('places')}, recommendation ${(fromPdf.kind.perKind.recommendation?.f1 ?? 0).toFixed(3)}, kind accuracy ${fromPdf.kind.accuracy.toFixed(3)} (micro-F1)`);
  const agreement = themeAgreement(await loadThemePasses());
  console.log(`\nthemes, agreement of two independent labelling passes (second against first): micro P ${agreement.precision.toFixed(3)} R ${agreement.recall.toFixed(3)} F1 ${agreement.f1.toFixed(3)}`);
  if (verbose) for (const e of tags.errors) console.log(`  ${e}`);
  const tagOk =
    tags.facets.actors.micro.f1 >= TAG_TARGETS.actors &&
    tags.facets.themes.micro.f1 >= TAG_TARGETS.themes &&
    tags.facets.places.micro.f1 >= TAG_TARGETS.places &&
    (tags.kind.perKind.recommendation?.f1 ?? 0) >= TAG_TARGETS.recommendation;
  if (!tagOk) failed.push('tags');
  results.tags = { ...tags, errors: undefined, themeAgreement: agreement, fromPdf: { ...fromPdf, errors: undefined } };

  console.log('\n## Search: test/labels/queries.json\n');
  const { snap, cleanup } = await corpusSnapshot();
  const scores = (await loadQueries()).map((q) => scoreQuery(snap, q));
  const refs = await scoreReferences([...snap.documents.values()]);
  await cleanup();
  console.log(searchTable(scores));
  for (const s of scores) if (s.unmatched.length) console.log(`  ${s.id}: unmatched relevant passage(s): ${s.unmatched.join(' | ')}`);
  const ndcg = scores.reduce((a, s) => a + s.ndcg10, 0) / scores.length;
  console.log(`\ntarget: mean nDCG@10 ≥ 0.85`);
  if (ndcg < 0.85) failed.push('search nDCG@10');
  results.search = scores;

  console.log('\n## Reference parsing: test/labels/references.json\n');
  const pct = (n: number) => `${((100 * n) / refs.labels).toFixed(1)} %`;
  console.log(`| entries | found | first author | year | title | all three |\n|---|---|---|---|---|---|\n| ${refs.labels} | ${pct(refs.found)} | ${pct(refs.first)} | ${pct(refs.year)} | ${pct(refs.title)} | ${pct(refs.allThree)} |`);
  if (verbose) for (const e of refs.errors) console.log(`  ${e}`);
  console.log('\ntarget: ≥ 90 % with the right first author, year and title');
  if (refs.allThree / refs.labels < 0.9) failed.push('reference parsing');
  results.references = { ...refs, errors: undefined };
  await mkdir('eval', { recursive: true });
  await writeFile('eval/results.json', JSON.stringify(results, null, 2));
  console.log(failed.length ? `\nbelow target: ${failed.join(', ')}` : '\nall targets met');
  return failed.length ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
