import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { StagedBuild } from '../../core/build/publish.js';
import type { DocumentRecord, Passage } from '../../core/types.js';
import { LunrIndexBuilder } from '../build-index.js';
import type { DocumentRows } from '../../core/build/library-db.js';
import { passagesOf } from '../prepare-document.js';
import type { BuildSink, LateFields, SinkFactory } from '../sink.js';
import { ChunkedWriter, JsonArrayWriter } from './json-lines.js';

const SPOOL = '.passages.ndjson';

/**
 * The lunr build: documents.json, passages.json and lunr.json (the engine for small libraries,
 * and the one a browser can run). Passages go to a spool file as they come, one line per
 * document, and into lunr's builder; passages.json is copied from the spool at the end, the
 * lines of documents whose citations changed parsed and written again.
 */
export class JsonLunrSink implements BuildSink {
  readonly engine = 'lunr';
  private readonly lunr = new LunrIndexBuilder();
  private readonly order: string[] = [];

  private constructor(
    private readonly staged: StagedBuild,
    private readonly spool: ChunkedWriter,
  ) {}

  static async open(staged: StagedBuild): Promise<JsonLunrSink> {
    return new JsonLunrSink(staged, await ChunkedWriter.create(staged.path(SPOOL)));
  }

  async add(document: DocumentRecord, rows: DocumentRows): Promise<void> {
    this.lunr.add(document, passagesOf(rows));
    this.order.push(document.id);
    // JSON.stringify of the passages, from their records
    await this.spool.write(`[${rows.records.join(',')}]\n`);
  }

  async finish(late: LateFields): Promise<void> {
    await this.spool.close();
    const documents = await JsonArrayWriter.create(this.staged.path('documents.json'));
    for (const d of late.documents) await documents.add(d);
    await documents.close();
    await this.writePassages(late);
    await writeJson(this.staged.path('lunr.json'), this.lunr.build().toJSON());
  }

  async abort(): Promise<void> {
    await this.spool.close();
  }

  private async writePassages(late: LateFields): Promise<void> {
    const spool = this.staged.path(SPOOL);
    const out = await JsonArrayWriter.create(this.staged.path('passages.json'));
    let i = 0;
    for await (const line of createInterface({ input: createReadStream(spool), crlfDelay: Infinity })) {
      const doc = this.order[i++];
      if (!late.changed(doc)) {
        // Copied as written: the document's passages joined as JSON.stringify joins them.
        if (line.length > 2) await out.raw(line.slice(1, -1));
        continue;
      }
      for (const p of JSON.parse(line) as Passage[]) await out.add(Object.assign(p, late.citations(p)));
    }
    await out.close();
    await rm(spool);
  }
}

/**
 * JSON.stringify's bytes for an object whose arrays may be too long to become one string
 * (lunr's inverted index past a few hundred thousand passages): arrays written element by element.
 */
async function writeJson(path: string, value: unknown): Promise<void> {
  const out = await ChunkedWriter.create(path);
  const write = async (v: unknown): Promise<void> => {
    if (Array.isArray(v)) {
      await out.write('[');
      for (let k = 0; k < v.length; k++) await out.write((k ? ',' : '') + JSON.stringify(v[k] ?? null));
      await out.write(']');
    } else if (v && typeof v === 'object' && !('toJSON' in v)) {
      let first = true;
      await out.write('{');
      for (const [key, x] of Object.entries(v)) {
        if (x === undefined || typeof x === 'function') continue;
        await out.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        await write(x);
      }
      await out.write('}');
    } else await out.write(JSON.stringify(v));
  };
  await write(value);
  await out.close();
}

/** The writer of a lunr build (found by the engine's name: indexer/sinks/registry.ts). */
export const openSink: SinkFactory = (staged) => JsonLunrSink.open(staged);
