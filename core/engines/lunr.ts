import { z } from 'zod';
import lunr, { fieldText, INDEX_PIPELINE, SEARCH_PIPELINE } from '../lunr-setup.js';
import { foldWord } from '../nlp/fold.js';
import type { DocumentRecord, Passage } from '../types.js';
import type { BuildSource, EngineClause, EngineDocument, EngineModule, LoadedEngine, SearchEngine } from './engine.js';
import { PASSAGE_FIELDS, SEARCH_FIELDS } from '../search-fields.js';
import { isStopWord, separatedTerms, stem } from '../analysis.js';
import { documentSchema, parseJson, passageSchema } from '../build/format.js';
import { MemoryPassageStore } from '../passage-store.js';
import { literalTerm } from './literal-term.js';

// lunr: the engine for small libraries, and the one a browser can run. A build is three JSON
// files (documents, passages, lunr's serialised index; written by indexer/sinks/lunr.ts),
// read whole into memory on load.
// lunr's own pipeline (lunr-setup's tokenizer, trimmer, stop words, Porter stemmer) is
// core/analysis.ts's, so its terms are the ones the other engines index.

/**
 * The longest word lunr expands with an edit distance. lunr builds an automaton of the word's
 * edits and walks the index with it, and its cost grows much faster than the word: on the
 * bundled corpus 13 ms for "protection", 37 ms at 60 letters, 560 ms at 120, and "~2~2…~2"
 * (a fuzzy "2~2~2…" of 500 characters, which the vocabulary does not correct: it has digits)
 * held the process 26 s (fuzz30). No word of a language is this long; a longer one is a run of
 * symbols or an identifier, searched as typed.
 */
export const MAX_FUZZY_LENGTH = 40;

const PRESENCE = { optional: lunr.Query.presence.OPTIONAL, required: lunr.Query.presence.REQUIRED, prohibited: lunr.Query.presence.PROHIBITED };

export class LunrEngine implements SearchEngine {
  readonly name = 'lunr';
  private readonly refToOrdinal: Map<string, number>;
  /** where a word typed without a field is sought: the passage's own fields this index has */
  private readonly passageFields: string[];

  constructor(
    private readonly index: lunr.Index,
    refs: string[],
  ) {
    this.refToOrdinal = new Map(refs.map((r, i) => [r, i]));
    // lunr keeps its fields, though its type declarations leave them out (as the inverted index)
    const fields = (index as unknown as { fields: string[] }).fields;
    this.passageFields = PASSAGE_FIELDS.filter((f) => fields.includes(f));
  }

  /** Builds an index in memory (tests, and engines built at load time). */
  static build(docs: EngineDocument[], fields: readonly { name: string; boost: number }[] = SEARCH_FIELDS): LunrEngine {
    const index = lunr(function () {
      this.pipeline.reset();
      this.pipeline.add(...INDEX_PIPELINE);
      this.searchPipeline.reset();
      this.searchPipeline.add(...SEARCH_PIPELINE);
      this.ref('ordinal');
      // lunr's tokenizer lower-cases: raised letters are read while their case shows (nlp/fold.ts)
      for (const f of fields) this.field(f.name, { boost: f.boost, extractor: fieldText(f.name) });
      for (const d of docs) this.add({ ...d, ordinal: String(d.ordinal) });
    });
    return new LunrEngine(index, docs.map((d) => String(d.ordinal)));
  }

  search(clauses: EngineClause[]): Map<number, number> {
    // lunr ANDs required clauses, so a required clause of alternatives is searched as optional
    // words, and the passages that hold none of them are left out below; an optional or an
    // excluded one is one clause per word (any of them ranks, any of them excludes).
    const anyOf: { stems: string[]; fields: string[] }[] = [];
    const plain: EngineClause[] = [];
    for (const c of clauses) {
      if (!c.alternatives?.length) {
        plain.push(c);
        continue;
      }
      const alts = c.alternatives.map((w) => w.toLowerCase()).filter((w) => w && !isStopWord(w));
      if (!alts.length) continue;
      for (const term of alts) plain.push({ term, fields: c.fields, presence: c.presence === 'required' ? 'optional' : c.presence, boost: c.boost });
      if (c.presence === 'required') anyOf.push({ stems: alts.map((w) => stem(w)), fields: c.fields ?? this.passageFields });
    }
    const found = this.searchPlain(plain);
    for (const group of anyOf) {
      const holding = this.refsHolding(group.stems, group.fields);
      for (const ord of found.keys()) if (!holding.has(ord)) found.delete(ord);
    }
    return found;
  }

