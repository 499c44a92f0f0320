// Finds the operation of an OpenAPI document that a request goes to: its path matched against the path templates, a
// literal segment before a parameter (/api/credit_cards/count would win over /api/credit_cards/{id}).

function matcherOf(template) {
  const segments = template.split('/');
  return (pathSegments) =>
    segments.length === pathSegments.length
    && segments.every((segment, index) => /^\{[^}]+\}$/.test(segment) || segment === pathSegments[index]);
}

const literalSegments = (template) => template.split('/').filter((segment) => !segment.startsWith('{')).length;

/** `{ template, operation }`, or a string saying why there is none. */
export function operationOf(document, method, target) {
  const path = target.split('?')[0];
  const pathSegments = path.split('/').map((segment) => decodeURIComponent(segment));
  const templates = Object.keys(document.paths)
    .filter((template) => matcherOf(template)(pathSegments))
    .sort((left, right) => literalSegments(right) - literalSegments(left));
  if (templates.length === 0) {
    return `the document has no path for ${path}`;
  }
  const operation = document.paths[templates[0]][method.toLowerCase()];
  return operation ? { template: templates[0], operation } : `the document has no ${method} ${templates[0]}`;
}
