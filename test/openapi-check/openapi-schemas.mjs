// The OpenAPI 3.0 document's schemas as JSON Schema for ajv, for one direction:
// - `nullable: true` becomes "null or the schema" (OpenAPI 3.0 has no `null` type);
// - in a response a `writeOnly` property must be absent, in a request a `readOnly` one;
// - `$ref`s to components point at the document's component schemas, converted for the same direction and added to ajv once.
// Formats OpenAPI adds to JSON Schema's (int32, int64, float, double) are checked too; a snapshot's placeholder passes a
// string format.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const absent = { not: {} };
const componentPrefix = '#/components/schemas/';

function convert(node, direction) {
  const hidden = direction === 'response' ? 'writeOnly' : 'readOnly';
  if (Array.isArray(node)) {
    return node.map((item) => convert(item, direction));
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  if (node[hidden] === true) {
    return absent;
  }
  const converted = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key.startsWith('x-')) {
      continue;
    }
    if (key === '$ref' && typeof value === 'string' && value.startsWith(componentPrefix)) {
      converted.$ref = `${direction}#/definitions/${value.slice(componentPrefix.length)}`;
      continue;
    }
    converted[key] = convert(value, direction);
  }
  return node.nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

// Snapshots keep generated values (tokens, card identifiers, session keys) as placeholders such as "<credit card 1
// card_identifier>": a placeholder stands for a value of the string format its schema names, and only a placeholder does.
const placeholder = /^<[^<>]+>$/;
const stringFormats = ['date-time', 'uri', 'uuid', 'email'];

function orPlaceholder(format) {
  const check = format instanceof RegExp ? (value) => format.test(value)
    : typeof format === 'function' ? format
      : format.validate instanceof RegExp ? (value) => format.validate.test(value) : format.validate;
  return (value) => placeholder.test(value) || check(value);
}

const int32 = (value) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;
const int64 = (value) => Number.isInteger(value);

/**
 * The schemas of one OpenAPI document, compiled on first use: `schemaOf(direction, schema)` gives the validate function
 * of a request's or a response's schema, its `$ref`s resolved in the document's components seen the same way.
 */
export function compileDocument(document) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of stringFormats) {
    ajv.addFormat(name, orPlaceholder(ajv.formats[name]));
  }
  ajv.addFormat('int32', { type: 'number', validate: int32 });
  ajv.addFormat('int64', { type: 'number', validate: int64 });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  for (const direction of ['request', 'response']) {
    ajv.addSchema({ $id: direction, definitions: convert(document.components.schemas, direction) });
  }
  const compiled = new Map();
  return (direction, schema) => {
    const key = `${direction} ${JSON.stringify(schema)}`;
    if (!compiled.has(key)) {
      compiled.set(key, ajv.compile(convert(schema, direction)));
    }
    return compiled.get(key);
  };
}