  /** The passages (ordinals) whose given fields hold any of the index terms. */
  private refsHolding(terms: readonly string[], fields: readonly string[]): Set<number> {
    const inverted = (this.index as unknown as { invertedIndex: Record<string, Record<string, Record<string, unknown>> | undefined> }).invertedIndex;
    const out = new Set<number>();
    for (const t of terms) {
      const posting = Object.prototype.hasOwnProperty.call(inverted, t) ? inverted[t] : undefined;
      if (!posting) continue;
      for (const f of fields) {
        for (const ref of Object.keys(posting[f] ?? {})) {
          const ord = this.refToOrdinal.get(ref);
          if (ord !== undefined) out.add(ord);
        }
      }
    }
    return out;
  }

  private searchPlain(clauses: EngineClause[]): Map<number, number> {
    const usable = clauses.map((c) => (c.wildcard ? c : { ...c, term: literalTerm(c.term) })).filter((c) => c.term && (c.wildcard || c.presence === 'prohibited' || !isStopWord(c.term)));
    if (!usable.some((c) => c.presence !== 'prohibited')) return new Map();
    const results = this.index.query((q) => {
      for (const c of usable) {
        // lunr treats a present-but-undefined option as set, so only given options are passed.
        const options: { presence: lunr.Query.presence; boost: number; usePipeline: boolean; fields?: string[]; editDistance?: number } = {
          presence: PRESENCE[c.presence],
          boost: c.boost ?? 1,
          usePipeline: !c.wildcard,
        };
        // a word typed without a field: the passage's own fields (search-fields.ts: not the document's title)
        options.fields = c.fields ?? this.passageFields;
        if (c.editDistance && c.term.length <= MAX_FUZZY_LENGTH) options.editDistance = c.editDistance;
        // a prefix skips the pipeline (its stem is not the word's), but not the folding; lower-cased
        // either way, as lunr's tokenizer made the index's terms: the search pipeline's fold leaves
        // ASCII capitals, and "Protection" required beside another word found nothing (review28)
        q.term(c.wildcard ? foldWord(c.term.toLowerCase()) : c.term.toLowerCase(), options);
      }
    });
    const out = new Map<number, number>();
    for (const r of results) {
      const ord = this.refToOrdinal.get(r.ref);
      if (ord !== undefined) out.set(ord, r.score);
    }
    return out;
  }

  /**
   * The posting lists of the words' index terms intersected: a required search scores every
   * passage it finds, most of the CPU of counting two words side by side in a small library
   * (a dropped space's splits, server/search/service.ts phraseCount). A word of letters only
   * is one index term as the query pipeline makes it; any other (a stop word, which the search
   * drops; a hyphenated word, which it does not split) leaves the search to answer.
   */
  holdingAll(words: readonly string[]): number[] {
    if (!words.length || words.some((w) => !/^\p{L}+$/u.test(w) || isStopWord(w))) return [...this.search(words.map((term) => ({ term, presence: 'required' }))).keys()].sort((a, b) => a - b);
    let out: Set<number> | undefined;
    for (const w of words) {
      const holding = this.refsHolding([stem(w)], this.passageFields);
      out = out ? new Set([...out].filter((o) => holding.has(o))) : holding;
      if (!out.size) return [];
    }
    return [...(out ?? [])].sort((a, b) => a - b);
  }

