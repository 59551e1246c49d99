import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CslName } from '../core/types.js';

// How a note's name is read, person or organisation, over names nobody wrote for the test
// (refs35): organisations from the taxonomy's actors and the corpus generator's publishers and
// the literal authors of the given builds' entries; people from the generator's given × family
// names and the builds' entries' people, written given names first. Counts of each read with a
// person's name; `--list` names every organisation so read. ROOT=<tree> reads with another
// tree's parse.ts (main's, to compare). orgs36 adds authors of the field's literature written
// from memory in their printed shapes (test/fixtures/names/humanitarian-authors.txt: "Slim, H."
// read as an author-date entry's names, "Hugo Slim" as a note's), and the organisations read
// as an author-date entry's author ("Amnesty International (2020) Title.").
// `npx tsx scripts/note-names-probe.ts [INDEX_DIR...] [--list]`

const root = resolve(process.env.ROOT ?? '.');
const parse = (await import(pathToFileURL(join(root, 'indexer/references/parse.ts')).href)) as typeof import('../indexer/references/parse.js');

const persons = new Set<string>();
const orgs = new Set<string>();
for (const dir of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const build = join(dir, 'builds', readFileSync(join(dir, 'CURRENT'), 'utf8').trim());
  const docs = JSON.parse(readFileSync(join(build, 'documents.json'), 'utf8')) as { references?: { author?: CslName[]; editor?: CslName[] }[] }[];
  for (const r of docs.flatMap((d) => d.references ?? [])) {
    for (const n of [...(r.author ?? []), ...(r.editor ?? [])]) {
      if (n.literal) orgs.add(n.literal);
      else if (n.given && n.family) persons.add([n.given, n['non-dropping-particle'], n.family].filter(Boolean).join(' '));
    }
  }
}
const taxonomy = JSON.parse(readFileSync('taxonomy/taxonomy.json', 'utf8')) as { actors: { label: string; aliases?: string[] }[] };
for (const a of taxonomy.actors) for (const n of [a.label, ...(a.aliases ?? [])]) orgs.add(n);
const gen = readFileSync('scripts/gen-corpus.mjs', 'utf8');
for (const m of gen.matchAll(/\['([^']+)', '[^']+', (?:'[^']*'|null)\]/g)) orgs.add(m[1]);
const list = (name: string) => [...(new RegExp(String.raw`const ${name} = \[([^\]]*)\]`).exec(gen)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
for (const g of list('GIVEN')) for (const f of list('FAMILY')) persons.add(`${g} ${f}`);

const readAsPerson = (name: string): boolean =>
  (parse.parseNoteCitation(`${name}, ‘A Probe Title of the Work’, Journal of Probes, vol. 1, 2020, 1–2.`)?.author ?? []).some((n) => n.family !== undefined);
const orgsAsPersons = [...orgs].filter(readAsPerson);
const entryAuthors = (names: string) => parse.parseAuthorDate(`${names} (2020) A probe title of the work. London: Probe Press.`)?.author ?? [];
const printed = readFileSync('test/fixtures/names/humanitarian-authors.txt', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
// a line with a comma is inverted ("Slim, H.", "Hultman, L., Kathman, J. and Shannon, M."), one
// without is written given names first ("Hugo Slim and Andrew Bonwick"): every name a person's
const printedMisread = printed.filter((l) => {
  const names = l.includes(',') ? entryAuthors(l) : (parse.parseNoteCitation(`${l}, ‘A Probe Title of the Work’, Journal of Probes, vol. 1, 2020, 1–2.`)?.author ?? []);
  return names.length < l.split(/\s+and\s+/).length || !names.every((x) => x.family !== undefined && x.literal === undefined);
});
const orgsInEntries = [...orgs].filter((o) => entryAuthors(o).some((n) => n.family !== undefined));
console.log(`organisations read with a person's name: ${orgsAsPersons.length} of ${orgs.size}`);
console.log(`people read with a person's name: ${[...persons].filter(readAsPerson).length} of ${persons.size}`);
console.log(`printed authors (${printed.length}) not read as people: ${printedMisread.length}`);
console.log(`organisations read with a person's name as an author-date entry's author: ${orgsInEntries.length} of ${orgs.size}`);
if (process.argv.includes('--list')) {
  for (const n of orgsAsPersons.sort()) console.log(`  ${n}`);
  console.log('printed authors misread:');
  for (const n of printedMisread) console.log(`  ${n}`);
  console.log('organisations as entry authors read as people:');
  for (const n of orgsInEntries.sort()) console.log(`  ${n}`);
}
