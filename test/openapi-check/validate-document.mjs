// Validates an OpenAPI document with swagger-parser (structure against the OpenAPI 3.0 schema, then every $ref resolved).
// Usage: node validate-document.mjs FILE. Prints "valid" or the parser's message; exit code 1 when invalid.
import SwaggerParser from '@apidevtools/swagger-parser';

try {
  const api = await SwaggerParser.validate(process.argv[2]);
  console.log(`valid: ${api.info.title} ${api.info.version}, ${Object.keys(api.paths).length} paths`);
} catch (error) {
  console.log(`invalid: ${error.message}`);
  process.exitCode = 1;
}
