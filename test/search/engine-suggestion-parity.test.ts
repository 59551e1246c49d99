import assert from 'node:assert/strict';
import type { Snapshot } from '../../server/index-store.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundledSnapshot, corpusSnapshot, searchOnce } from '../helpers/search-in-process.js';
import { documentDetail } from '../../server/records.js';
import { tempDir } from '../helpers/tmp.js';

// Both engines must tell a user the same thing about a query (issue 11): how many passages, the
// correction, the queries offered and the warnings. review37 found odd queries they answered
// differently: `civ*ians` (lunr 0 and offered civilians, FTS5 110), a quoted `"civilians*"` (lunr
// 97, FTS5 0 and offered `civilians*`), `"humanitarian negotiat*"~5` offered
// `"humanitarian negotiating*"~5` on lunr only, and a quoted `"Civ*"` offered `civ*`.
//
// What may differ: the order of hits (lunr's and FTS5's BM25 weigh fields and lengths apart), so
// the hits are compared as a set, and only when one page holds them all. A single letter from an
// abbreviation with stops ("e.g."), which FTS5's tokenizer had split and lunr's kept whole ("e":
// lunr 2 passages, FTS5 7, until query41 made FTS5 read each term whole), is tried on a written
// corpus below: the bundled one has too few.

const QUERIES = [
  // stars inside words, at their start, several
  'civ*ians', 'pro*tion', 'protec*on', 'Syr*a', '*tection', 'x*y*z', 'civ**', 'c*', '**', '*',
  // a star before a word (review39: "*civ*" lunr 110, FTS5 0, neither warned)
  '*civ*', '*civ* aid', '**civilians', '*civ*ians', '"*civ*"', '+*civ* -*aid*',
  // marks between that star and the word (review41: "*.civilians" lunr 0, FTS5 97)
  '*.civilians', "*'civilians", '*_civ*',
  // stars in quotes
  '"civ*ians"', '"Civ*ians"', '"Civ*"', '"civilians*"', '"c*"', '"*"', '"a*"', '"x*y*z"', '"civ**"', '"protection civ*"', '"donors fund*"', '"Humanitarian Negotiat*"',
  // many stars
  'a* b* c* d*', '"a* b* c* d*"', 'prot* civ* hum* acc*', 'humanitarian* access*', '+civ* +hum*',
  // proximity with stars, a star after a whole word
  '"humanitarian negotiat*"~5', '"humanitarian negotiating*"~5', '"protection civ*"~3', '"protection civilians"~3', 'protection*', 'civilians*', 'advocay*',
  // operators in capitals and not
  'protection AND civilians', 'protection OR civilians', 'protection NOT civilians', 'protection and civilians', 'Protection NEAR civilians', 'civilian* -protection',
  // capitals, quoted capitals
  'PROTECTION', 'Civilians Protection', '"PROTECTION"', '"Protection Of Civilians"', '"Mali"', 'Civ*',
  // diacritics
  'négociation', 'négociat*', '"négociat* humanitaire*"', 'médecins', 'medecins sans frontieres', '"négociation humanitaire"',
  // other languages' quotation marks, paired and not (review39: „Schutz*“ warned of an unopened mark)
  '„protection of civilians“', '«protection of civilians»', '« protection of civilians »', '»protection of civilians«', '‚protection of civilians‘', '「protection of civilians」', '„civ*“', '„civilians', 'civilians“', '‚humanitarian negotiat*‘',
  // typos, fields, nothing
  'civilans', 'humanitarain negotiaton', '"protection of civilains"', 'protectoin of civilains', 'title:caution', 'title:Caut*', 'author:gild*', 'zzzqqq', '"zzzqqq civilians"', 'mali*',
];

const SIZE = 100;

interface Seen { status: number; total?: number; hits?: string[]; corrected?: string; suggestions?: string[]; warnings?: string[]; body?: string }

