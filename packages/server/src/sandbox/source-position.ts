import { SourceMapConsumer, SourceMapGenerator } from 'source-map-js';

const MAP_COMMENT = '\n//# sourceMappingURL=data:application/json;base64,';
// How V8 names a position in the bundle (the sandbox compiles it under this file name).
export const BUNDLE_FILENAME = 'file:///integration.js';
const BUNDLE_POSITION = /file:\/\/\/integration\.js:(\d+):(\d+)/g;

/**
 * Appends to the bundle a source map of the uploaded file alone (the SDK's and the polyfills' mappings are
 * dropped, so it stays small), for {@link locateInUpload} to turn an error's stack into the author's lines.
 */
export function appendUploadMap(
  code: string,
  bundleMap: string,
  options: { source: string; filename: string },
): string {
  const generator = new SourceMapGenerator({ file: 'integration.js' });
  new SourceMapConsumer(bundleMap).eachMapping((mapping) => {
    if (mapping.source !== options.source || mapping.originalLine === null) return;
    generator.addMapping({
      generated: { line: mapping.generatedLine, column: mapping.generatedColumn },
      original: { line: mapping.originalLine, column: mapping.originalColumn ?? 0 },
      source: options.filename,
    });
  });
  return `${code}${MAP_COMMENT}${Buffer.from(generator.toString()).toString('base64')}\n`;
}

/**
 * The first position of the uploaded file in a stack from the isolate, as `file.ts:line:column`, or undefined
 * when the stack has none (the error came from the SDK itself, or the bundle carries no map).
 */
export function locateInUpload(code: string, stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const at = code.lastIndexOf(MAP_COMMENT);
  if (at < 0) return undefined;
  let consumer: SourceMapConsumer;
  try {
    consumer = new SourceMapConsumer(
      Buffer.from(code.slice(at + MAP_COMMENT.length).trim(), 'base64').toString(),
    );
  } catch {
    return undefined;
  }
  for (const [, line, column] of stack.matchAll(BUNDLE_POSITION)) {
    const original = consumer.originalPositionFor({ line: Number(line), column: Number(column) - 1 });
    if (original.source && original.line !== null)
      return `${original.source}:${original.line}:${(original.column ?? 0) + 1}`;
  }
  return undefined;
}
