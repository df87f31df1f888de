/**
 * An OpenAPI operationId for a route that declares none: the method and the path's words in camelCase, each path
 * parameter as `By<Name>` (`GET /api/v1/resource/all/:id` → `getResourceAllById`). Method and path are unique per
 * route, so the ids are too; generated clients (`@sextant/client`, docs/client.md) name their calls after them.
 */
export function deriveOperationId(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1(?=\/|$)/, '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '*')
    .flatMap((segment) =>
      segment.startsWith(':') ? ['by', ...splitWords(segment.slice(1))] : splitWords(segment),
    );
  return [method.toLowerCase(), ...words.map(capitalize)].join('');
}

function splitWords(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
