// citeproc-js ships no type declarations; these cover the calls server/export/citeproc-engine.ts makes.
declare module 'citeproc' {
  export interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
  }
  export interface Sys {
    retrieveItem(id: string): unknown;
    retrieveLocale(lang: string): unknown;
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    sys: Sys;
    opt: { development_extensions: Record<string, boolean> };
    setOutputFormat(format: string): void;
    updateItems(ids: string[]): string[];
    /** page_start: true for the first page, else the id of the last entry of the page before */
    makeBibliography(section?: { page_start: true | string; page_length: number }): [{ entry_ids: string[][]; done?: boolean }, string[]];
    makeCitationCluster(items: CiteItem[]): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
