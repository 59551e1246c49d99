import type { DocumentRecord } from '../core/types.js';
import { lettersHash, lettersOnly } from '../core/text.js';
import { issuedYear } from '../core/csl.js';

/**
 * Two files of one work (a PDF and its .txt, an owner-password copy beside the original) are
 * both indexed: their bytes differ, so they are no `duplicate`. Every hit then shows twice and
 * exports carry the work twice. The run cannot know which file the user means to keep, so it
 * indexes both and says which files hold one work: the same title, authors and year (a catalog
 * entry both files match gives them both), or most passages in common.
 */
export interface SameWork {
  /** the earlier file holding the same work */
  file: string;
  reason: string;
}

/** A passage counts when its letters' hash falls in this share: the same for every file, so two copies sample the same passages. */
const SAMPLE = 4;
/** at least this many sampled passages of the later file, and this share of them, in one earlier file */
const MIN_SHARED = 3;
const SHARE = 0.6;

export class SameWorkFinder {
  private readonly works = new Map<string, { file: string; month: string | undefined }>();
  /** a sampled passage's letters' hash → the index in `files` of the first file holding it */
  private readonly passages = new Map<number, number>();
  private readonly files: string[] = [];

  /** The earlier file `document` repeats, if any; then remembers the document. */
  check(document: DocumentRecord, texts: readonly string[]): SameWork | undefined {
    const own = this.files.length;
    this.files.push(document.file);
    const work = workKey(document);
    const dated = datedMonth(document);
    const known = work ? this.works.get(work) : undefined;
    // Two dates to the month that differ are two versions of one note ("2 April" and, revised,
    // "20 May 2024"), not one file twice: the run had told the user to delete one (userreview18, 8).
    const earlier = known && !(known.month && dated && known.month !== dated) ? known.file : undefined;
    if (work && !known) this.works.set(work, { file: document.file, month: dated });
    const counts = new Map<number, number>();
    let sampled = 0;
    for (const text of texts) {
      const h = lettersHash(text);
      if (h % SAMPLE !== 0) continue;
      sampled++;
      const holder = this.passages.get(h);
      if (holder === undefined) this.passages.set(h, own);
      else if (holder !== own) counts.set(holder, (counts.get(holder) ?? 0) + 1);
    }
    if (earlier) return { file: earlier, reason: 'same title, authors and year' };
    let best: [number, number] | undefined;
    for (const [holder, n] of counts) if (!best || n > best[1]) best = [holder, n];
    if (best && best[1] >= MIN_SHARED && best[1] >= SHARE * sampled) return { file: this.files[best[0]], reason: `${Math.round((100 * best[1]) / sampled)} % of its passages in common` };
    return undefined;
  }
}

/** The year and month the work is dated, when its date names a month. */
function datedMonth(d: DocumentRecord): string | undefined {
  const parts = d.csl.issued?.['date-parts']?.[0];
  return parts && parts.length >= 2 ? `${parts[0]}-${parts[1]}` : undefined;
}

/** Title, authors' family names and year, in letters only; none when the title is unknown or is all that is known. */
function workKey(d: DocumentRecord): string | undefined {
  const title = lettersOnly(d.csl.title ?? '');
  if (title.length < 8) return undefined;
  const names = (d.csl.author ?? []).map((a) => lettersOnly(a.family ?? a.literal ?? '')).join(',');
  const year = issuedYear(d.csl);
  // a title alone ("Field notes", "Situation report") is shared by different works
  if (!names && year === null) return undefined;
  return `${title}|${names}|${year ?? ''}`;
}
