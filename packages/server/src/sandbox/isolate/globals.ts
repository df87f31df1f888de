/**
 * The few web globals an integration (and the SDK) expects and V8 alone lacks: TextEncoder/TextDecoder,
 * Buffer (for basic auth), URL/URLSearchParams, and a console whose lines go to the run's log. Nothing here
 * reaches outside the isolate except the console, through the host's log function.
 */
import './text-coding.js';
import { URL, URLSearchParams } from 'whatwg-url';
import { host } from './host.js';

const scope = globalThis as Record<string, unknown>;
scope.URL ??= URL;
scope.URLSearchParams ??= URLSearchParams;

function format(values: unknown[]): string {
  return values
    .map((value) => {
      if (typeof value === 'string') return value;
      if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
      try {
        return JSON.stringify(value) ?? String(value);
      } catch {
        return String(value);
      }
    })
    .join(' ');
}

const line =
  (level: string) =>
  (...values: unknown[]) =>
    host.log(level, format(values));
scope.console = {
  log: line('info'),
  info: line('info'),
  debug: line('debug'),
  warn: line('warn'),
  error: line('error'),
};
