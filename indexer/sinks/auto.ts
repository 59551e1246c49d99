import type { EngineName } from '../../core/build/format.js';
import type { StagedBuild } from '../../core/build/publish.js';
import type { DocumentRecord } from '../../core/types.js';
import type { DocumentRows } from '../../core/build/library-db.js';
import type { BuildSink, CorpusSize, LateFields, SinkFactory } from '../sink.js';

/**
 * `--engine auto` decided while streaming: documents are held in memory only until `threshold`
 * passages have arrived, then the large-library sink is opened and they are replayed into it
 * (so at most `threshold` passages are ever held); a run that ends below the threshold
 * replays them into the small-library sink. The same choice `engineFor` makes on the total.
 */
export class AutoSink implements BuildSink {
  private held: { document: DocumentRecord; rows: DocumentRows }[] = [];
  private passages = 0;
  private chosen: BuildSink | undefined;

  constructor(
    private readonly staged: StagedBuild,
    private readonly threshold: number,
    private readonly small: SinkFactory,
    private readonly large: SinkFactory,
    private readonly smallEngine: EngineName,
    private readonly corpus?: CorpusSize,
  ) {}

  get engine(): EngineName {
    return this.chosen?.engine ?? this.smallEngine;
  }

  async add(document: DocumentRecord, rows: DocumentRows): Promise<void> {
    if (this.chosen) return this.chosen.add(document, rows);
    this.held.push({ document, rows });
    this.passages += rows.ids.length;
    if (this.passages >= this.threshold) await this.choose(this.large);
  }

  async finish(late: LateFields): Promise<void> {
    if (!this.chosen) await this.choose(this.small);
    await this.chosen!.finish(late);
  }

  async abort(): Promise<void> {
    this.held = [];
    await this.chosen?.abort();
  }

  private async choose(factory: SinkFactory): Promise<void> {
    const sink = await factory(this.staged, this.corpus);
    this.chosen = sink;
    const held = this.held;
    this.held = [];
    for (const { document, rows } of held) await sink.add(document, rows);
  }
}
