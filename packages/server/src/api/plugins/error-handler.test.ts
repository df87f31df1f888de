import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { InputError } from '../../errors/index.js';
import { toErrorAnswer } from './error-handler.js';

test('a SextantError keeps its status, code and details', () => {
  expect(toErrorAnswer(new InputError('invalid_filter', 'bad', { at: 'x' }))).toEqual({
    status: 400,
    code: 'invalid_filter',
    message: 'bad',
    details: { at: 'x' },
  });
});

test('PostgreSQL errors caused by input values answer 400, other database errors 500', () => {
  class DatabaseError extends Error {
    constructor(readonly code: string) {
      super('db');
    }
  }
  expect(toErrorAnswer(new DatabaseError('22021')).status).toBe(400);
  expect(toErrorAnswer(new DatabaseError('22003')).status).toBe(400);
  expect(toErrorAnswer(new DatabaseError('40P01')).status).toBe(500);
  expect(toErrorAnswer(new Error('boom'))).toMatchObject({ status: 500, code: 'internal_error' });
});

test('SQLite busy past its timeout (another process holds the write lock) answers 503 unavailable with a retry hint', () => {
  const busy = new Database.SqliteError('database is locked', 'SQLITE_BUSY');
  expect(toErrorAnswer(busy)).toMatchObject({
    status: 503,
    code: 'unavailable',
    details: { retryAfterSeconds: 5 },
  });
  expect(
    toErrorAnswer(new Database.SqliteError('database disk image is malformed', 'SQLITE_CORRUPT')).status,
  ).toBe(500);
});
