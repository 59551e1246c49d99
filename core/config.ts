import { resolve } from 'node:path';

// One place for the environment: PORT, CORPUS_DIR, INDEX_DIR (see README).
export const config = {
  port: Number(process.env.PORT ?? 3000),
  corpusDir: resolve(process.env.CORPUS_DIR ?? 'corpus'),
  indexDir: resolve(process.env.INDEX_DIR ?? 'data/index'),
};
