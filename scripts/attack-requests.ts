// The expensive but well-formed requests of scripts/attack-cost.ts and attack-flood.ts: each aimed
// at a cost that grows with the library (a 100k build: docs/measurements.md, attack17).

const words = 'protection humanitarian civilians rights law state actors policy security council access aid response women children displacement refugees conflict peace development funding donor local national international agency mission operations coordination system work mandate'.split(' ');
const or = words.join(' OR ');
const long200 = Array.from({ length: 200 }, (_, i) => words[(i * 7) % words.length]).join(' ');
const nonsense = Array.from({ length: 30 }, (_, i) => `qz${'xkvbwj'.repeat(1 + (i % 3))}${i}`).join(' ');
const phrase = '"the protection of civilians in humanitarian action is the responsibility of the state and international actors to enhance synergies between human rights"';

/** name → path and query; every one well-formed, each aimed at a cost that grows with the library */
export const ATTACKS: [string, string][] = [
  ['simple', '/api/search?q=protection'],
  ['simple page', '/?q=protection'],
  ['browse', '/api/search'],
  ['prefix a*', '/api/search?q=a*'],
  ['prefix pro*', '/api/search?q=pro*'],
  ['4 prefixes', `/api/search?q=${encodeURIComponent('pro* hum* con* int*')}`],
  ['32 ORs', `/api/search?q=${encodeURIComponent(or)}`],
  ['200 words', `/api/search?q=${encodeURIComponent(long200)}`],
  ['long phrase', `/api/search?q=${encodeURIComponent(phrase)}`],
  ['phrase "of the"', `/api/search?q=${encodeURIComponent('"of the"')}`],
  ['NOT only', '/api/search?q=NOT%20protection'],
  ['4 fuzzy', `/api/search?q=${encodeURIComponent('protectoin~2 humanitarain~2 civlians~2 coordnation~2')}`],
  ['typos nonsense', `/api/search?q=${encodeURIComponent(nonsense)}`],
  ['page 100000', '/api/search?q=protection&page=100000'],
  ['page 1000 size 100', '/api/search?q=protection&page=1000&size=100'],
  ['browse page 5000', '/api/search?page=5000&perDoc=0'],
  ['page 500 size 100 perDoc 0', '/api/search?q=protection&page=500&size=100&perDoc=0'],
  ['page 600 grouped', '/api/search?q=protection&page=600'],
  ['page 100 size 100 perDoc 0', '/api/search?q=protection&page=100&size=100&perDoc=0'],
  ['4 fresh fuzzy', `/api/search?q=${encodeURIComponent('refugess~2 displacment~2 goverment~2 accountabilty~2')}`],
  ['2 wide prefixes', `/api/search?q=${encodeURIComponent('protec* human*')}`],
  ['size 100 perDoc 0', '/api/search?q=protection&size=100&perDoc=0'],
  ['sort date', '/api/search?q=protection&sort=date'],
  ['sort date 32 ORs', `/api/search?q=${encodeURIComponent(or)}&sort=date`],
  ['sort date page', `/?q=${encodeURIComponent(or)}&sort=date`],
  ['excluded phrase', `/api/search?q=${encodeURIComponent('protection -"of the"')}`],
  ['every year', `/api/search?q=protection&${Array.from({ length: 50 }, (_, i) => `year=${1980 + i}`).join('&')}`],
  ['facetSize max', '/api/search?q=protection&facetSize=1000'],
  ['repeated q ×200', `/api/search?${Array.from({ length: 200 }, (_, i) => `q=${words[i % words.length]}`).join('&')}`],
  ['feed 32 ORs', `/feed.xml?q=${encodeURIComponent(or)}`],
  ['citations', '/citations'],
  ['citations q', '/citations?q=protection'],
  ['compare', '/compare'],
  ['about', '/about'],
  ['documents all', '/api/documents'],
  ['very long id', `/api/passages/${'a'.repeat(30000)}`],
  ['very long doc id', `/documents/${'x'.repeat(30000)}`],
  ['export csv all', '/api/export?format=csv'],
  ['export bibtex all', '/api/export?format=bibtex'],
  ['export ris q', '/api/export?format=ris&q=protection'],
  ['export csl-json q', '/api/export?format=csl-json&q=protection'],
  ['export csv ORs', `/api/export?format=csv&q=${encodeURIComponent(or)}`],
];
