// Captured before pdf.js loads (pdfjs.ts imports this module first): see pdfjs.ts for why.
export const nativeBuiltins = { arrayPush: Array.prototype.push, jsonParse: JSON.parse };
