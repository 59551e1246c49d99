import type { EngineModule } from './engine.js';
import { lunrEngine } from './lunr.js';
import { fts5Engine } from './fts5.js';
import { COMMON_FILES } from '../build/format.js';

// The search engines a build can be written for and served with, one line each. Everything
// about an engine (its index, files, format version, writer and reader) is its module's.

export const ENGINE_MODULES = {
  lunr: lunrEngine,
  fts5: fts5Engine,
} as const satisfies Record<string, EngineModule>;

export type EngineName = keyof typeof ENGINE_MODULES;
export const ENGINE_NAMES = Object.keys(ENGINE_MODULES) as EngineName[];

export const isEngineName = (name: string): name is EngineName => Object.prototype.hasOwnProperty.call(ENGINE_MODULES, name);

/** The module of a named engine; an unknown name (a build from another version) throws. */
export function engineModule(name: string): EngineModule {
  if (!isEngineName(name)) throw new Error(`no search engine named ${name} (known: ${ENGINE_NAMES.join(', ')})`);
  return ENGINE_MODULES[name];
}

/** What a build for an engine must hold: the engine's files, then those every build has. */
export function requiredFiles(name: string): string[] {
  return [...engineModule(name).files, ...COMMON_FILES.filter((f) => f.required).map((f) => f.name)];
}