function seen(snap: Snapshot, q: string): Seen {
  const o = searchOnce(snap, { q, size: String(SIZE) });
  if (o.status !== 200) return { status: o.status, body: o.body };
  const j = JSON.parse(o.body) as { total: number; hits: { near?: boolean; passage: { id: string } }[]; query: { correctedQuery?: string; suggestions?: { q: string; total: number }[]; warnings?: string[] } };
  const found = j.hits.filter((h) => !h.near).map((h) => h.passage.id).sort();
  return {
    status: 200,
    total: j.total,
    ...(j.total <= SIZE ? { hits: found } : {}),
    ...(j.query.correctedQuery ? { corrected: j.query.correctedQuery } : {}),
    suggestions: (j.query.suggestions ?? []).map((s) => `${s.q} (${s.total})`),
    warnings: j.query.warnings ?? [],
  };
}

describe('lunr and FTS5 tell a user the same about odd queries on the bundled corpus (suggest39)', function () {
  this.timeout(300_000);
  let lunr: Snapshot;
  let fts5: Snapshot;
  before(async () => {
    lunr = await bundledSnapshot('lunr');
    fts5 = await bundledSnapshot('fts5');
  });

  it(`the table has at least 40 queries (${QUERIES.length})`, () => {
    assert.ok(QUERIES.length >= 40);
  });

  for (const q of QUERIES) {
    it(`${q}: same total, hits, correction, suggestions and warnings`, () => {
      assert.deepEqual(seen(fts5, q), seen(lunr, q));
    });
  }

  it('no query offered finds nothing, has a * glued after a whole word, or loses a quoted word\'s case', () => {
    for (const q of QUERIES) {
      for (const snap of [lunr, fts5]) {
        const j = JSON.parse(searchOnce(snap, { q }).body) as { query: { suggestions?: { q: string; total: number }[] } };
        for (const s of j.query.suggestions ?? []) {
          assert.ok(s.total > 0, `${q} → ${s.q}`);
          // a swapped-in word is whole: the corpus's words offered for "negotiat*" are never starred
          assert.doesNotMatch(s.q, /\b(?:negotiating|negotiations|civilians)\*/u, `${q} → ${s.q}`);
        }
      }
    }
    const offered = (snap: Snapshot) => (JSON.parse(searchOnce(snap, { q: '"Civ*"' }).body) as { query: { suggestions?: { q: string }[] } }).query.suggestions?.map((s) => s.q);
    assert.deepEqual(offered(lunr), ['Civ*']);
    assert.deepEqual(offered(fts5), ['Civ*']);
    // a quoted star inside a word is offered loosened as the prefix an unquoted one searches
    const inside = (snap: Snapshot) => (JSON.parse(searchOnce(snap, { q: '"Civ*ians"' }).body) as { query: { suggestions?: { q: string }[] } }).query.suggestions?.map((s) => s.q);
    assert.ok(inside(lunr)?.includes('Civ*'), JSON.stringify(inside(lunr)));
    assert.deepEqual(inside(fts5), inside(lunr));
  });

  // engine-parity (query41): a document's references read title before author on lunr (its
  // schema's order), author before title on FTS5 (the record as written)
  it('answers a document as the same JSON, key order and all', () => {
    for (const id of lunr.documents.keys()) assert.equal(JSON.stringify(documentDetail(fts5, id)), JSON.stringify(documentDetail(lunr, id)), id);
  });

  it('a * inside a word is a prefix on both engines, with a warning; a quoted word\'s stars are trimmed as the index trimmed them', () => {
    for (const snap of [lunr, fts5]) {
      const inside = JSON.parse(searchOnce(snap, { q: 'civ*ians' }).body) as { total: number; query: { warnings: string[] } };
      const prefix = JSON.parse(searchOnce(snap, { q: 'civ*' }).body) as { total: number };
      assert.equal(inside.total, prefix.total);
      assert.ok(inside.query.warnings.some((w) => w.includes('searched as civ*')), JSON.stringify(inside.query.warnings));
      const quoted = JSON.parse(searchOnce(snap, { q: '"civilians*"' }).body) as { total: number; query: { warnings: string[] } };
      const plain = JSON.parse(searchOnce(snap, { q: '"civilians"' }).body) as { total: number };
      assert.equal(quoted.total, plain.total);
      assert.ok(!quoted.query.warnings.some((w) => w.startsWith('No passage mentions')), JSON.stringify(quoted.query.warnings));
    }
  });
});

