import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentRecord } from '../core/types.js';
import { lettersOnly } from '../core/text.js';
import { firstAuthorName, issuedYear } from '../core/csl.js';

// Reference parsing against the hand-labelled entries of test/labels/references.json: the share
// of entries with the right first author, year and title (titles compared on letters, within
// 10 % edit distance).

export interface ReferenceLabel {
  doc: string;
  at: string;
  first: string;
  year: number | null;
  title: string;
}

export interface ReferenceScore {
  labels: number;
  found: number;
  first: number;
  year: number;
  title: number;
  allThree: number;
  errors: string[];
}

function near(a: string, b: string): boolean {
  if (a === b) return true;
  const max = Math.ceil(Math.max(a.length, b.length) * 0.1);
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] <= max;
}

export async function scoreReferences(documents: DocumentRecord[]): Promise<ReferenceScore> {
  const labels = JSON.parse(await readFile(join(process.cwd(), 'test', 'labels', 'references.json'), 'utf8')) as ReferenceLabel[];
  const s: ReferenceScore = { labels: labels.length, found: 0, first: 0, year: 0, title: 0, allThree: 0, errors: [] };
  for (const l of labels) {
    const refs = documents.find((d) => d.id === l.doc)?.references ?? [];
    // The entry the label names: same first author and year, else the closest title.
    const who = lettersOnly(l.first);
    const firstOf = (x: (typeof refs)[number]) => lettersOnly(firstAuthorName(x));
    const candidates = refs.filter((x) => firstOf(x).startsWith(who.slice(0, 4)) || lettersOnly(x.title ?? '').startsWith(lettersOnly(l.title).slice(0, 20)));
    const r = candidates.find((x) => issuedYear(x) === l.year && near(lettersOnly(x.title ?? ''), lettersOnly(l.title))) ?? candidates.find((x) => issuedYear(x) === l.year) ?? candidates[0];
    if (!r) {
      s.errors.push(`not found: ${l.at}`);
      continue;
    }
    s.found++;
    const first = lettersOnly(firstAuthorName(r));
    const okFirst = first === lettersOnly(l.first) || first.startsWith(lettersOnly(l.first));
    const y = issuedYear(r);
    const okYear = y === l.year;
    const okTitle = near(lettersOnly(r.title ?? ''), lettersOnly(l.title));
    if (okFirst) s.first++;
    if (okYear) s.year++;
    if (okTitle) s.title++;
    if (okFirst && okYear && okTitle) s.allThree++;
    else s.errors.push(`${l.at}: ${okFirst ? '' : `author ${first} `}${okYear ? '' : `year ${y} `}${okTitle ? '' : `title "${r.title}"`}`);
  }
  return s;
}
