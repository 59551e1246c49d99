// citation-js ships no type declarations; these cover the calls the project makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): { styles: { add(name: string, style: string): void }; locales: { add(name: string, locale: string): void } } };
    input: { has(name: string): boolean };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  /** One personal name as CSL-JSON parts (particles, suffix), from "Given Family" or "Family, Given". */
  export function parse(name: string): { given?: string; family?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string; suffix?: string };
}
