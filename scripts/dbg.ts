import { readFileSync } from 'node:fs';
import { pdfReader } from '../indexer/readers/pdf.js';
import { layoutBlocks } from '../indexer/stages/layout-blocks.js';
const r = await pdfReader.read(readFileSync(process.argv[2]), { maxPages: 1000 });
const s = layoutBlocks(r.pages!);
console.log(JSON.stringify(s.pageLabels));
for (const b of s.blocks) console.log(`[${b.type}${b.role ? '/' + b.role : ''}${b.level ? ' L' + b.level : ''}${b.n ? ' n=' + b.n : ''}${b.depth ? ' d=' + b.depth : ''} p${b.page}] ${b.text.replace(/\uE000/g, '{').replace(/\uE001/g, '}').slice(0, 140)}`);
console.log('--- furniture'); for (const f of s.furniture) console.log(f.kind, f.page, f.text.slice(0, 80));
