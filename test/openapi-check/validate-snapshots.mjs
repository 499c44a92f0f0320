// Validates response snapshots against what an OpenAPI document declares for their operation, status and media type.
// Usage: node validate-snapshots.mjs DOCUMENT SNAPSHOTS, where SNAPSHOTS is a JSON file holding
// [{ "name", "method", "target" (path and query), "status", "mediaType" (or null), "body" (parsed JSON, or null) }].
// A request to a route or method the service does not have (403 for a relationship change JSON:API forbids, 404, 405)
// has no operation to declare its answer under: its body must be the document's ErrorDocument.
// Prints one line per snapshot that fails, "name: reason", then "checked N, invalid M"; exit code 1 when any fails.
import { readFileSync } from 'node:fs';
import { compileDocument } from './openapi-schemas.mjs';
import { operationOf } from './operations.mjs';

const document = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const snapshots = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const schemaOf = compileDocument(document);
const undeclaredRequestStatuses = [403, 404, 405];
const errorDocument = { $ref: '#/components/schemas/ErrorDocument' };

function schemaProblem(method, template, status, schema, body) {
  const validate = schemaOf('response', schema);
  if (validate(body)) {
    return null;
  }
  const reasons = validate.errors.map((error) => `${error.instancePath || '/'} ${error.message}`);
  return `${method} ${template} ${status}: ${[...new Set(reasons)].slice(0, 8).join('; ')}`;
}

function problemOf({ method, target, status, mediaType, body }) {
  const found = operationOf(document, method, target);
  if (typeof found === 'string') {
    return undeclaredRequestStatuses.includes(status) && mediaType === 'application/vnd.api+json'
      ? schemaProblem(method, target, status, errorDocument, body)
      : found;
  }
  const { template, operation } = found;
  const response = operation.responses?.[String(status)] ?? operation.responses?.default;
  if (!response) {
    return `${method} ${template} declares no ${status} response`;
  }
  if (body === null) {
    return null;
  }
  const content = response.content?.[mediaType];
  if (!content?.schema) {
    return `${method} ${template} declares no schema for its ${status} response as ${mediaType}`;
  }
  return schemaProblem(method, template, status, content.schema, body);
}

let invalid = 0;
for (const snapshot of snapshots) {
  const problem = problemOf(snapshot);
  if (problem) {
    invalid++;
    console.log(`${snapshot.name}: ${problem}`);
  }
}

console.log(`checked ${snapshots.length}, invalid ${invalid}`);
process.exitCode = invalid === 0 ? 0 : 1;
