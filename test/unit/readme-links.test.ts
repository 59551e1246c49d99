import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The README is the user's map: its links, anchors and the source paths it names must lead
// somewhere. A file moved without its README line (server/search/english-words.ts went to core/)
// fails here rather than in a stranger's hands (readme26).

const README = readFileSync('README.md', 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    const slug = m[1].replace(/`/g, '').trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

/** Paths the README names that are made by running something (git-ignored) or only proposed. */
const NOT_IN_THE_TREE = new Set(['test/screenshots/', 'bench/results/', 'indexer/readers/docx.ts']);
const TREE = ['core/', 'indexer/', 'server/', 'scripts/', 'test/', 'docs/', 'eval/', 'taxonomy/', 'spec/', 'styles/', 'views/', 'public/', 'corpus/'];

describe('README: links, anchors and the paths it names', () => {
  it('every link to a file or a heading resolves', () => {
    const own = anchors(README);
    const broken: string[] = [];
    for (const [, target] of README.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [file, anchor] = target.split('#');
      if (!file) {
        if (!own.has(anchor)) broken.push(target);
      } else if (!existsSync(file)) broken.push(target);
      else if (anchor && !anchors(readFileSync(file, 'utf8')).has(anchor)) broken.push(target);
    }
    assert.deepEqual(broken, []);
  });

  it('every source path it names in backticks exists', () => {
    const missing = new Set<string>();
    for (const [, quoted] of README.matchAll(/`([^`\s]+)`/g)) {
      const path = quoted.replace(/[),.:;]+$/, '');
      if (!TREE.some((dir) => path.startsWith(dir)) || /[*<>|=?]/.test(path) || NOT_IN_THE_TREE.has(path)) continue;
      if (!existsSync(join('.', path))) missing.add(path);
    }
    assert.deepEqual([...missing], []);
  });
});
