import type { PhraseIndex, SearchEngine } from './engine.js';
import type { PassageStore } from '../passage-store.js';
import { coordinationProbes, holdsCoordinated } from '../nlp/coordination.js';

// A phrase index that also answers a phrase said by coordination ellipsis (core/nlp/coordination.ts:
// "international humanitarian and human rights law" holds "international humanitarian law"),
// as another inflection of it (`exact` asks for the words as written: never so). The index
// narrows the candidates to those holding a probe ("international humanitarian and", "and
// humanitarian law"); only those are read. A phrase held word after word is answered as before.

/** at most this many passages holding a probe are read for one phrase: a probe is selective, this bounds a library where it is not */
export const MAX_COORDINATION_READS = 400;

export function withCoordination(index: PhraseIndex, passages: Pick<PassageStore, 'brief' | 'prefetch'>): PhraseIndex {
  return {
    holding(phrase, exact, among) {
      const direct = index.holding(phrase, exact, among);
      const probes = exact ? [] : coordinationProbes(phrase.split(' ').filter(Boolean));
      if (!probes.length) return direct;
      const have = new Set(Array.from(direct));
      const maybe = new Set<number>();
      for (const probe of probes) for (const ord of Array.from(index.holding(probe, false, among))) if (!have.has(ord)) maybe.add(ord);
      if (!maybe.size) return direct;
      const ords = [...maybe].sort((a, b) => a - b).slice(0, MAX_COORDINATION_READS);
      passages.prefetch?.(ords);
      const words = phrase.split(' ').filter(Boolean);
      const extra = ords.filter((ord) => holdsCoordinated(passages.brief(ord).text, words));
      if (!extra.length) return direct;
      return [...have, ...extra].sort((a, b) => a - b);
    },
  };
}

/** The engine with its phrase index answering coordinated phrases too (an engine without one is asked through the stored text: passage-words.ts phraseMatch). */
export function coordinatedEngine<E extends SearchEngine>(engine: E, passages: Pick<PassageStore, 'brief' | 'prefetch'>): E {
  if (!engine.phrases) return engine;
  const phrases = withCoordination(engine.phrases, passages);
  return new Proxy(engine, { get: (target, prop, receiver) => (prop === 'phrases' ? phrases : Reflect.get(target, prop, receiver)) });
}
