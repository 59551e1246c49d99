import lunr from 'lunr';

// One tokenizer for indexing and querying: besides spaces and hyphens, slashes and dashes
// split words, so "IHL/IHRL" is found by "IHL" and "humanitarian–development" by both words.
lunr.tokenizer.separator = /[\s\-–—/]+/;

export default lunr;
