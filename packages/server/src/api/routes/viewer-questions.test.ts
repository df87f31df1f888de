import { expect, test } from 'vitest';
import type { Role } from '../../store/schema.js';
import { forEachApp } from '../../testing/index.js';

/*
 * Viewers take part in questions (issue #20): they ask and reply, in the open, and hear back in their inbox;
 * accepting an answer, drafts, curation fields and every other knowledge item stay with editors.
 */

forEachApp('viewers ask and reply', (t) => {
  const call = (method: string, url: string, payload?: unknown, role: Role = 'viewer') =>
    t().app.inject({
      method: method as 'GET',
      url,
      headers: t().as(role),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  test('a viewer asks, replies and is told of the answer; editors accept it', async () => {
    const asked = await call('POST', '/api/v1/question/questions/', { title: 'What does status=lost mean?' });
    expect(asked.statusCode, asked.body).toBe(201);
    const question = asked.json();
    const me = (await call('GET', '/api/v1/auth/me')).json();
    expect(question.subscribers).toContain(me.id);
    const own = await call('POST', '/api/v1/question/replies/', {
      title: 'Reply',
      definition: 'Seen on orders only.',
      parent: question.id,
    });
    expect(own.statusCode, own.body).toBe(201);
    const answer = await call(
      'POST',
      '/api/v1/question/replies',
      { title: 'Reply', definition: 'Parcels the carrier lost.', parent: question.id },
      'editor',
    );
    const inbox = (await call('GET', '/api/v1/notifications/inbox')).json();
    expect(inbox.results[0]).toMatchObject({ kind: 'question_reply', resource_id: question.id });

    const acceptAsViewer = await call('PATCH', `/api/v1/question/replies/${answer.json().id}`, {
      accepted_answer: true,
    });
    expect(acceptAsViewer.statusCode).toBe(403);
    const accepted = await call(
      'PATCH',
      `/api/v1/question/replies/${answer.json().id}`,
      { accepted_answer: true },
      'editor',
    );
    expect(accepted.statusCode).toBe(200);
    expect((await call('GET', `/api/v1/question/questions/${question.id}`)).json().status).toBe('answered');
  });

  test('viewers write nothing else: terms, documents, drafts, curation fields, edits', async () => {
    for (const path of ['/api/v1/glossary/terms', '/api/v1/document', '/api/v1/glossary/groups']) {
      expect((await call('POST', path, { title: 'mine' })).statusCode, path).toBe(403);
    }
    const draft = await call('POST', '/api/v1/question/questions', { title: 'Quiet?', published: false });
    expect(draft.statusCode).toBe(403);
    expect(draft.json().error.message).toMatch(/a draft needs the editor role/);
    const tagged = await call('POST', '/api/v1/question/questions', { title: 'Tagged?', teams: [] });
    expect(tagged.statusCode).toBe(403);
    const question = (await call('POST', '/api/v1/question/questions', { title: 'Mine' })).json();
    expect(
      (await call('PATCH', `/api/v1/question/questions/${question.id}`, { title: 'x' })).statusCode,
    ).toBe(403);
    expect((await call('DELETE', `/api/v1/question/questions/${question.id}`)).statusCode).toBe(403);
  });
});
