import { beforeAll, expect, test } from 'vitest';
import { seedResource } from '../../catalog/testing/seed-catalog.js';
import { forEachApp } from '../../testing/index.js';

type Role = 'admin' | 'editor' | 'viewer' | 'other';

forEachApp('knowledge routes', (t) => {
  let table: string;
  let column: string;
  let foreignTable: string;
  const userIds: Record<string, string> = {};

  beforeAll(async () => {
    const { store, workspaceId, otherWorkspaceId } = t();
    table = await seedResource(store.db, {
      workspace_id: workspaceId,
      entity_type: 'table',
      title: 'orders',
    });
    column = await seedResource(store.db, {
      workspace_id: workspaceId,
      entity_type: 'column',
      title: 'net_revenue',
      parent_id: table,
    });
    foreignTable = await seedResource(store.db, {
      workspace_id: otherWorkspaceId,
      entity_type: 'table',
      title: 'secret',
    });
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      userIds[role] = (await call('GET', '/api/v1/auth/me', undefined, role)).json().id;
    }
  });

  const call = (method: string, url: string, payload?: unknown, role: Role = 'editor') =>
    t().app.inject({
      method: method as 'GET',
      url,
      headers: t().as(role),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  test('glossary terms: CRUD under term groups, on the Secoda paths with and without the slash', async () => {
    const group = await call('POST', '/api/v1/glossary/groups/', { title: 'Finance', icon: '💰' });
    expect(group.statusCode).toBe(201);
    expect(group.json()).toMatchObject({ entity_type: 'term_group', icon: '💰' });
    const term = await call('POST', '/api/v1/glossary/terms', {
      title: 'Net revenue',
      definition: 'Revenue **after** refunds.',
      synonyms: ['net sales', 'net sales'],
      parent: group.json().id,
    });
    expect(term.statusCode).toBe(201);
    const id = term.json().id;
    expect(term.json()).toMatchObject({
      entity_type: 'glossary',
      parent: group.json().id,
      synonyms: ['net sales'],
      published: true,
    });
    for (const path of [
      `/api/v1/glossary/terms/${id}`,
      `/api/v1/glossary/terms/${id}/`,
      `/api/v1/dictionary/terms/${id}/`,
    ]) {
      const got = await call('GET', path, undefined, 'viewer');
      expect(got.statusCode, path).toBe(200);
      expect(got.json().title).toBe('Net revenue');
    }
    const patched = await call('PATCH', `/api/v1/dictionary/terms/${id}`, {
      synonyms: ['NR'],
      description: 'x',
    });
    expect(patched.json()).toMatchObject({
      synonyms: ['NR'],
      description: 'x',
      definition: 'Revenue **after** refunds.',
    });
    const list = await call(
      'GET',
      `/api/v1/glossary/terms/?parent_id=${group.json().id}`,
      undefined,
      'viewer',
    );
    expect(list.json().results.map((r: { id: string }) => r.id)).toEqual([id]);
    // The catalog filter on type glossary lists terms too (compat §8).
    const filter = encodeURIComponent(
      JSON.stringify({ operator: 'exact', field: 'type', value: 'glossary' }),
    );
    const catalog = await call('GET', `/api/v1/resource/catalog?filter=${filter}`, undefined, 'viewer');
    expect(catalog.json().results.map((r: { id: string }) => r.id)).toContain(id);
    // A term is not a document: the other typed route answers 404.
    expect((await call('GET', `/api/v1/document/${id}`)).statusCode).toBe(404);
  });

  test('a term cannot be under a document; a term under a term is refused with 422', async () => {
    const doc = (await call('POST', '/api/v1/document/', { title: 'Handbook' })).json();
    const bad = await call('POST', '/api/v1/glossary/terms/', { title: 'x', parent: doc.id });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('invalid_parent');
    const malformed = await call('POST', '/api/v1/glossary/terms/', { title: 'x', synonyms: 'one' });
    expect(malformed.statusCode).toBe(400);
  });

  test('drafts are hidden from viewers (list and get) and shown to editors', async () => {
    const draft = (await call('POST', '/api/v1/document', { title: 'Draft page', published: false })).json();
    expect(draft.published).toBe(false);
    expect((await call('GET', `/api/v1/document/${draft.id}`, undefined, 'viewer')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/document/${draft.id}`, undefined, 'editor')).statusCode).toBe(200);
    const viewerList = (await call('GET', '/api/v1/document/', undefined, 'viewer')).json();
    expect(viewerList.results.map((r: { id: string }) => r.id)).not.toContain(draft.id);
    const editorList = (await call('GET', '/api/v1/document/', undefined, 'editor')).json();
    expect(editorList.results.map((r: { id: string }) => r.id)).toContain(draft.id);
    expect((await call('POST', '/api/v1/document', { title: 'no' }, 'viewer')).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/document/${draft.id}`, undefined, 'other')).statusCode).toBe(404);
  });

  test('documents form a tree; mentions in the text become related resources, read from both ends', async () => {
    const root = (await call('POST', '/api/v1/document', { title: 'Data handbook', icon: '📘' })).json();
    const child = await call('POST', '/api/v1/document/', {
      title: 'Orders',
      parent: root.id,
      definition: `See @[orders](/resources/${table}) and [gone](/resources/no-such-id) and [x](/resources/${foreignTable}).`,
    });
    expect(child.statusCode).toBe(201);
    const childId = child.json().id;
    const fromTable = (
      await call('GET', `/api/v1/resource/all/${table}/related`, undefined, 'viewer')
    ).json();
    expect(fromTable.results.map((r: { id: string }) => r.id)).toEqual([childId]);
    expect(fromTable.results[0].relation.origin).toBe('mention');
    const fromDoc = (
      await call('GET', `/api/v1/resource/all/${childId}/related/`, undefined, 'viewer')
    ).json();
    expect(fromDoc.results.map((r: { id: string }) => r.id)).toEqual([table]);
    // Editing the text rewrites the mentions.
    await call('PATCH', `/api/v1/document/${childId}`, { definition: 'No links any more.' });
    expect((await call('GET', `/api/v1/resource/all/${table}/related`)).json().count).toBe(0);
    expect((await call('GET', `/api/v1/document/?parent_id=${root.id}`)).json().count).toBe(1);
    expect((await call('GET', `/api/v1/document/${childId}`)).json().title_full).toBe('Data handbook.Orders');
    // Pages move: not under themselves or their children; to the top level with null.
    const loop = await call('PATCH', `/api/v1/document/${root.id}`, { parent: childId });
    expect(loop.statusCode).toBe(422);
    expect(loop.json().error.code).toBe('invalid_parent');
    const moved = await call('PATCH', `/api/v1/document/${childId}/`, { parent: null });
    expect(moved.json()).toMatchObject({ parent: null, title_full: 'Orders' });
    expect((await call('GET', `/api/v1/document/?parent_id=${root.id}`)).json().count).toBe(0);
    const underTable = await call('PATCH', `/api/v1/document/${childId}`, { parent: table });
    expect(underTable.statusCode).toBe(422);
  });

  test('related resources: term ↔ column both ways, 409 twice, delete from the other end', async () => {
    const term = (await call('POST', '/api/v1/glossary/terms', { title: 'Revenue' })).json();
    const related = await call('POST', `/api/v1/resource/all/${term.id}/related`, { resource_id: column });
    expect(related.statusCode).toBe(201);
    expect(related.json()).toMatchObject({ id: column, relation: { origin: 'manual' } });
    const fromColumn = (
      await call('GET', `/api/v1/resource/all/${column}/related`, undefined, 'viewer')
    ).json();
    expect(fromColumn.results.map((r: { id: string }) => r.id)).toContain(term.id);
    expect(
      (await call('POST', `/api/v1/resource/all/${column}/related/`, { resource_id: term.id })).statusCode,
    ).toBe(409);
    expect(
      (await call('POST', `/api/v1/resource/all/${column}/related`, { resource_id: foreignTable }))
        .statusCode,
    ).toBe(422);
    expect(
      (await call('POST', `/api/v1/resource/all/${column}/related`, { resource_id: column })).statusCode,
    ).toBe(422);
    expect(
      (await call('POST', `/api/v1/resource/all/${column}/related`, { resource_id: term.id }, 'viewer'))
        .statusCode,
    ).toBe(403);
    expect((await call('DELETE', `/api/v1/resource/all/${column}/related/${term.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/resource/all/${term.id}/related`)).json().count).toBe(0);
    expect((await call('DELETE', `/api/v1/resource/all/${column}/related/${term.id}`)).statusCode).toBe(404);
  });

  test('questions and replies: subscribers get in-app notices; accepting an answer answers the question', async () => {
    const asked = await call(
      'POST',
      '/api/v1/question/questions/',
      { title: 'Are refunds in orders?', resource_id: table, assigned_to: userIds.admin, priority: 'high' },
      'editor',
    );
    expect(asked.statusCode).toBe(201);
    const question = asked.json();
    expect(question).toMatchObject({
      status: 'open',
      priority: 'high',
      resource_id: table,
      assigned_to: userIds.admin,
    });
    expect(question.subscribers.sort()).toEqual([userIds.admin, userIds.editor].sort());
    const onTable = (
      await call('GET', `/api/v1/question/questions?resource_id=${table}`, undefined, 'viewer')
    ).json();
    expect(onTable.results.map((r: { id: string }) => r.id)).toEqual([question.id]);

    const reply = await call(
      'POST',
      '/api/v1/question/replies',
      { title: 'Reply', definition: 'Yes, since 2024.', parent: question.id },
      'admin',
    );
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ parent: question.id, accepted_answer: false });
    const editorInbox = (await call('GET', '/api/v1/notifications/inbox', undefined, 'editor')).json();
    expect(editorInbox.results[0]).toMatchObject({ kind: 'question_reply', resource_id: question.id });
    // The replier is not told about their own reply.
    expect((await call('GET', '/api/v1/notifications/inbox/', undefined, 'admin')).json().count).toBe(0);

    const accepted = await call('PATCH', `/api/v1/question/replies/${reply.json().id}/`, {
      accepted_answer: true,
    });
    expect(accepted.json().accepted_answer).toBe(true);
    expect((await call('GET', `/api/v1/question/questions/${question.id}`)).json().status).toBe('answered');
    const answered = (await call('GET', '/api/v1/question/questions?status=answered')).json();
    expect(answered.results.map((r: { id: string }) => r.id)).toContain(question.id);
    const adminInbox = (await call('GET', '/api/v1/notifications/inbox', undefined, 'admin')).json();
    expect(adminInbox.results.map((r: { kind: string }) => r.kind)).toEqual(['answer_accepted']);

    const orphan = await call('POST', '/api/v1/question/replies', { title: 'x' });
    expect(orphan.statusCode).toBe(422);
    const badUser = await call('POST', '/api/v1/question/questions', { title: 'x', assigned_to: 'nobody' });
    expect(badUser.statusCode).toBe(422);
    expect(badUser.json().error.code).toBe('user_not_found');
    const badStatus = await call('PATCH', `/api/v1/question/questions/${question.id}`, { status: 'maybe' });
    expect(badStatus.statusCode).toBe(400);

    expect((await call('DELETE', `/api/v1/question/questions/${question.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/question/replies/${reply.json().id}`)).statusCode).toBe(404);
  });

  test('search finds terms, documents and questions with their entity type facet; drafts only for writers', async () => {
    const term = (
      await call('POST', '/api/v1/glossary/terms', {
        title: 'Gross margin',
        definition: 'Revenue minus cost.',
      })
    ).json();
    const draft = (
      await call('POST', '/api/v1/glossary/terms', { title: 'Gross bookings', published: false })
    ).json();
    const doc = (
      await call('POST', '/api/v1/document', {
        title: 'Margin guide',
        definition: 'How gross margin is computed.',
      })
    ).json();
    const viewer = (await call('GET', '/api/v1/search?q=gross', undefined, 'viewer')).json();
    const viewerIds = viewer.results.map((r: { id: string }) => r.id);
    expect(viewerIds[0]).toBe(term.id);
    expect(viewerIds).toContain(doc.id);
    expect(viewerIds).not.toContain(draft.id);
    const types = viewer.facets.entity_type.map((f: { value: string }) => f.value);
    expect(types).toEqual(expect.arrayContaining(['glossary', 'document']));
    const onlyTerms = (
      await call('GET', '/api/v1/search?q=gross&entity_type=glossary', undefined, 'editor')
    ).json();
    expect(onlyTerms.results.map((r: { id: string }) => r.id).sort()).toEqual([term.id, draft.id].sort());
    // The draft is hidden from viewers on the generic routes as well.
    expect((await call('GET', `/api/v1/resource/all/${draft.id}`, undefined, 'viewer')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/resource/all/${draft.id}`, undefined, 'editor')).statusCode).toBe(200);
    const filter = encodeURIComponent(
      JSON.stringify({ operator: 'exact', field: 'type', value: 'glossary' }),
    );
    const catalog = (
      await call('GET', `/api/v1/resource/catalog?filter=${filter}&page_size=500`, undefined, 'viewer')
    ).json();
    expect(catalog.results.map((r: { id: string }) => r.id)).not.toContain(draft.id);
  });

  test('a term is found by its synonyms, from its creation and after they change', async () => {
    const term = (
      await call('POST', '/api/v1/glossary/terms', { title: 'Churn rate', synonyms: ['customer attrition'] })
    ).json();
    const found = async (q: string) =>
      (await call('GET', `/api/v1/search?q=${q}&entity_type=glossary`, undefined, 'viewer'))
        .json()
        .results.map((r: { id: string }) => r.id);
    expect(await found('attrition')).toEqual([term.id]);
    expect(await found('customer%20attr')).toEqual([term.id]);
    await call('PATCH', `/api/v1/glossary/terms/${term.id}`, { synonyms: ['logo loss'] });
    expect(await found('attrition')).toEqual([]);
    expect(await found('logo%20loss')).toEqual([term.id]);
  });

  test('every change is in the audit log', async () => {
    const term = (await call('POST', '/api/v1/glossary/terms', { title: 'Churn' })).json();
    await call('PATCH', `/api/v1/glossary/terms/${term.id}`, { synonyms: ['attrition'] });
    const logs = (
      await call('GET', `/api/v1/activity_log/audit_logs/?entity_id=${term.id}`, undefined, 'admin')
    ).json();
    const actions = logs.results.map((entry: { action: string }) => entry.action).sort();
    expect(actions).toEqual(['create', 'update']);
    const update = logs.results.find((entry: { action: string }) => entry.action === 'update');
    expect(update.before.synonyms).toEqual([]);
    expect(update.after.synonyms).toEqual(['attrition']);
  });
});
