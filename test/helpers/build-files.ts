import { config } from '../../core/config.js';
import { LIBRARY_DB } from '../../core/build/format.js';

// Damage tests must break a file the build's engine reads: an fts5 build keeps its passages
// (and documents, and index) in library.db, a lunr build in JSON files. The test corpora are
// small, so `auto` builds lunr.
const fts5 = config.indexEngine === 'fts5';

/** the file holding the build's passages */
export const PASSAGES_FILE = fts5 ? LIBRARY_DB : 'passages.json';
/** the file holding the build's documents */
export const DOCUMENTS_FILE = fts5 ? LIBRARY_DB : 'documents.json';
/** the file holding the build's search index */
export const INDEX_FILE = fts5 ? LIBRARY_DB : 'lunr.json';
