/** One hash over every compiled input's path and bytes under `base` (core, indexer, server, types, the tsconfigs, package-lock.json, scripts/start.mjs). */
export function sourcesHash(base?: string): string;
