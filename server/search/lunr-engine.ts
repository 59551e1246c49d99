import lunr from '../../core/lunr-setup.js';
import type { EngineClause, EngineDocument, SearchEngine } from './engine.js';
import { SEARCH_FIELDS } from '../../core/search-fields.js';

const PRESENCE = { optional: lunr.Query.presence.OPTIONAL, required: lunr.Query.presence.REQUIRED, prohibited: lunr.Query.presence.PROHIBITED };

/** Stop words are dropped before they reach lunr: a required stop word would otherwise match nothing. */
export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

export class LunrEngine implements SearchEngine {
  readonly name = 'lunr';
  private readonly refToOrdinal: Map<string, number>;

  constructor(
    private readonly index: lunr.Index,
    refs: string[],
  ) {
    this.refToOrdinal = new Map(refs.map((r, i) => [r, i]));
  }

  /** Builds an index in memory (tests, and engines built at load time). */
  static build(docs: EngineDocument[], fields: readonly { name: string; boost: number }[] = SEARCH_FIELDS): LunrEngine {
    const index = lunr(function () {
      this.ref('ordinal');
      for (const f of fields) this.field(f.name, { boost: f.boost });
      for (const d of docs) this.add({ ...d, ordinal: String(d.ordinal) });
    });
    return new LunrEngine(index, docs.map((d) => String(d.ordinal)));
  }

  search(clauses: EngineClause[]): Map<number, number> {
    const usable = clauses.filter((c) => c.term && (c.wildcard || c.presence === 'prohibited' || !isStopWord(c.term)));
    if (!usable.some((c) => c.presence !== 'prohibited')) return new Map();
    const results = this.index.query((q) => {
      for (const c of usable) {
        // lunr treats a present-but-undefined option as set, so only given options are passed.
        const options: { presence: lunr.Query.presence; boost: number; usePipeline: boolean; fields?: string[]; editDistance?: number } = {
          presence: PRESENCE[c.presence],
          boost: c.boost ?? 1,
          usePipeline: !c.wildcard,
        };
        if (c.fields) options.fields = c.fields;
        if (c.editDistance) options.editDistance = c.editDistance;
        q.term(c.term, options);
      }
    });
    const out = new Map<number, number>();
    for (const r of results) {
      const ord = this.refToOrdinal.get(r.ref);
      if (ord !== undefined) out.set(ord, r.score);
    }
    return out;
  }

  knows(word: string): boolean {
    const stemmed = lunr.stemmer(new lunr.Token(word.toLowerCase(), {})).toString();
    // The inverted index is not in lunr's type declarations, but is part of its serialised form.
    const inverted = (this.index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
    return Object.prototype.hasOwnProperty.call(inverted, stemmed);
  }
}
