import lunr from 'lunr';
import { foldWord } from './nlp/fold.js';

// One tokenizer for indexing and querying: besides spaces and hyphens, slashes and dashes
// split words, so "IHL/IHRL" is found by "IHL" and "humanitarian–development" by both words.
lunr.tokenizer.separator = /[\s\-–—/]+/;

/** foldWord as a lunr pipeline step, before the trimmer (registered, so a saved index names it). */
export const fold: lunr.PipelineFunction = (token) => token.update((s) => foldWord(s));
// registered once per lunr: a test run may load this module twice (through tsx and c8)
const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction | undefined> }).registeredFunctions;
if (registered.fold) Object.assign(fold, { label: 'fold' });
else lunr.Pipeline.registerFunction(fold, 'fold');

export default lunr;
