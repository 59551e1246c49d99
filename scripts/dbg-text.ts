import { readFileSync } from 'node:fs';
import { textBlocks } from '../indexer/stages/text-blocks.js';
const cat = JSON.parse(readFileSync('corpus/catalog.json', 'utf8')) as { id: string; title: string; author: { family: string }[] }[];
const f = process.argv[2];
const item = cat.find((c) => f.includes(c.id));
const s = textBlocks(readFileSync(f, 'utf8'), { title: item?.title, authors: item?.author.map((a) => a.family) });
for (const b of s.blocks) console.log(`[${b.type}${b.role ? '/' + b.role : ''}${b.level ? ' L' + b.level : ''}${b.n ? ' n=' + b.n : ''}${b.depth ? ' d=' + b.depth : ''}] ${b.text.replace(/\uE000/g, '{').replace(/\uE001/g, '}').replace(/\n/g, ' ¶ ').slice(0, 150)}`);
console.log('--- furniture'); for (const x of s.furniture) console.log(x.kind, x.text.slice(0, 80));
