import { createHash } from 'node:crypto';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { findExcessiveNesting, MAX_NESTING_DEPTH } from './nesting-depth.js';
import { SANDBOX_DIR } from './sandbox-files.js';
import { appendUploadMap } from './source-position.js';

/** What {@link bundleIntegration} made of an uploaded file. */
export type BundleResult =
  | { ok: true; code: string; sha256: string }
  | { ok: false; message: string; errors: BundleError[] };

/** One compiler or policy error, located in the uploaded file (1-based line, 0-based column as esbuild). */
export interface BundleError {
  line: number;
  column: number;
  text: string;
}

/** The one import an uploaded integration may have. */
export const SDK_SPECIFIER = '@sextant/sdk';
const UPLOAD_NAMESPACE = 'sextant-upload';
const LOADERS: Record<string, esbuild.Loader> = { '.ts': 'ts', '.mts': 'ts', '.js': 'js', '.mjs': 'js' };
// The isolate-side sources (globals, host bridge, runner), as .ts or built .js.
const ISOLATE_DIR = path.join(SANDBOX_DIR, 'isolate');

// The bundle's entry: globals first (ES modules evaluate in import order), then the upload, then the runner,
// which the sandbox calls through `__sextantRun` once the script has run.
const ENTRY = `
import './host';
import './globals';
import uploaded from '${UPLOAD_NAMESPACE}';
import { runIntegration } from './run-integration';
globalThis.__sextantRun = (credentials) => runIntegration(uploaded, credentials);
`;

/**
 * Bundles one uploaded integration file (TypeScript or JavaScript) with the sandbox flavour of the SDK
 * into one script for {@link runSandboxed}. The file may import only `@sextant/sdk`; any other import
 * (`fs`, `child_process`, a relative file, another package, a `require()` or `import()` of one) is
 * refused with an error naming it and its line. Never throws for bad code: the result says why.
 */
export async function bundleIntegration(
  source: string,
  options: { filename: string },
): Promise<BundleResult> {
  const filename = path.basename(options.filename);
  const loader = LOADERS[path.extname(filename).toLowerCase()];
  if (!loader) {
    const text = `${filename}: an integration is one .ts or .js file`;
    return { ok: false, message: text, errors: [{ line: 0, column: 0, text }] };
  }
  const tooDeep = findExcessiveNesting(source);
  if (tooDeep) {
    const text = `brackets nest deeper than ${MAX_NESTING_DEPTH} levels`;
    return {
      ok: false,
      message: `${filename} does not build:\n${filename}:${tooDeep.line}:${tooDeep.column}: ${text}`,
      errors: [{ ...tooDeep, text }],
    };
  }
  try {
    const result = await esbuild.build({
      stdin: { contents: ENTRY, resolveDir: ISOLATE_DIR, loader: 'ts', sourcefile: 'sandbox-entry.ts' },
      bundle: true,
      write: false,
      outfile: 'integration.js',
      // A map of the upload alone is appended (see source-position.ts); the rest is not worth its size.
      sourcemap: 'external',
      sourcesContent: false,
      format: 'iife',
      platform: 'neutral',
      target: 'es2022',
      // Smaller stored versions and faster parsing per run; names kept so error messages stay readable.
      minifyWhitespace: true,
      minifySyntax: true,
      keepNames: true,
      // Workspace packages resolve to their sources, as in the tests; the built SDK ships them too.
      conditions: ['source'],
      mainFields: ['module', 'main'],
      logLevel: 'silent',
      // Keep every import of the upload, even unused or type-looking ones, so the policy below sees them all.
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      plugins: [uploadPolicy({ source, filename, loader })],
    });
    const output = (suffix: string) => result.outputFiles.find((file) => file.path.endsWith(suffix))!.text;
    const code = appendUploadMap(output('integration.js'), output('integration.js.map'), {
      source: `${UPLOAD_NAMESPACE}:${filename}`,
      filename,
    });
    return { ok: true, code, sha256: createHash('sha256').update(code).digest('hex') };
  } catch (error) {
    if (!isBuildFailure(error)) throw error;
    return describeFailure(error, filename);
  }
}

/** Serves the upload from memory and lets it import nothing but the SDK. */
function uploadPolicy(upload: { source: string; filename: string; loader: esbuild.Loader }): esbuild.Plugin {
  return {
    name: 'sextant-upload-policy',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${UPLOAD_NAMESPACE}$`) }, () => ({
        path: upload.filename,
        namespace: UPLOAD_NAMESPACE,
      }));
      build.onResolve({ filter: /.*/, namespace: UPLOAD_NAMESPACE }, async (args) => {
        if (args.path !== SDK_SPECIFIER) {
          return {
            errors: [
              {
                text: `import "${args.path}" is not allowed: an integration may import only ${SDK_SPECIFIER}`,
              },
            ],
          };
        }
        return build.resolve(`${SDK_SPECIFIER}/sandbox`, { kind: args.kind, resolveDir: ISOLATE_DIR });
      });
      build.onLoad({ filter: /.*/, namespace: UPLOAD_NAMESPACE }, () => ({
        contents: upload.source,
        loader: upload.loader,
      }));
      // The SDK's Node network (node:http) has no place in the isolate; the runner gives a host network.
      build.onResolve({ filter: /\/node-network\.js$/ }, (args) =>
        args.importer.includes(`${path.sep}sdk${path.sep}`)
          ? { path: 'node-network', namespace: 'sextant-stub' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'sextant-stub' }, () => ({
        contents:
          "export class NodeNetwork { send() { return Promise.reject(new Error('direct network access is not available in the sandbox')); } }",
        loader: 'js',
      }));
    },
  };
}

function isBuildFailure(error: unknown): error is esbuild.BuildFailure {
  return error instanceof Error && Array.isArray((error as esbuild.BuildFailure).errors);
}

function describeFailure(failure: esbuild.BuildFailure, filename: string): BundleResult {
  const errors = failure.errors.map((message) => ({
    line: message.location?.line ?? 0,
    column: message.location?.column ?? 0,
    text: message.text,
  }));
  const lines = failure.errors.slice(0, 20).map((message) => {
    const where = message.location ? `${filename}:${message.location.line}:${message.location.column}: ` : '';
    return `${where}${message.text}`;
  });
  const more = failure.errors.length > 20 ? `\n... and ${failure.errors.length - 20} more errors` : '';
  return { ok: false, message: `${filename} does not build:\n${lines.join('\n')}${more}`, errors };
}
