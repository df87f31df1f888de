import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** The documented status with a JSON body (never the UI's HTML); answers the parsed body. */
export function expectJson(
  res: LightMyRequestResponse,
  status: number,
  label: string,
): ReturnType<LightMyRequestResponse['json']> {
  expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBe(status);
  expect(res.headers['content-type'], label).toMatch(/^application\/json/);
  return res.json();
}

/** A field of the documented type: `'string|null'` allows null besides the type. */
export function expectFieldTypes(object: Record<string, unknown>, types: Record<string, string>): void {
  for (const [field, type] of Object.entries(types)) {
    expect(object, `field ${field}`).toHaveProperty(field);
    const value = object[field];
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    expect(type.split('|'), `${field} is ${actual}`).toContain(actual);
  }
}
