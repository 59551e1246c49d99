import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

interface OpenApi {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
}

const doc = parse(readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8')) as OpenApi & { $id?: string };
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...doc, $id: 'openapi' });

/** Checks a response body against the schema openapi.yaml gives for that path, method and status. */
export function assertMatchesSpec(path: string, status: number, body: unknown, method = 'get'): void {
  const op = doc.paths[path]?.[method];
  if (!op) throw new Error(`openapi.yaml has no ${method.toUpperCase()} ${path}`);
  const schema = op.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`openapi.yaml has no ${status} response for ${path}`);
  const validate = ajv.compile({ $ref: `openapi${(schema as { $ref: string }).$ref}` });
  if (!validate(body)) throw new Error(`${path} ${status} does not match openapi.yaml: ${ajv.errorsText(validate.errors)}`);
}
