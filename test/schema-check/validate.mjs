// Validates JSON:API response documents against the official JSON:API schema (jsonapi.schema.json, from jsonapi.org).
// Input: a JSON file holding [{ "name": ..., "document": {...} }, ...]. Output: one line per invalid document, then a
// summary line "checked N, invalid M". Exit code 1 when any document is invalid.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = new URL('.', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('jsonapi.schema.json', here), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const entries = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let invalid = 0;
for (const { name, document } of entries) {
  if (!validate(document)) {
    invalid++;
    const reasons = validate.errors.map((error) => `${error.instancePath || '/'} ${error.message}`);
    console.log(`${name}: ${[...new Set(reasons)].join('; ')}`);
  }
}

console.log(`checked ${entries.length}, invalid ${invalid}`);
process.exitCode = invalid === 0 ? 0 : 1;
