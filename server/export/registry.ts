import type { Exporter } from './types.js';
import { bibtex, cslJson, ris } from './formats/bibliographic.js';
import { biblatex } from './formats/biblatex.js';
import { csv } from './formats/csv.js';
import { styledExporters } from './formats/styled.js';

export const exporters: Exporter[] = [bibtex, biblatex, ris, cslJson, csv, ...styledExporters];

export function exporterFor(id: string): Exporter | undefined {
  return exporters.find((e) => e.id === id);
}