  knows(word: string): boolean {
    // The inverted index is not in lunr's type declarations, but is part of its serialised form.
    const inverted = (this.index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
    const has = (term: string) => Object.prototype.hasOwnProperty.call(inverted, term);
    return separatedTerms(word)?.every(has) ?? has(stem(word));
  }
}

export const LUNR_FILES = { documents: 'documents.json', passages: 'passages.json', index: 'lunr.json' } as const;

const schemas = {
  documents: z.array(documentSchema),
  passages: z.array(passageSchema),
  index: z.record(z.unknown()),
};

/**
 * A build file's records once its schema has checked them, as written: zod's output puts the
 * schema's keys first, so a document's references read title before author here and author
 * before title from library.db, and /api/documents answered the two engines in other key orders
 * (engine-parity, query41). The schemas transform nothing, so the records are the same.
 */
function checked(file: string, schema: z.ZodTypeAny, value: unknown): unknown {
  parseJson(file, schema, value);
  return value;
}

async function load(source: BuildSource): Promise<LoadedEngine> {
  // the schemas check what the server relies on and carry the rest through
  const docs = checked(LUNR_FILES.documents, schemas.documents, await source.readJson(LUNR_FILES.documents)) as DocumentRecord[];
  const documents = new Map(docs.map((d) => [d.id, d]));
  const passages = new MemoryPassageStore(checked(LUNR_FILES.passages, schemas.passages, await source.readJson(LUNR_FILES.passages)) as Passage[]);
  const index = parseJson(LUNR_FILES.index, schemas.index, await source.readJson(LUNR_FILES.index));
  const engine = new LunrEngine(lunr.Index.load(index), Array.from(passages.all(), (p) => p.id));
  return { documents, passages, engine, close: () => {} };
}

export const lunrEngine: EngineModule = {
  name: 'lunr',
  // 2: terms folded (accents, apostrophes, possessives); 3: words of every script (lunr-setup.ts
  // trimmer) and the stemmer's wrong stems overridden (nlp/stem-overrides.ts: "aide" is not
  // "aid"), its pipeline steps named 'trimmerUnicode' and 'stem'; 4: Arabic's optional marks folded;
  // 5: elided articles cut off ("l’accès" is "accès") and compatibility forms folded (full-width letters);
  // 6: only those forms and subscript digits folded ("Oxfam™" had been "oxfamtm", "CO₂" "co");
  // 7: superscript letters, the micro sign and letter-like symbols folded ("1ᵉʳ", "XIXᵉ" endings, "µ" "μ")
  // 8: passages record where a later page starts in their text (pageBreaks, as library.db 16)
  // 9: a note number glued after a word's punctuation cut off it ("(IIIM).3" is "iiim" and "3":
  // lunr-setup.ts gluedNote) and brackets separators ("(geo)political"); an 8 build holds
  // "iiim).3" and "geo)polit", which no query for the word finds
  // 10: a token trimmed before it is folded ("organisations," had been "organis", which a query
  // for "organisations" does not ask for); lunr builds are small, so a 9 build is not read but
  // rebuilt (npm start re-indexes the corpus it was built from). 10 also holds (fold28, before any
  // release of 10): mathematical letters folded, invisible characters out of words, -ise words with
  // no -ize spelling as written ("expertise", nlp/ise-words.ts)
  // 11: passages in full-width or other compatibility letters tagged (as library.db 21); a 10
  // build is rebuilt
  // 11 also holds (refs30, before any release of 11): references as a reference manager takes
  // them (particles, editors, undated citations joined, an uncatalogued document's publisher)
  // 12: references as library.db 22 reads them (review32: editors in other languages, organisations
  // with "de la", capitalised particles, elisions, addresses); an 11 build is rebuilt
  // 13: references and citation links as library.db 23 reads them (refs35: every year of
  // "(Smith 2019a, b)", no decade as a year, a note's organisations by one test); a 12 build is rebuilt
  // 13 also holds (pages35, before any release of 13): page labels as library.db 23 reads them
  // (printed folios over a /PageLabels tree that says otherwise, "A-1" folios, an article's pages)
  // 14: citation links as library.db 24 reads them (refs37: "(Smith 2019a–c)", "(Smith 2019,
  // Jones 2020)", "Smith, Jones and Lee (2019)"); a 13 build is rebuilt
  // 15: citation links as library.db 25 reads them (refs39: "(Smith 2019 and Jones 2020)",
  // "Smith, Jones et al. (2019)", "(Smith, Jones, Lee 2019)", "(Smith 2019a, d)"); a 14 build is rebuilt
  // 16: references and citation links as library.db 26 reads them (refs41: a pair's second name,
  // particle chains, "Smith, Jones, et al."); a 15 build is rebuilt
  // 17: references and citation links as library.db 27 reads them (refs43: no name a cited one only
  // begins, "Ó Briain" and "al-Hakim" whole, "Smith, A. and Oxfam"); a 16 build is rebuilt
  // 18: citations, themes and passages as library.db 28 reads them (refs45, themes44, pdf45); a 17
  // build is rebuilt
  format: 18,
  files: Object.values(LUNR_FILES),
  load,
  inMemory: (docs) => LunrEngine.build(docs),
};
