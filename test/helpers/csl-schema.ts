import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

// The official CSL-JSON 1.0 input schema, shipped under test/fixtures/csl-schema (provenance
// and licence in the README there).
export const cslDataSchema = JSON.parse(readFileSync('test/fixtures/csl-schema/csl-data.json', 'utf8')) as { $id: string; $schema: string };

const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(cslDataSchema);

/** The schema's complaints about a CSL-JSON array, one line each; empty when it is valid. */
export function cslSchemaErrors(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : ''}`);
}
