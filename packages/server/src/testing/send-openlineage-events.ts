import { expect } from 'vitest';
import { applyPendingOpenLineageEvents } from '../openlineage/apply-events.js';
import type { TestApp } from './test-app.js';

/** Posts a batch as an editor, expects 201, then applies it as the job worker would. */
export async function sendEvents(t: TestApp, events: unknown[]): Promise<void> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/lineage/batch',
    headers: t.as('editor'),
    payload: events,
  });
  expect(res.statusCode, res.body).toBe(201);
  await applyPendingOpenLineageEvents(t.store);
}