// Text the bundled corpus lacks: Chinese, Japanese and Korean words (written without spaces, or
// with them), and abbreviations with stops beside lone letters. Both engines index the runs between
// spaces (core/analysis.ts), so a CJK prefix finds the runs a word opens on each.
const WRITTEN = [
  '難民の保護について議論した。',
  '難民 保護 の原則は重要です。',
  '避難民 支援 と 難民キャンプ の 状況。',
  '난민 보호 원칙과 난민캠프 지원.',
  'Donors, e.g. the U.S. and the U.N., fund shelter, i.e. tents and blankets, as Add.2 of the report says.',
  'Annex E lists the sites; item g covers the camps, and Appendix U the schools.',
  'The e-mail from the U.N. office said the U.S. delegation, i.e. its envoy, would attend.',
  'Phase 1.5 of the plan (see b.1.1.7) follows phase 1 and 5 of the earlier one.',
];

const WRITTEN_QUERIES = [
  // CJK words and prefixes (review39: "難民*" refused as under three letters)
  '難民', '難民*', '난민*', '保護', '難*', '난*', '"難民 保護"', '難民の保護について', '避難*', '難民 -保護',
  // abbreviations with stops, and the letters they are made of (suggest39: "e" lunr 2, FTS5 7)
  'e.g.', 'e.g', 'eg', 'e', 'g', 'E', 'u', 's', 'n', 'i', 'U.S.', 'u.s', 'US', 'U.N.', 'UN', 'i.e.', 'ie', '"e.g. the U.S."', 'e*', 'e.g*', 'u.n*', 'Add.2', 'add', '1.5', '5', '1', 'b.1.1.7', 'e-mail',
];

describe('lunr and FTS5 tell a user the same about CJK words and abbreviations with stops (query41)', function () {
  this.timeout(300_000);
  let lunr: Snapshot;
  let fts5: Snapshot;
  before(async () => {
    const corpus = await tempDir('written-corpus-');
    await Promise.all(WRITTEN.map((text, i) => writeFile(join(corpus, `note-${i}.txt`), `Note ${i}\n\n${text}\n`)));
    lunr = await corpusSnapshot('lunr', corpus);
    fts5 = await corpusSnapshot('fts5', corpus);
  });

  for (const q of WRITTEN_QUERIES) {
    it(`${q}: same total, hits, correction, suggestions and warnings`, () => {
      assert.deepEqual(seen(fts5, q), seen(lunr, q));
    });
  }

  it('a CJK word of two characters is a prefix on both engines; one character alone is refused with one warning', () => {
    for (const snap of [lunr, fts5]) {
      const two = JSON.parse(searchOnce(snap, { q: '難民*' }).body) as { total: number; query: { warnings: string[] } };
      // the runs 難民 opens: 難民の保護について, 難民, 難民キャンプ (not 避難民)
      assert.equal(two.total, 3, JSON.stringify(two.query.warnings));
      assert.ok(!two.query.warnings.some((w) => w.includes('wildcard needs')), JSON.stringify(two.query.warnings));
      const one = JSON.parse(searchOnce(snap, { q: '難*' }).body) as { query: { warnings: string[] } };
      assert.deepEqual(one.query.warnings.filter((w) => w.includes('wildcard needs')), ['A wildcard needs at least 3 letters or 2 Chinese, Japanese or Korean characters (難* would match nearly every passage): searched as typed, without the wildcard.']);
    }
  });
});
