import type { EngineName } from '../../core/build/format.js';
import type { SinkFactory } from '../sink.js';
import { AutoSink } from './auto.js';

// An engine's writer is `indexer/sinks/<engine>.ts`, exporting `openSink`: it is found by the
// engine's name, so an engine is registered once, in core/engines/registry.ts (the reading side
// is there, the writing side here, and the server never loads this one).
// test/unit/registries.test.ts checks that every registered engine has its writer.

interface WriterModule {
  openSink?: unknown;
}

/** The sink factory of a registered engine, loaded on first use. */
export function writerOf(name: EngineName): SinkFactory {
  return async (staged, corpus) => {
    const module = (await import(`./${name}.js`)) as WriterModule;
    if (typeof module.openSink !== 'function') throw new Error(`indexer/sinks/${name}.ts must export openSink, the writer of a ${name} build`);
    return (module.openSink as SinkFactory)(staged, corpus);
  };
}

/**
 * The sink for an engine choice. auto: lunr below `threshold` passages, fts5 from it (the
 * crossover in run.ts), decided while the documents stream in.
 */
export function sinkFor(choice: EngineName | 'auto', threshold: number): SinkFactory {
  if (choice !== 'auto') return writerOf(choice);
  return async (staged, corpus) => new AutoSink(staged, threshold, writerOf('lunr'), writerOf('fts5'), 'lunr', corpus);
}
