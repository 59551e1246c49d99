/** One hash over every compiled input's path and bytes (core, indexer, server, types and the tsconfigs under `base`). */
export function sourcesHash(base?: string): string;
