import type { EngineName } from '../../core/build/format.js';
import type { SinkFactory } from '../sink.js';
import { AutoSink } from './auto.js';
import { Fts5Sink } from './fts5.js';
import { JsonLunrSink } from './json-lunr.js';

/** The sink that writes a build for each engine: adding an engine's build is its sink and one line here. */
export const SINKS: Record<EngineName, SinkFactory> = {
  lunr: (staged) => JsonLunrSink.open(staged),
  fts5: (staged) => Fts5Sink.open(staged),
};

/**
 * The sink for an engine choice. auto: lunr below `threshold` passages, fts5 from it (the
 * crossover in run.ts), decided while the documents stream in.
 */
export function sinkFor(choice: EngineName | 'auto', threshold: number): SinkFactory {
  if (choice !== 'auto') return SINKS[choice];
  return async (staged) => new AutoSink(staged, threshold, SINKS.lunr, SINKS.fts5, 'lunr');
}
